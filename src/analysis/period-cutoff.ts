/**
 * Scores of periods that start after the analysis date are left out, like incidents
 * after it: an analysis "as of 30 June 2025" must not classify a supplier by its
 * 2025-Q3 scores. A period containing the analysis date is kept (its scores are the
 * latest assessment on that day). Free-text periods ("Round 2") cannot be placed in
 * time; they are kept, and when the user set the date they are told so once per period.
 */
import type { AnalysisDate } from '../model';
import type { ManagerRow, Problem, SupplierRow } from '../input/types';
import { periodStartDay } from './periods';

export interface PeriodCutoff {
  readonly suppliers: readonly SupplierRow[];
  readonly managers: readonly ManagerRow[];
  /** Distinct periods left out, in the order first met. */
  readonly leftOut: readonly string[];
  /** One warning per period that cannot be read as a date (only for a date the user set). */
  readonly problems: readonly Problem[];
}

export function cutOffPeriods(suppliers: readonly SupplierRow[], managers: readonly ManagerRow[], date: AnalysisDate | undefined): PeriodCutoff {
  // The latest-incident fallback of pure callers is no cut-off: nothing "after" it was asked for.
  if (!date || date.source === 'latestIncident') return { suppliers, managers, leftOut: [], problems: [] };
  const leftOut = new Set<string>();
  const noted = new Set<string>();
  const problems: Problem[] = [];
  const keep = (row: SupplierRow | ManagerRow): boolean => {
    const period = row.period?.trim();
    if (!period) return true;
    const start = periodStartDay(period);
    if (start === undefined) {
      if (date.source === 'set' && !noted.has(period)) {
        noted.add(period);
        problems.push({ code: 'periodNotADate', severity: 'warning', sheet: row.source.sheet, row: row.source.row, value: period, params: { field: 'period' } });
      }
      return true;
    }
    if (start <= date.day) return true;
    leftOut.add(row.period!);
    return false;
  };
  return { suppliers: suppliers.filter(keep), managers: managers.filter(keep), leftOut: [...leftOut], problems };
}
