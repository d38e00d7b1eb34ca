import { catalogue } from '../i18n';
import type { Move } from '../model';
import type { AnalysisResult, Settings } from '../analysis';
import type { PlanValue, SheetPlan } from './plan';
import { columnOf, PlanBuilder, rect } from './builder';
import { fitWidth, NAME_WIDTH } from './fit';
import { sheetKey } from './labels';
import { TEXT_COLOR, WARN_FILL } from './palette';

/**
 * Every move between consecutive periods, typology and reactions. Moves to a
 * worse quadrant come first so they form one highlighted rectangle (a fill per
 * row would grow with the data); otherwise suppliers keep their order and each
 * supplier's moves stay in period order. The Direction column says "Worse" too.
 */
export function trajectoriesSheet(result: AnalysisResult, settings: Settings): SheetPlan {
  const c = catalogue(settings.language);
  const h = c.report.columns;
  const rows: { worse: boolean; values: PlanValue[] }[] = [];
  const add = <Q extends string>(supplier: string, model: string, m: Move<Q>, names: Readonly<Record<Q, string>>): void => {
    rows.push({ worse: m.direction === 'worse', values: [supplier, model, m.fromPeriod, m.toPeriod, names[m.from], names[m.to], c.directions[m.direction]] });
  };
  for (const s of result.suppliers) {
    for (const m of s.typeMoves) add(s.supplier, c.report.models.typology, m, c.types);
    for (const m of s.reactionMoves) add(s.supplier, c.report.models.reactions, m, c.reactions);
  }
  const sorted = [...rows.filter((r) => r.worse), ...rows.filter((r) => !r.worse)];
  const worse = rows.filter((r) => r.worse).length;

  const b = new PlanBuilder();
  const headers = [h.supplier, h.model, h.fromPeriod, h.toPeriod, h.from, h.to, h.direction];
  b.header(0, 0, headers);
  // Supplier and period text come from the user; the whole table is text, so one text block.
  b.block(1, 0, sorted.map((r) => r.values), true);
  b.style(rect(1, 0, worse, 7), { fill: WARN_FILL, fontColor: TEXT_COLOR, bold: true });
  const values = sorted.map((r) => r.values);
  b.widthsFrom(0, headers.map((hd, j) => fitWidth([hd, ...columnOf(values, j).flat()], 10, j === 0 ? NAME_WIDTH : 30)));
  return b.build(sheetKey('trajectories'), c.report.sheets.trajectories, 1);
}
