import { DEFAULT_SCALE, Scale, cronbachAlpha, isScale, makeScale, reverseCode, surveyScore } from '../model';
import { Language, catalogue, format, message } from '../i18n';
import { getDefaultLanguage } from './language';
import { atCell, optionalNumberArg, scoreArg } from './args';
import { isBlank, readFlag } from './cells';
import { Grid, Outcome, fail, isFailure } from './outcome';
import { asMatrix } from './spill';

/** Reverse-coding flags: omitted means none; otherwise one row with a flag per item column. */
function reversedFlags(reversed: unknown, columns: number, lang: Language): Outcome<boolean[]> {
  if (isBlank(reversed)) return new Array<boolean>(columns).fill(false);
  const m = asMatrix(reversed);
  if (m.length !== 1 || m[0].length !== columns) return fail(format(catalogue(lang).functions.reversedWrongSize, { columns }));
  const flags: boolean[] = [];
  for (const x of m[0]) {
    const f = readFlag(x);
    if (f === undefined) return fail(message(lang, 'reversedNotBoolean'));
    flags.push(f);
  }
  return flags;
}

function surveyScale(min: unknown, max: unknown, lang: Language): Outcome<Scale> {
  const lo = optionalNumberArg(min, DEFAULT_SCALE.min, lang);
  const hi = optionalNumberArg(max, DEFAULT_SCALE.max, lang);
  if (isFailure(lo) || isFailure(hi)) return fail(message(lang, 'scaleNotNumeric'));
  const s = makeScale(lo as number, hi as number);
  return isScale(s) ? s : fail(message(lang, s));
}

function rowScore(row: readonly unknown[], flags: readonly boolean[], scale: Scale, lang: Language): Outcome<number> {
  const items: (number | null)[] = [];
  for (let j = 0; j < row.length; j++) {
    if (isBlank(row[j])) {
      items.push(null);
      continue;
    }
    const x = scoreArg(row[j], scale, lang);
    if (isFailure(x)) return fail(format(catalogue(lang).functions.atColumn, { message: x.error, column: j + 1 }));
    items.push(x);
  }
  const score = surveyScore(items, flags, scale);
  return score === undefined ? fail(message(lang, 'noAnsweredItems')) : score;
}

/** One score per respondent row (a column of results): mean of answered items after reverse coding. */
export function scoreCore(items: unknown, reversed?: unknown, scaleMin?: unknown, scaleMax?: unknown): Outcome<Grid<number>> {
  const lang = getDefaultLanguage();
  const m = asMatrix(items);
  const scale = surveyScale(scaleMin, scaleMax, lang);
  if (isFailure(scale)) return scale;
  const flags = reversedFlags(reversed, m[0].length, lang);
  if (isFailure(flags)) return flags;
  return m.map((row) => [rowScore(row, flags, scale, lang)]);
}

/**
 * Cronbach's alpha over rows (respondents) × columns (items). Rows with any blank
 * cell are left out, as the formula needs complete answers; text is an error. Flagged
 * columns are reverse-coded on the scale first, as the RMO Survey sheet does (a
 * reverse-coded item left unturned lowers alpha).
 */
export function alphaCore(items: unknown, reversed?: unknown, scaleMin?: unknown, scaleMax?: unknown): Outcome<number> {
  const lang = getDefaultLanguage();
  const m = asMatrix(items);
  if (m[0].length < 2) return fail(message(lang, 'alphaNeedsTwoItems'));
  const scale = surveyScale(scaleMin, scaleMax, lang);
  if (isFailure(scale)) return scale;
  const flags = reversedFlags(reversed, m[0].length, lang);
  if (isFailure(flags)) return flags;
  const complete: number[][] = [];
  for (let i = 0; i < m.length; i++) {
    const row: number[] = [];
    for (let j = 0; j < m[i].length; j++) {
      const r = optionalNumberArg(m[i][j], undefined, lang);
      if (isFailure(r)) return atCell(r, i, j, lang);
      if (r !== undefined) row.push(flags[j] ? reverseCode(r, scale) : r);
    }
    if (row.length === m[i].length) complete.push(row);
  }
  const a = cronbachAlpha(complete);
  return typeof a === 'number' ? a : fail(message(lang, a));
}
