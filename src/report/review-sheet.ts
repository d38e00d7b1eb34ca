import { catalogue, format } from '../i18n';
import { reviewTexts } from './review-texts';
import type { AnalysisResult, Settings } from '../analysis';
import type { PlanValue, SheetPlan } from './plan';
import { PlanBuilder, rect } from './builder';
import { fitColumn, NAME_WIDTH, rowHeight } from './fit';
import { sheetKey, statusLabel } from './labels';
import { byType } from './sort';
import { REPORT_CAPS } from './caps';

/** Width of each answer column: about ten words a line. */
const ANSWER_WIDTH = 60;

/** The review conversation (domain §6): one row per supplier, the three questions as wrapped columns. */
export function reviewSheet(result: AnalysisResult, settings: Settings): SheetPlan {
  const c = catalogue(settings.language);
  const h = c.report.columns;
  const q = c.report.questions;
  const all = byType(result.suppliers);
  const shown = all.length > REPORT_CAPS.reviewRows ? all.slice(0, REPORT_CAPS.reviewRows) : all;
  const rows = shown.map((s): string[] => {
    const r = reviewTexts(s, settings);
    return [s.supplier, s.type ? c.types[s.type] : '', s.reaction ? c.reactions[s.reaction] : '', statusLabel(s, c) ?? '', r.see, r.want, r.do];
  });
  const headers = [h.supplier, h.type, h.reaction, h.status, q.see, q.want, q.do];
  // Names up to NAME_WIDTH and short labels fit on one line; the three answers wrap.
  const widths = [
    fitColumn(rows, 0, h.supplier, 16, NAME_WIDTH),
    ...[1, 2, 3].map((j) => fitColumn(rows, j, headers[j], 10, 36)),
    ANSWER_WIDTH,
    ANSWER_WIDTH,
    ANSWER_WIDTH,
  ];
  const b = new PlanBuilder();
  b.header(0, 0, headers);
  // The texts quote user periods; writing the whole block as text is harmless and safe.
  b.block(1, 0, rows.map((r): PlanValue[] => r.map((v) => (v === '' ? null : v))), true);
  b.style(rect(1, 0, rows.length, 7), { wrap: true, vAlign: 'top' });
  rows.forEach((r, i) => b.height(1 + i, rowHeight(r.map((text, j) => ({ text, width: widths[j] })))));
  b.widthsFrom(0, widths);
  if (shown.length < all.length) {
    const note = 1 + rows.length + 1;
    b.block(note, 0, [[format(c.report.reviewCapNote, { shown: shown.length, total: all.length })]]).style(rect(note, 0, 1, 1), { italic: true });
  }
  return b.build(sheetKey('review'), c.report.sheets.review, 1);
}
