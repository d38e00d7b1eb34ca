import { parseArgs } from 'node:util';
import * as path from 'node:path';
import { checkAppreciationSettings, isScale, makeScale } from '../model';
import { catalogue, format, Language, message, parseLanguage } from '../i18n';
import { DEFAULT_SETTINGS, Settings } from '../analysis/settings';
import { serialFromDate } from '../input/dates';

export type CliCommand =
  | { readonly kind: 'help' }
  | {
      readonly kind: 'analyze';
      readonly input: string;
      readonly output: string;
      /** True when the user named the output with -o (false: the default next to the input). */
      readonly outputGiven: boolean;
      readonly settings: Settings;
    }
  | { readonly kind: 'usageError'; readonly message: string };

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  scale: { type: 'string' },
  split: { type: 'string' },
  'as-of': { type: 'string' },
  'half-life': { type: 'string' },
  critical: { type: 'string' },
  euphoria: { type: 'string' },
  'prolonged-days': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Options whose value may be a negative number ("--critical -6"). */
const VALUE_OPTIONS = new Set(Object.entries(OPTIONS).filter(([, o]) => o.type === 'string').flatMap(([k, o]) => ['--' + k, ...('short' in o ? ['-' + o.short] : [])]));

/**
 * parseArgs refuses an option value that starts with "-", so "--critical -6" is
 * rewritten to "--critical=-6" before parsing, for negative numbers only.
 */
export function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = argv[i + 1];
    if (VALUE_OPTIONS.has(a) && next !== undefined && /^-\d/.test(next)) {
      out.push(a.startsWith('--') ? `${a}=${next}` : `${a}${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** The language for messages before the arguments are validated: --lang, else the system locale, else English. */
export function cliLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    const l = v !== undefined ? parseLanguage(v) : undefined;
    if (l) return l;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return parseLanguage(locale) ?? 'en';
}

/** "<dir>/<name>-rmo.xlsx" next to the input. */
export function defaultOutput(input: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-rmo.xlsx`);
}

/** yyyy-mm-dd → Excel serial day, or undefined when it is not a real calendar date within Excel's range. */
export function isoDateToSerial(text: string): number | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  return m ? serialFromDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return undefined;
  return Number(t);
}

export function parseCommand(argv: readonly string[], lang: Language): CliCommand {
  const t = catalogue(lang).cli;
  const err = (template: string, params: Record<string, string | number> = {}): CliCommand => ({ kind: 'usageError', message: format(template, params) });
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return err(t.badOption, { reason: e instanceof Error ? e.message : String(e) });
  }
  const { values: v, positionals } = parsed;
  if (v.help || positionals.length === 0) return { kind: 'help' };
  const [command, input, ...rest] = positionals;
  if (command !== 'analyze' && command !== 'analyse') return err(t.unknownCommand, { value: command });
  if (!input) return err(t.missingInput);
  if (rest.length) return err(t.tooManyArguments, { value: rest.join(' ') });

  let language = lang;
  if (v.lang !== undefined) {
    const l = parseLanguage(v.lang);
    if (!l) return { kind: 'usageError', message: message(lang, 'unknownLanguage', { value: v.lang }) };
    language = l;
  }

  const numbers: Record<string, number | undefined> = {};
  for (const key of ['split', 'half-life', 'critical', 'euphoria', 'prolonged-days'] as const) {
    const raw = v[key];
    if (raw === undefined) continue;
    const n = parseNumber(raw);
    if (n === undefined) return err(t.notANumber, { option: key, value: raw });
    numbers[key] = n;
  }

  let scale = DEFAULT_SETTINGS.scale;
  if (v.scale !== undefined || numbers.split !== undefined) {
    let min = scale.min;
    let max = scale.max;
    if (v.scale !== undefined) {
      const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*(?:-|–|\.\.|:)\s*(-?\d+(?:[.,]\d+)?)\s*$/.exec(v.scale);
      if (!m) return err(t.badScale, { value: v.scale });
      min = Number(m[1].replace(',', '.'));
      max = Number(m[2].replace(',', '.'));
    }
    const s = makeScale(min, max, numbers.split);
    if (!isScale(s)) return err(t.settingsError, { reason: message(language, s) });
    scale = s;
  }

  const appreciation = {
    halfLifeDays: numbers['half-life'] ?? DEFAULT_SETTINGS.appreciation.halfLifeDays,
    critical: numbers.critical ?? DEFAULT_SETTINGS.appreciation.critical,
    euphoria: numbers.euphoria ?? DEFAULT_SETTINGS.appreciation.euphoria,
    prolongedDays: numbers['prolonged-days'] ?? DEFAULT_SETTINGS.appreciation.prolongedDays,
  };
  const bad = checkAppreciationSettings(appreciation);
  if (bad) return err(t.settingsError, { reason: message(language, bad) });

  let asOf: number | undefined;
  if (v['as-of'] !== undefined) {
    asOf = isoDateToSerial(v['as-of']);
    if (asOf === undefined) return err(t.notADate, { option: 'as-of', value: v['as-of'] });
  }

  const settings: Settings = { ...DEFAULT_SETTINGS, language, scale, appreciation, ...(asOf !== undefined ? { asOf } : {}) };
  return { kind: 'analyze', input, output: v.output ?? defaultOutput(input), outputGiven: v.output !== undefined, settings };
}
