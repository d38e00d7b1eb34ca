import { Scale } from './scale';
import { Construct, ItemCode, itemsOf, SURVEY_SCALE } from './survey-items';

/** Reverse-codes an item on the scale: min ↔ max. */
export function reverseCode(x: number, scale: Pick<Scale, 'min' | 'max'>): number {
  return scale.min + scale.max - x;
}

/**
 * Mean of the answered items after reverse coding; undefined when none is answered.
 * Blank answers (null) are skipped, as is usual for survey scales.
 */
export function surveyScore(items: readonly (number | null)[], reversed: readonly boolean[], scale: Pick<Scale, 'min' | 'max'>): number | undefined {
  let sum = 0;
  let n = 0;
  items.forEach((x, i) => {
    if (x === null) return;
    sum += reversed[i] ? reverseCode(x, scale) : x;
    n++;
  });
  return n ? sum / n : undefined;
}

function variance(xs: readonly number[]): number {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, x) => a + (x - m) * (x - m), 0) / (xs.length - 1);
}

export type AlphaError = 'alphaNeedsTwoItems' | 'alphaNeedsTwoRespondents' | 'alphaZeroVariance';

/**
 * Cronbach's alpha over respondents (rows) × items (columns); rows must be complete.
 * alpha = k/(k-1) · (1 − Σ var(item) / var(total)).
 */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | AlphaError {
  const k = rows.length ? rows[0].length : 0;
  if (k < 2) return 'alphaNeedsTwoItems';
  if (rows.length < 2) return 'alphaNeedsTwoRespondents';
  let itemVar = 0;
  for (let j = 0; j < k; j++) itemVar += variance(rows.map((r) => r[j]));
  const totalVar = variance(rows.map((r) => r.reduce((a, b) => a + b, 0)));
  if (totalVar === 0) return 'alphaZeroVariance';
  return (k / (k - 1)) * (1 - itemVar / totalVar);
}

// ---- Measurement with the item bank (survey-items.ts): construct scores, reliability, agreement ----

/** One respondent's answers by item code; an unanswered item is absent. */
export type ItemAnswers = Readonly<Partial<Record<ItemCode, number>>>;

/** Below this alpha a construct's items are not consistent enough (Nunnally's usual 0.7). */
export const ALPHA_THRESHOLD = 0.7;
/** Fewer respondents than this for a supplier is warned: a score resting on one or two opinions. */
export const MIN_RESPONDENTS = 3;
/** Below this r_wg a group's respondents disagree (the customary 0.7 cut-off). */
export const AGREEMENT_THRESHOLD = 0.7;
/** Per-party alphas are computed only with at least this many complete answers of that party. */
export const MIN_ALPHA_RESPONDENTS = 3;

/** A respondent's score on a construct: mean of their answered items after reverse coding; undefined when none answered. */
export function constructScore(answers: ItemAnswers, construct: Construct, scale: Pick<Scale, 'min' | 'max'> = SURVEY_SCALE): number | undefined {
  // surveyScore's rule, without building its two arrays: this runs per respondent and construct.
  let sum = 0;
  let n = 0;
  for (const i of itemsOf(construct)) {
    const x = answers[i.code];
    if (x === undefined) continue;
    sum += i.reversed ? reverseCode(x, scale) : x;
    n++;
  }
  return n ? sum / n : undefined;
}

/** The construct's items of one respondent, reverse-coded, or undefined when any is unanswered (alpha needs complete rows). */
export function completeItems(answers: ItemAnswers, construct: Construct, scale: Pick<Scale, 'min' | 'max'> = SURVEY_SCALE): number[] | undefined {
  const out: number[] = [];
  for (const i of itemsOf(construct)) {
    const x = answers[i.code];
    if (x === undefined) return undefined;
    out.push(i.reversed ? reverseCode(x, scale) : x);
  }
  return out;
}

export interface ConstructAlpha {
  /** Cronbach's alpha, or why it cannot be computed. */
  readonly alpha: number | AlphaError;
  /** Respondents who answered every item of the construct (the rows alpha is computed on). */
  readonly complete: number;
}

/** Cronbach's alpha of a construct over the respondents with complete answers on it (listwise, as RMO.ALPHA). */
export function constructAlpha(respondents: readonly ItemAnswers[], construct: Construct, scale: Pick<Scale, 'min' | 'max'> = SURVEY_SCALE): ConstructAlpha {
  const rows: number[][] = [];
  for (const a of respondents) {
    const r = completeItems(a, construct, scale);
    if (r) rows.push(r);
  }
  return { alpha: cronbachAlpha(rows), complete: rows.length };
}

export interface Spread {
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1); undefined for one value. */
  readonly sd?: number;
  readonly min: number;
  readonly max: number;
}

/** Mean, sample SD and range of some values; undefined for none. */
export function spread(xs: readonly number[]): Spread | undefined {
  if (xs.length === 0) return undefined;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = xs.length > 1 ? Math.sqrt(variance(xs)) : undefined;
  return { n: xs.length, mean, ...(sd === undefined ? {} : { sd }), min: Math.min(...xs), max: Math.max(...xs) };
}

/**
 * Within-group agreement r_wg(J) (James, Demaree & Wolf 1984) of a group of respondents
 * on a construct's J items: with s̄² the mean observed variance of the items (reverse-coded,
 * each over the respondents who answered it) and σ²E = (A² − 1)/12 the variance of random
 * answers on A options, r_wg(J) = J(1 − s̄²/σ²E) / (J(1 − s̄²/σ²E) + s̄²/σ²E). Items answered
 * by fewer than two respondents are left out; undefined when no item is left. When the
 * observed variance exceeds random (s̄² ≥ σ²E) the index is set to 0, as is customary.
 */
export function agreementRwg(respondents: readonly ItemAnswers[], construct: Construct, scale: Pick<Scale, 'min' | 'max'> = SURVEY_SCALE): number | undefined {
  const options = scale.max - scale.min + 1;
  const randomVariance = (options * options - 1) / 12;
  const variances: number[] = [];
  for (const i of itemsOf(construct)) {
    const xs: number[] = [];
    for (const a of respondents) {
      const x = a[i.code];
      if (x !== undefined) xs.push(x); // reverse coding does not change a variance
    }
    if (xs.length >= 2) variances.push(variance(xs));
  }
  if (variances.length === 0) return undefined;
  const ratio = variances.reduce((a, b) => a + b, 0) / variances.length / randomVariance;
  if (ratio >= 1) return 0;
  const j = variances.length;
  return (j * (1 - ratio)) / (j * (1 - ratio) + ratio);
}
