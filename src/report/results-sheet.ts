import { Catalogue, catalogue, format } from '../i18n';
import type { AnalysisResult, Settings, SupplierResult } from '../analysis';
import type { PlanValue, SheetPlan } from './plan';
import { PlanBuilder, rect } from './builder';
import { fitColumn, fitWidth, fitWidthOf, NAME_WIDTH } from './fit';
import { moveLabel, sheetKey, statusLabel } from './labels';
import { gapCell, stateCell, view, viewCell } from './method-labels';
import { ATTENTION_BY_TYPE, isoFromSerial, RELATIONSHIP_TYPES, ROLES } from '../model';
import { TEXT_COLOR, TYPE_FILL } from './palette';
import { byType, runs } from './sort';

const COL = {
  supplier: 0,
  period: 1,
  type: 2,
  attention: 3,
  reaction: 4,
  role: 5,
  appreciation: 6,
  status: 7,
  daysOutside: 8,
  lastMove: 9,
  // The method's columns (issue 6), after the original ones so their places stay.
  ourView: 10,
  theirView: 11,
  perceptionGap: 12,
  state: 13,
  lastProlonged: 14,
  personalStatus: 15,
  businessStatus: 16,
  /** After a blank column: what each type needs (attention advice) and each role's character, once per type/role. */
  legend: 18,
} as const;

/** Columns of the results table (the legend apart): the pane selects a supplier's row this wide. */
export const RESULTS_TABLE_COLUMNS = COL.businessStatus + 1;

/** Status of a personal or business line: "Critical", "Critical (Prolonged outside bounds)"; null without incidents. */
function lineStatus(s: SupplierResult, line: 'personal' | 'business', c: Catalogue): string | null {
  const t = s.lines?.[line].timeline;
  if (!t) return null;
  return t.prolonged ? format(c.report.statusProlonged, { status: c.status[t.status], prolonged: c.prolonged }) : c.status[t.status];
}

/** "Personal: Critical 2024-03-01 to 2024-06-23, 114 days"; null when no excursion was ever prolonged. */
export function lastProlongedCell(s: SupplierResult, c: Catalogue): string | null {
  const e = s.lastProlonged;
  if (!e) return null;
  const days = Math.round(e.days);
  return format(days === 1 ? c.method.lastProlongedCellOne : c.method.lastProlongedCell, {
    line: c.method.lines[e.line],
    side: c.status[e.side],
    start: isoFromSerial(Math.floor(e.start)),
    end: isoFromSerial(Math.floor(e.end)),
    days,
  });
}

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
  const m = c.method.columns;
  const headers = [
    h.supplier,
    h.period,
    h.type,
    h.attention,
    h.reaction,
    h.role,
    h.appreciation,
    h.status,
    h.daysOutside,
    h.lastMove,
    m.ourView,
    m.theirView,
    m.perceptionGap,
    m.state,
    m.lastProlonged,
    m.personalStatus,
    m.businessStatus,
  ];
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
    viewCell(view(s, 'client'), c),
    viewCell(view(s, 'supplier'), c),
    gapCell(s, c),
    stateCell(s, c),
    lastProlongedCell(s, c),
    lineStatus(s, 'personal', c),
    lineStatus(s, 'business', c),
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
  legend(b, c);
  analysisDate(b, result, c, 4 + RELATIONSHIP_TYPES.length + ROLES.length); // one blank row below the roles
  return b.build(sheetKey('results'), c.report.sheets.results, 1);
}

/**
 * Beside the table, once: each type's attention and advice, and each role's character
 * (guides 002 and 000), so a reader of the Type and Role columns finds what they mean
 * without a long sentence repeated on every row.
 */
function legend(b: PlanBuilder, c: Catalogue): void {
  const m = c.method.columns;
  const x = COL.legend;
  const h = c.report.columns;
  b.header(0, x, [h.type, h.attention, m.attentionAdvice]);
  const types = RELATIONSHIP_TYPES.map((t): PlanValue[] => [c.types[t], c.attention[ATTENTION_BY_TYPE[t]], c.attentionAdvice[t]]);
  b.block(1, x, types);
  const roleRow = 2 + types.length;
  b.header(roleRow, x, [h.role, m.roleCharacter]);
  const roles = ROLES.map((r): PlanValue[] => [c.roles[r], c.roleCharacter[r]]);
  b.block(roleRow + 1, x, roles);
  b.style(rect(1, x, types.length, 3), { wrap: true, vAlign: 'top' });
  b.style(rect(roleRow + 1, x, roles.length, 2), { wrap: true, vAlign: 'top' });
  b.widthsFrom(x, [fitWidth([h.type, h.role, ...RELATIONSHIP_TYPES.map((t) => c.types[t]), ...ROLES.map((r) => c.roles[r])], 8, 30), fitWidth([h.attention, ...types.map((t) => String(t[1]))], 8, 30), 60]);
}

/**
 * Below the legend: the analysis date the statuses, states and periods were read on, and
 * its source (set, today, or the latest incident), so a reader can tell why a status
 * differs from last week's or from a formula with another date (issue 6: one analysis date).
 */
function analysisDate(b: PlanBuilder, result: AnalysisResult, c: Catalogue, row: number): void {
  if (result.asOf === undefined || !result.asOfSource) return;
  const t = c.method.analysisDate;
  const x = COL.legend;
  b.header(row, x, [t.heading, t.sourceHeading]);
  b.block(row + 1, x, [[result.asOf, t.source[result.asOfSource]]]);
  b.style(rect(row + 1, x, 1, 1), { numberFormat: 'yyyy-mm-dd', hAlign: 'left' });
  b.style(rect(row + 1, x + 1, 1, 1), { wrap: true, vAlign: 'top' });
  if (result.periodsAfterAsOf?.length) b.block(row + 2, x, [[format(t.periodsLeftOut, { periods: result.periodsAfterAsOf.join(', ') })]]);
}
