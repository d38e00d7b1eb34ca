/** A score scale declared by the user, e.g. 1–5 with the split at the midpoint. */
export interface Scale {
  readonly min: number;
  readonly max: number;
  /** Scores at or above the split count as "high" (project decision, see README). */
  readonly split: number;
}

export const DEFAULT_SCALE: Scale = { min: 1, max: 5, split: 3 };

export type ScaleError = 'scaleNotNumeric' | 'scaleMinNotBelowMax' | 'splitOutsideScale';

/** Builds a scale; the split defaults to the midpoint. Returns an error key instead of throwing. */
export function makeScale(min: number, max: number, split?: number): Scale | ScaleError {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return 'scaleNotNumeric';
  if (!(min < max)) return 'scaleMinNotBelowMax';
  const s = split ?? (min + max) / 2;
  if (!Number.isFinite(s)) return 'scaleNotNumeric';
  if (s < min || s > max) return 'splitOutsideScale';
  return { min, max, split: s };
}

export function isScale(x: Scale | ScaleError): x is Scale {
  return typeof x === 'object';
}

export function inScale(score: number, scale: Scale): boolean {
  return Number.isFinite(score) && score >= scale.min && score <= scale.max;
}

export function isHigh(score: number, scale: Scale): boolean {
  return score >= scale.split;
}
