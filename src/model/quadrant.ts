import { Scale, inScale, isHigh } from './scale';

/**
 * The generic two-axis classifier behind all three RMO matrices: each axis is
 * either high (at/above the split) or low. Models map the four cells to names.
 */
export interface QuadrantModel<Q extends string> {
  /** Cell for (x high?, y high?). */
  readonly cells: { readonly hh: Q; readonly hl: Q; readonly lh: Q; readonly ll: Q };
}

export type ClassifyResult<Q> = { ok: true; value: Q } | { ok: false; error: 'scoreOutOfRange'; axis: 'x' | 'y' };

export function classify<Q extends string>(model: QuadrantModel<Q>, x: number, y: number, scale: Scale): ClassifyResult<Q> {
  if (!inScale(x, scale)) return { ok: false, error: 'scoreOutOfRange', axis: 'x' };
  if (!inScale(y, scale)) return { ok: false, error: 'scoreOutOfRange', axis: 'y' };
  return { ok: true, value: cellOf(model, isHigh(x, scale), isHigh(y, scale)) };
}

export function cellOf<Q extends string>(model: QuadrantModel<Q>, xHigh: boolean, yHigh: boolean): Q {
  if (xHigh) return yHigh ? model.cells.hh : model.cells.hl;
  return yHigh ? model.cells.lh : model.cells.ll;
}

/** Position of a cell in a 2x2 grid drawn with y up: row 0 is the top (y high), column 1 is the right (x high). */
export function gridPosition<Q extends string>(model: QuadrantModel<Q>, q: Q): { row: 0 | 1; col: 0 | 1 } {
  const c = model.cells;
  if (q === c.hh) return { row: 0, col: 1 };
  if (q === c.lh) return { row: 0, col: 0 };
  if (q === c.hl) return { row: 1, col: 1 };
  return { row: 1, col: 0 };
}
