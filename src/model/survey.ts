import { Scale } from './scale';

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
