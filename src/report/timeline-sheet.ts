import { catalogue, format } from '../i18n';
import type { AnalysisResult, Settings, SupplierResult } from '../analysis';
import { naturalCompare } from '../analysis';
import type { PlanValue, SheetPlan } from './plan';
import { PlanBuilder, rect, TITLE_STYLE } from './builder';
import { sheetKey } from './labels';
import { fitWidth, NAME_WIDTH } from './fit';
import { SERIES_COLOR } from './palette';
import { timelineSamples } from './timeline-samples';

/** More suppliers than this: charts only for the worst ones (by days outside), data for all. */
export const MAX_TIMELINE_CHARTS = 12;

export const TIMELINE_LAYOUT = {
  excursionCol: 0,
  chartCol: 7,
  chartRows: 16,
  chartCols: 8,
  /** Chart data: Supplier, Day, Appreciation, Bound day, Critical, Euphoria. */
  dataCol: 16,
  headerRow: 1,
  firstRow: 2,
} as const;

/** Worst first: longest current excursion, then most days outside in total, then lowest appreciation. */
function worstFirst(a: SupplierResult, b: SupplierResult): number {
  const ta = a.timeline!;
  const tb = b.timeline!;
  return tb.currentDaysOutside - ta.currentDaysOutside || tb.totalDaysOutside - ta.totalDaysOutside || ta.value - tb.value || naturalCompare(a.supplier, b.supplier);
}

/**
 * Excursions table on the left, charts in the middle, chart data on the right.
 * The data is stacked per supplier in the same columns (one contiguous segment
 * each), so the date and number formats are one rectangle per column whatever
 * the number of suppliers. Each segment's first two rows also hold the two
 * bound lines from its first incident to the as-of day.
 */
export function timelineSheet(result: AnalysisResult, settings: Settings): SheetPlan {
  const L = TIMELINE_LAYOUT;
  const c = catalogue(settings.language);
  const h = c.report.columns;
  const b = new PlanBuilder();
  const withTimeline = result.suppliers.filter((s) => s.timeline && s.timeline.points.length > 0);
  const { critical, euphoria } = settings.appreciation;

  // Excursions.
  b.block(0, L.excursionCol, [[c.report.titles.excursions]]).style(rect(0, L.excursionCol, 1, 1), TITLE_STYLE);
  const excHeaders = [h.supplier, h.side, h.start, h.end, h.days, h.prolonged];
  b.header(L.headerRow, L.excursionCol, excHeaders);
  const exc = withTimeline.flatMap((s) => s.timeline!.excursions.map((e) => ({ s, e })));
  b.block(L.firstRow, L.excursionCol, exc.map(({ s }) => [s.supplier]), true);
  b.block(
    L.firstRow,
    L.excursionCol + 1,
    exc.map(({ e }): PlanValue[] => [c.status[e.side], e.start, e.end, e.days, e.prolonged ? c.report.yes : c.report.no]),
  );
  b.style(rect(L.firstRow, L.excursionCol + 2, exc.length, 2), { numberFormat: 'yyyy-mm-dd' });
  b.style(rect(L.firstRow, L.excursionCol + 4, exc.length, 1), { numberFormat: '0' });

  // Chart data, one segment per supplier.
  b.block(0, L.dataCol, [[c.report.titles.chartData]]).style(rect(0, L.dataCol, 1, 1), TITLE_STYLE);
  const dataHeaders = [h.supplier, h.day, h.appreciation, h.boundDay, h.critical, h.euphoria];
  b.header(L.headerRow, L.dataCol, dataHeaders);
  const names: PlanValue[][] = [];
  const data: PlanValue[][] = [];
  const segments = new Map<SupplierResult, { row: number; length: number }>();
  for (const s of withTimeline) {
    const t = s.timeline!;
    const samples = timelineSamples(t);
    // The bound lines need two rows; a segment always has at least two samples.
    const from = t.points[0].day;
    segments.set(s, { row: L.firstRow + data.length, length: samples.length });
    samples.forEach((p, i) => {
      names.push([s.supplier]);
      const bound: PlanValue[] = i === 0 ? [from, critical, euphoria] : i === 1 ? [Math.max(t.asOf, from + 1), critical, euphoria] : [null, null, null];
      data.push([p.day, p.value, ...bound]);
    });
  }
  b.block(L.firstRow, L.dataCol, names, true);
  b.block(L.firstRow, L.dataCol + 1, data);
  b.style(rect(L.firstRow, L.dataCol + 1, data.length, 1), { numberFormat: 'yyyy-mm-dd' });
  b.style(rect(L.firstRow, L.dataCol + 2, data.length, 1), { numberFormat: '0.0' });
  b.style(rect(L.firstRow, L.dataCol + 3, data.length, 1), { numberFormat: 'yyyy-mm-dd' });
  b.style(rect(L.firstRow, L.dataCol + 4, data.length, 2), { numberFormat: '0.0' });

  // Charts: everyone when few, else the worst MAX_TIMELINE_CHARTS.
  const charted = withTimeline.length > MAX_TIMELINE_CHARTS ? [...withTimeline].sort(worstFirst).slice(0, MAX_TIMELINE_CHARTS) : withTimeline;
  charted.forEach((s, k) => {
    const seg = segments.get(s)!;
    const col = (j: number, n = seg.length) => rect(seg.row, L.dataCol + j, n, 1);
    b.chart({
      kind: 'scatter',
      title: format(c.report.timelineChart, { supplier: s.supplier }),
      xTitle: h.day,
      yTitle: h.appreciation,
      anchor: rect(L.headerRow + k * (L.chartRows + 1), L.chartCol, L.chartRows, L.chartCols),
      series: [
        { name: c.report.series.appreciation, x: col(1), y: col(2), line: true, marker: false, color: SERIES_COLOR.appreciation },
        { name: c.report.series.critical, x: col(3, 2), y: col(4, 2), line: true, marker: false, color: SERIES_COLOR.critical },
        { name: c.report.series.euphoria, x: col(3, 2), y: col(5, 2), line: true, marker: false, color: SERIES_COLOR.euphoria },
      ],
    });
  });

  const nameWidth = fitWidth([h.supplier, ...withTimeline.map((s) => s.supplier)], 16, NAME_WIDTH);
  const fitHeaders = (labels: readonly string[]): number[] => labels.map((l) => fitWidth([l], 8, 24));
  // Dates need 10 characters (yyyy-mm-dd) whatever the header.
  const dateWidth = (w: number): number => Math.max(w, 12);
  const [, side, start, end, days, prolonged] = fitHeaders(excHeaders);
  b.widthsFrom(L.excursionCol, [nameWidth, Math.max(side, fitWidth([c.status.critical, c.status.euphoria], 8, 24)), dateWidth(start), dateWidth(end), days, prolonged]);
  const [, day, appreciation, boundDay, crit, euph] = fitHeaders(dataHeaders);
  b.widthsFrom(L.dataCol, [nameWidth, dateWidth(day), appreciation, dateWidth(boundDay), crit, euph]);
  return b.build(sheetKey('timeline'), c.report.sheets.timeline, 2);
}
