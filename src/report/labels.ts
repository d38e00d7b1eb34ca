import { Catalogue, format, ReportSheetId } from '../i18n';
import type { Move } from '../model';
import type { SupplierResult } from '../analysis';

export function sheetKey(id: ReportSheetId): string {
  return `rmo.${id}`;
}

/** "Critical" or "Critical — Prolonged outside bounds" (as =RMO.STATUS writes it); null without a timeline. */
export function statusLabel(s: SupplierResult, c: Catalogue): string | null {
  if (!s.status) return null;
  return s.prolonged ? format(c.report.statusProlonged, { status: c.status[s.status], prolonged: c.prolonged }) : c.status[s.status];
}

/** "Prospect → Free rider (Worse)"; null without a move. */
export function moveLabel<Q extends string>(m: Move<Q> | undefined, names: Readonly<Record<Q, string>>, c: Catalogue): string | null {
  if (!m) return null;
  return format(c.report.move, { from: names[m.from], to: names[m.to], direction: c.directions[m.direction] });
}
