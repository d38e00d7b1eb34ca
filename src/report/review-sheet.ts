import { catalogue } from '../i18n';
import { reviewTexts } from '../analysis';
import type { AnalysisResult, Settings } from '../analysis';
import type { PlanValue, SheetPlan } from './plan';
import { PlanBuilder, rect } from './builder';
import { sheetKey, statusLabel } from './labels';
import { byType } from './sort';

/** The review conversation (domain §6): one row per supplier, the three questions as wrapped columns. */
export function reviewSheet(result: AnalysisResult, settings: Settings): SheetPlan {
  const c = catalogue(settings.language);
  const h = c.report.columns;
  const q = c.report.questions;
  const rows = byType(result.suppliers).map((s): PlanValue[] => {
    const r = reviewTexts(s, settings);
    return [s.supplier, s.type ? c.types[s.type] : null, s.reaction ? c.reactions[s.reaction] : null, statusLabel(s, c), r.see, r.want, r.do];
  });
  const b = new PlanBuilder();
  b.header(0, 0, [h.supplier, h.type, h.reaction, h.status, q.see, q.want, q.do]);
  // The texts quote user periods; writing the whole block as text is harmless and safe.
  b.block(1, 0, rows, true);
  b.style(rect(1, 0, rows.length, 7), { wrap: true, vAlign: 'top' });
  b.widthsFrom(0, [28, 14, 14, 22, 60, 60, 60]);
  return b.build(sheetKey('review'), c.report.sheets.review, 1);
}
