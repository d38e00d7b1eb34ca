import { parseArgs } from 'node:util';
import * as path from 'node:path';
import { checkAppreciationSettings, Construct, isScale, makeScale, QUESTIONNAIRE_PARTS, QuestionnairePart } from '../model';
import type { QuestionnaireOptions } from '../report/questionnaire';
import { catalogue, format, Language, message, parseLanguage } from '../i18n';
import { DEFAULT_SETTINGS, Settings } from '../analysis/settings';
import { serialFromDate } from '../input/dates';
import { matchParty } from '../input/party';

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
  | { readonly kind: 'survey'; readonly output: string; readonly into?: string; readonly language: Language; readonly options: QuestionnaireOptions }
  | { readonly kind: 'usageError'; readonly message: string };

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  // The long form users guess first; both names are accepted (issue 6).
  language: { type: 'string' },
  scale: { type: 'string' },
  split: { type: 'string' },
  'as-of': { type: 'string' },
  'half-life': { type: 'string' },
  critical: { type: 'string' },
  euphoria: { type: 'string' },
  'prolonged-days': { type: 'string' },
  party: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  // rmo survey
  into: { type: 'string' },
  form: { type: 'boolean' },
  rows: { type: 'string' },
  parts: { type: 'string' },
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

/** The two names of the language option. */
const LANGUAGE_OPTIONS = ['--lang', '--language'] as const;

/** The language for messages before the arguments are validated: --lang/--language, else the system locale, else English. */
export function cliLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const name = LANGUAGE_OPTIONS.find((o) => a === o || a.startsWith(o + '='));
    const v = name === undefined ? undefined : a === name ? argv[i + 1] : a.slice(name.length + 1);
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
  if (command === 'survey') return surveyCommand(v, positionals.slice(1), lang);
  if (command !== 'analyze' && command !== 'analyse') return err(t.unknownCommand, { value: command });
  if (!input) return err(t.missingInput);
  if (rest.length) return err(t.tooManyArguments, { value: rest.join(' ') });

  let language = lang;
  const given: Language[] = [];
  for (const raw of [v.lang, v.language]) {
    if (raw === undefined) continue;
    const l = parseLanguage(raw);
    if (!l) return { kind: 'usageError', message: message(lang, 'unknownLanguage', { value: raw }) };
    given.push(l);
  }
  // "--lang nl --language en" has no right answer: say so rather than pick one.
  if (given.length === 2 && given[0] !== given[1]) return err(t.conflictingLanguage, { lang: v.lang ?? '', language: v.language ?? '' });
  if (given.length) language = given[0];

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

  let defaultParty: Settings['defaultParty'];
  if (v.party !== undefined) {
    defaultParty = matchParty(v.party);
    if (defaultParty === undefined) return err(t.settingsError, { reason: catalogue(language).method.defaultPartyInvalid });
  }

  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    language,
    scale,
    appreciation,
    ...(asOf !== undefined ? { asOf } : {}),
    ...(defaultParty !== undefined ? { defaultParty } : {}),
  };
  return { kind: 'analyze', input, output: v.output ?? defaultOutput(input), outputGiven: v.output !== undefined, settings };
}

/** Most empty rows `rmo survey --rows` writes: a questionnaire, not a database. */
export const MAX_SURVEY_ROWS = 10_000;

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

/** `rmo survey [-o out.xlsx] [--into book.xlsx] [--lang] [--form] [--rows n] [--parts a,b]`. */
function surveyCommand(v: Values, positionals: readonly string[], lang: Language): CliCommand {
  const t = catalogue(lang).cli;
  const err = (template: string, params: Record<string, string | number> = {}): CliCommand => ({ kind: 'usageError', message: format(template, params) });
  if (positionals.length) return err(t.tooManyArguments, { value: positionals.join(' ') });
  let language = lang;
  if (v.lang !== undefined) {
    const l = parseLanguage(v.lang);
    if (!l) return { kind: 'usageError', message: message(lang, 'unknownLanguage', { value: v.lang }) };
    language = l;
  }
  let rows: number | undefined;
  if (v.rows !== undefined) {
    rows = /^\s*\d+\s*$/.test(v.rows) ? Number(v.rows) : NaN;
    if (!(rows >= 1 && rows <= MAX_SURVEY_ROWS)) return err(t.badRows, { value: v.rows });
  }
  let constructs: Construct[] | undefined;
  if (v.parts !== undefined) {
    const names = v.parts.split(',').map((p) => p.trim().toLowerCase()).filter((p) => p !== '');
    const known = Object.keys(QUESTIONNAIRE_PARTS);
    if (names.length === 0 || names.some((n) => !known.includes(n))) return err(t.badParts, { value: v.parts, parts: known.join(', ') });
    constructs = names.flatMap((n) => QUESTIONNAIRE_PARTS[n as QuestionnairePart]);
  }
  const into = v.into;
  const output = v.output ?? (into ? path.join(path.parse(into).dir, `${path.parse(into).name}-survey.xlsx`) : 'rmo-survey.xlsx');
  const options: QuestionnaireOptions = { ...(constructs ? { constructs } : {}), ...(rows ? { rows } : {}), ...(v.form ? { form: true } : {}) };
  return { kind: 'survey', output, ...(into ? { into } : {}), language, options };
}
