import { catalogue } from '../i18n';
import type { Problem } from '../input/types';
import { naturalCompare } from '../analysis';
import type { AnalysisResult, Settings } from '../analysis';
import type { PlanValue, SheetPlan } from './plan';
import { PlanBuilder, rect } from './builder';
import { fitWidth, rowHeight } from './fit';
import { sheetKey } from './labels';

/** Widest the message column gets; longer messages wrap. */
export const MESSAGE_WIDTH = 90;

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
  const messages = sorted.map(render);
  b.block(1, 3, sorted.map((p, i) => [p.column ?? null, messages[i]]), true);

  // Long messages wrap inside their column instead of running past it; each row gets the height its text needs.
  const columnWidth = fitWidth([h.column, ...sorted.map((p) => p.column)], 12, 32);
  const messageWidth = fitWidth([h.message, ...messages], 40, MESSAGE_WIDTH);
  b.style(rect(1, 0, sorted.length, 5), { vAlign: 'top' });
  b.style(rect(1, 2, sorted.length, 1), { hAlign: 'center' });
  b.style(rect(1, 3, sorted.length, 2), { wrap: true });
  sorted.forEach((p, i) => b.height(1 + i, rowHeight([{ text: p.column ?? '', width: columnWidth }, { text: messages[i], width: messageWidth }])));
  b.widthsFrom(0, [
    fitWidth([h.severity, c.report.severity.error, c.report.severity.warning], 10, 16),
    fitWidth([h.sheet, ...sorted.map((p) => p.sheet)], 12, 32),
    fitWidth([h.row], 6, 8),
    columnWidth,
    messageWidth,
  ]);
  return b.build(sheetKey('problems'), c.report.sheets.problems, 1);
}
