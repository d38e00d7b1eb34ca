import { classify, QuadrantModel, Scale } from '../model';

/**
 * Quadrant for an optional score pair: undefined when either score is missing or
 * off the scale. The input layer already reports those as problems, so the
 * analysis only leaves the field empty instead of failing the whole run.
 */
export function classifyPair<Q extends string>(model: QuadrantModel<Q>, x: number | undefined, y: number | undefined, scale: Scale): Q | undefined {
  if (x === undefined || y === undefined) return undefined;
  const r = classify(model, x, y, scale);
  return r.ok ? r.value : undefined;
}
