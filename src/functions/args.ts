import { AppreciationSettings, DEFAULT_APPRECIATION, DEFAULT_SCALE, Scale, checkAppreciationSettings, inScale, isScale, makeScale } from '../model';
import { Language, catalogue, format, formatNumber, message } from '../i18n';
import { cellText, isBlank, readDate, readNumber } from './cells';
import { Outcome, fail, isFailure } from './outcome';

/** Numbers inside messages, with a decimal comma for Dutch readers. */
const showNumber = (n: number, lang: Language): string => formatNumber(n, lang, 6);

function notNumber(x: unknown, lang: Language): string {
  return isBlank(x) ? catalogue(lang).functions.valueRequired : message(lang, 'scoreNotNumber', { value: cellText(x) });
}

/** A required number (score, impact…); blanks and text that is no number fail. */
export function numberArg(x: unknown, lang: Language): Outcome<number> {
  const r = readNumber(x);
  return r.ok ? r.value : fail(notNumber(x, lang));
}

/** An optional number: blank or omitted gives the fallback. */
export function optionalNumberArg(x: unknown, fallback: number | undefined, lang: Language): Outcome<number | undefined> {
  return isBlank(x) ? fallback : numberArg(x, lang);
}

/** One score, checked against the scale. */
export function scoreArg(x: unknown, scale: Pick<Scale, 'min' | 'max' | 'split'>, lang: Language): Outcome<number> {
  // Fast path for the common case of a numeric cell: no allocation (see bench/classify.ts).
  if (typeof x === 'number' && inScale(x, scale)) return x;
  const n = numberArg(x, lang);
  if (isFailure(n)) return n;
  if (!inScale(n, scale)) {
    return fail(message(lang, 'scoreOutOfRange', { value: showNumber(n, lang), min: showNumber(scale.min, lang), max: showNumber(scale.max, lang) }));
  }
  return n;
}

/** scale_min, scale_max, split: each optional; defaults 1, 5 and the midpoint. */
export function scaleArg(min: unknown, max: unknown, split: unknown, lang: Language): Outcome<Scale> {
  // Single-cell formulas call this once per cell with the same arguments: reuse the last
  // scale built from plain numbers or omitted arguments (no message, so no language).
  const memo = lastScale;
  if (memo !== undefined && memo.min === min && memo.max === max && memo.split === split) return memo.scale;
  const r = buildScale(min, max, split, lang);
  if (!isFailure(r) && isPlain(min) && isPlain(max) && isPlain(split)) lastScale = { min, max, split, scale: r };
  return r;
}

/** Arguments whose scale does not depend on the language and compares by ===. */
function isPlain(x: unknown): boolean {
  return x === undefined || x === null || typeof x === 'number';
}

let lastScale: { min: unknown; max: unknown; split: unknown; scale: Scale } | undefined;

function buildScale(min: unknown, max: unknown, split: unknown, lang: Language): Outcome<Scale> {
  const lo = optionalNumberArg(min, DEFAULT_SCALE.min, lang);
  const hi = optionalNumberArg(max, DEFAULT_SCALE.max, lang);
  const sp = optionalNumberArg(split, undefined, lang);
  if (isFailure(lo) || isFailure(hi) || isFailure(sp)) return fail(message(lang, 'scaleNotNumeric'));
  const scale = makeScale(lo as number, hi as number, sp);
  return isScale(scale) ? scale : fail(message(lang, scale));
}

/** A date: serial number or ISO text. */
export function dateArg(x: unknown, lang: Language): Outcome<number> {
  if (isBlank(x)) return fail(catalogue(lang).functions.valueRequired);
  const d = readDate(x);
  return d === undefined ? fail(message(lang, 'dateNotValid', { value: cellText(x) })) : d;
}

/** Appreciation settings from the optional arguments, defaults from the model. */
export function appreciationArgs(
  halfLife: unknown,
  critical: unknown,
  euphoria: unknown,
  prolongedDays: unknown,
  lang: Language,
): Outcome<AppreciationSettings> {
  const d = DEFAULT_APPRECIATION;
  const values = [
    optionalNumberArg(halfLife, d.halfLifeDays, lang),
    optionalNumberArg(critical, d.critical, lang),
    optionalNumberArg(euphoria, d.euphoria, lang),
    optionalNumberArg(prolongedDays, d.prolongedDays, lang),
  ];
  for (const v of values) if (isFailure(v)) return v;
  const [halfLifeDays, crit, euph, prolonged] = values as number[];
  const s: AppreciationSettings = { halfLifeDays, critical: crit, euphoria: euph, prolongedDays: prolonged };
  const problem = checkAppreciationSettings(s);
  return problem ? fail(message(lang, problem)) : s;
}

/** Says where in a range a problem is (1-based, relative to the range). */
export function atCell(f: { error: string }, row: number, column: number, lang: Language): { error: string } {
  return fail(format(catalogue(lang).functions.atCell, { message: f.error, row: row + 1, column: column + 1 }));
}
