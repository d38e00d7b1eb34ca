import type { PlanValue, Rect, SheetPlan, ValueBlock } from '../../src/report';

export interface Hit {
  readonly row: number;
  readonly col: number;
  readonly value: PlanValue;
  readonly block: ValueBlock;
}

/** Every written cell of a plan, with the block it came from. */
export function cells(plan: SheetPlan): Hit[] {
  const out: Hit[] = [];
  for (const block of plan.blocks)
    block.values.forEach((r, i) => r.forEach((value, j) => out.push({ row: block.row + i, col: block.col + j, value, block })));
  return out;
}

export function cellAt(plan: SheetPlan, row: number, col: number): Hit | undefined {
  return cells(plan).find((h) => h.row === row && h.col === col);
}

export function find(plan: SheetPlan, value: PlanValue): Hit[] {
  return cells(plan).filter((h) => h.value === value);
}

export function rectCells(r: Rect): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) out.push([r.row + i, r.col + j]);
  return out;
}

/** Values of a one-column range, read back from the plan's blocks (undefined where nothing is written). */
export function readRange(plan: SheetPlan, r: Rect): (PlanValue | undefined)[] {
  return rectCells(r).map(([row, col]) => cellAt(plan, row, col)?.value);
}

/** All strings a plan shows: cells, chart titles, axis titles, series names. */
export function texts(plan: SheetPlan): string[] {
  const out = cells(plan).flatMap((h) => (typeof h.value === 'string' ? [h.value] : []));
  out.push(plan.name);
  for (const c of plan.charts) out.push(c.title, c.xTitle, c.yTitle, ...c.series.map((s) => s.name));
  return out;
}
