import { catalogue } from '../i18n';
import type { Problem } from '../input/types';
import { naturalCompare } from '../analysis';
import type { AnalysisResult, Settings } from '../analysis';
import type { PlanValue, SheetPlan } from './plan';
import { PlanBuilder } from './builder';
import { sheetKey } from './labels';

/** By sheet, then row (table-level problems without a row first), then column. */
export function problemOrder(a: Problem, b: Problem): number {
  return naturalCompare(a.sheet, b.sheet) || (a.row ?? 0) - (b.row ?? 0) || naturalCompare(a.column ?? '', b.column ?? '');
}

/** The input problems, each rendered in the chosen language by `render`. */
export function problemsSheet(result: AnalysisResult, settings: Settings, render: (p: Problem) => string): SheetPlan {
  const c = catalogue(settings.language);
  const h = c.report.columns;
  const sorted = [...result.problems].sort(problemOrder);
  const b = new PlanBuilder();
  b.header(0, 0, [h.severity, h.sheet, h.row, h.column, h.message]);
  if (sorted.length === 0) b.block(1, 0, [[c.report.noProblems]]);
  b.block(1, 0, sorted.map((p) => [c.report.severity[p.severity]]));
  // Sheet names, column headers and messages quote the user's text; the row stays a number.
  b.block(1, 1, sorted.map((p) => [p.sheet]), true);
  b.block(1, 2, sorted.map((p): PlanValue[] => [p.row ?? null]));
  b.block(1, 3, sorted.map((p) => [p.column ?? null, render(p)]), true);
  b.widthsFrom(0, [14, 24, 8, 24, 80]);
  return b.build(sheetKey('problems'), c.report.sheets.problems, 1);
}
