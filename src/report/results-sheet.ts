import { catalogue } from '../i18n';
import type { AnalysisResult, Settings } from '../analysis';
import type { PlanValue, SheetPlan } from './plan';
import { PlanBuilder, rect } from './builder';
import { fitColumn, fitWidth, fitWidthOf, NAME_WIDTH } from './fit';
import { moveLabel, sheetKey, statusLabel } from './labels';
import { TEXT_COLOR, TYPE_FILL } from './palette';
import { byType, runs } from './sort';

const COL = { supplier: 0, period: 1, type: 2, attention: 3, reaction: 4, role: 5, appreciation: 6, status: 7, daysOutside: 8, lastMove: 9 } as const;

/**
 * One row per supplier with its current classification. Rows are grouped by
 * type so the Type column is coloured with one rectangle per type (see sort.ts);
 * the type's name is in every cell, so the colour is never the only signal.
 */
export function resultsSheet(result: AnalysisResult, settings: Settings): SheetPlan {
  const c = catalogue(settings.language);
  const h = c.report.columns;
  const rows = byType(result.suppliers);
  const b = new PlanBuilder();
  const headers = [h.supplier, h.period, h.type, h.attention, h.reaction, h.role, h.appreciation, h.status, h.daysOutside, h.lastMove];
  b.header(0, 0, headers);

  // Supplier and period are the user's own text: their own block, written as text.
  b.block(1, COL.supplier, rows.map((s): PlanValue[] => [s.supplier, s.period ?? null]), true);
  const labels = rows.map((s): PlanValue[] => [
    s.type ? c.types[s.type] : null,
    s.attention ? c.attention[s.attention] : null,
    s.reaction ? c.reactions[s.reaction] : null,
    s.role ? c.roles[s.role] : null,
    s.appreciation ?? null,
    statusLabel(s, c),
    s.timeline ? Math.round(s.daysOutside) : null,
    moveLabel(s.lastMove, c.types, c),
  ]);
  b.block(1, COL.type, labels);
  for (const run of runs(rows, (s) => s.type)) {
    if (run.key) b.style(rect(1 + run.start, COL.type, run.length, 1), { fill: TYPE_FILL[run.key], fontColor: TEXT_COLOR });
  }
  b.style(rect(1, COL.appreciation, rows.length, 1), { numberFormat: '0.0' });
  // Centred, so a short number does not run into the move label next to it.
  b.style(rect(1, COL.daysOutside, rows.length, 1), { numberFormat: '0', hAlign: 'center' });

  // Text columns as wide as their longest entry (header included); number columns as wide as their header.
  const numeric: number[] = [COL.appreciation, COL.daysOutside];
  b.widthsFrom(
    0,
    headers.map((hd, j) => {
      if (numeric.includes(j)) return fitWidth([hd], 8, 20);
      if (j === COL.supplier) return fitWidthOf(rows, (s) => s.supplier, [hd], 8, NAME_WIDTH);
      if (j === COL.period) return fitWidthOf(rows, (s) => s.period, [hd], 8, 40);
      return fitColumn(labels, j - COL.type, hd, 8, 40);
    }),
  );
  return b.build(sheetKey('results'), c.report.sheets.results, 1);
}
