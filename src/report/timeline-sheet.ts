import { catalogue, format, INCIDENT_CATEGORIES } from '../i18n';
import type { AnalysisResult, Settings, SupplierResult } from '../analysis';
import { naturalCompare } from '../analysis';
import type { PlanValue, SheetPlan } from './plan';
import { PlanBuilder, rect, TITLE_STYLE } from './builder';
import { sheetKey } from './labels';
import { fitWidth, fitWidthOf, NAME_WIDTH } from './fit';
import { SERIES_COLOR } from './palette';
import { timelineSamples } from './timeline-samples';
import { valueAt, Timeline } from '../model';

/** Charts (and their chart data) only for this many suppliers: the worst ones, by days outside. */
export const MAX_TIMELINE_CHARTS = 12;

export const TIMELINE_LAYOUT = {
  /**
   * Summary: Supplier, Incidents, one incident count per category (External,
   * Interpersonal, Business), Appreciation, Status, Days outside now, Total days
   * outside, Excursions, Prolonged; then the guide's two lines (Personal appreciation,
   * Personal status, Business appreciation, Business status), Goal changes, Hit us,
   * Hit the supplier.
   */
  summaryCol: 0,
  /** Excursions: Supplier, Side, Start, End, Days, Prolonged, Line (combined, personal, business). */
  excursionCol: 19,
  chartCol: 27,
  chartRows: 16,
  chartCols: 8,
  /** Chart data: Supplier, Day, Appreciation, Bound day, Critical, Euphoria, Personal, Business. */
  dataCol: 36,
  headerRow: 1,
  firstRow: 2,
} as const;

/** A line's value at a sample of the combined line: before or after that day's incidents, or decayed in between. */
function lineValue(t: Timeline | undefined, p: { readonly day: number; readonly before?: boolean }): PlanValue {
  if (!t) return null;
  if (!p.before) return valueAt(t, p.day);
  const at = t.points.find((q) => q.day === p.day);
  return at ? at.before : valueAt(t, p.day);
}

type Timed = SupplierResult & { readonly timeline: NonNullable<SupplierResult['timeline']> };

/** Worst first: longest current excursion, then most days outside in total, then lowest appreciation. */
function worstFirst(a: Timed, b: Timed): number {
  const ta = a.timeline;
  const tb = b.timeline;
  return tb.currentDaysOutside - ta.currentDaysOutside || tb.totalDaysOutside - ta.totalDaysOutside || ta.value - tb.value || naturalCompare(a.supplier, b.supplier);
}

/**
 * Left to right: a summary row per supplier with incidents, the excursions table,
 * the charts, and the chart data of the charted suppliers only (the rest would be
 * hundreds of cells per supplier that nothing draws). All three tables list the
 * suppliers worst first, so the charted ones are the summary's top rows.
 * The chart data is stacked per supplier in the same columns (one contiguous
 * segment each), so the date and number formats are one rectangle per column.
 * Each segment's first two rows also hold the two bound lines from its first
 * drawn incident to the as-of day.
 */
export function timelineSheet(result: AnalysisResult, settings: Settings): SheetPlan {
  const L = TIMELINE_LAYOUT;
  const c = catalogue(settings.language);
  const lineStatus = (t: Timeline | undefined): PlanValue =>
    t === undefined ? null : t.prolonged ? format(c.report.statusProlonged, { status: c.status[t.status], prolonged: c.prolonged }) : c.status[t.status];
  const h = c.report.columns;
  const b = new PlanBuilder();
  const ranked = result.suppliers.filter((s): s is Timed => s.timeline !== undefined).sort(worstFirst);
  const { critical, euphoria } = settings.appreciation;

  // Summary: every supplier with incidents.
  b.block(0, L.summaryCol, [[c.report.titles.timelineSummary]]).style(rect(0, L.summaryCol, 1, 1), TITLE_STYLE);
  // Per category only the count: the review texts weigh their impacts.
  const categoryHeaders = INCIDENT_CATEGORIES.map((k) => c.categories[k]);
  const m = c.method.columns;
  const lineHeaders = [m.personal, m.personalStatus, m.business, m.businessStatus, m.goalChanges, m.hitClient, m.hitSupplier];
  const sumHeaders = [h.supplier, h.incidents, ...categoryHeaders, h.appreciation, h.status, h.daysOutsideNow, h.totalDaysOutside, h.excursions, h.prolonged, ...lineHeaders];
  b.header(L.headerRow, L.summaryCol, sumHeaders);
  b.block(L.firstRow, L.summaryCol, ranked.map((s) => [s.supplier]), true);
  b.block(
    L.firstRow,
    L.summaryCol + 1,
    ranked.map(({ incidentCount, incidentCategories, timeline: t, lines, goalChanges, incidentParties }): PlanValue[] => [
      incidentCount,
      ...INCIDENT_CATEGORIES.map((k) => incidentCategories[k].count),
      t.value,
      c.status[t.status],
      t.currentDaysOutside,
      t.totalDaysOutside,
      t.excursions.length,
      t.prolonged ? c.report.yes : c.report.no,
      lines?.personal.timeline?.value ?? null,
      lineStatus(lines?.personal.timeline),
      lines?.business.timeline?.value ?? null,
      lineStatus(lines?.business.timeline),
      goalChanges ?? 0,
      incidentParties?.client.count ?? 0,
      incidentParties?.supplier.count ?? 0,
    ]),
  );
  const lineCol = L.summaryCol + 1 + 1 + INCIDENT_CATEGORIES.length + 6;
  b.style(rect(L.firstRow, lineCol, ranked.length, 1), { numberFormat: '0.0' });
  b.style(rect(L.firstRow, lineCol + 2, ranked.length, 1), { numberFormat: '0.0' });
  const afterCategories = L.summaryCol + 2 + INCIDENT_CATEGORIES.length;
  b.style(rect(L.firstRow, afterCategories, ranked.length, 1), { numberFormat: '0.0' });
  b.style(rect(L.firstRow, afterCategories + 2, ranked.length, 2), { numberFormat: '0' });

  // Excursions.
  b.block(0, L.excursionCol, [[c.report.titles.excursions]]).style(rect(0, L.excursionCol, 1, 1), TITLE_STYLE);
  const excHeaders = [h.supplier, h.side, h.start, h.end, h.days, h.prolonged, c.method.columns.line];
  b.header(L.headerRow, L.excursionCol, excHeaders);
  const excNames: PlanValue[][] = [];
  const excValues: PlanValue[][] = [];
  for (const s of ranked) {
    const lines = [
      { name: c.method.lines.combined, t: s.timeline },
      { name: c.method.lines.personal, t: s.lines?.personal.timeline },
      { name: c.method.lines.business, t: s.lines?.business.timeline },
    ];
    for (const { name, t } of lines) {
      for (const e of t?.excursions ?? []) {
        excNames.push([s.supplier]);
        excValues.push([c.status[e.side], e.start, e.end, e.days, e.prolonged ? c.report.yes : c.report.no, name]);
      }
    }
  }
  b.block(L.firstRow, L.excursionCol, excNames, true);
  b.block(L.firstRow, L.excursionCol + 1, excValues);
  b.style(rect(L.firstRow, L.excursionCol + 2, excValues.length, 2), { numberFormat: 'yyyy-mm-dd' });
  b.style(rect(L.firstRow, L.excursionCol + 4, excValues.length, 1), { numberFormat: '0' });

  // Charts and their data: the worst MAX_TIMELINE_CHARTS with something to draw.
  const charted: Timed[] = [];
  for (let i = 0; i < ranked.length && charted.length < MAX_TIMELINE_CHARTS; i++) if (ranked[i].timeline.points.length > 0) charted.push(ranked[i]);
  b.block(0, L.dataCol, [[c.report.titles.chartData]]).style(rect(0, L.dataCol, 1, 1), TITLE_STYLE);
  if (charted.length) b.block(0, L.chartCol, [[format(c.report.timelineNote, { count: String(charted.length) })]]).style(rect(0, L.chartCol, 1, 1), { italic: true });
  const dataHeaders = [h.supplier, h.day, h.appreciation, h.boundDay, h.critical, h.euphoria, m.personal, m.business];
  b.header(L.headerRow, L.dataCol, dataHeaders);
  const names: PlanValue[][] = [];
  const data: PlanValue[][] = [];
  charted.forEach((s, k) => {
    const t = s.timeline;
    // A segment always has at least two samples (the step on the first drawn incident day): room for the bound lines.
    const samples = timelineSamples(t);
    const row = L.firstRow + data.length;
    const from = samples[0].day;
    samples.forEach((p, i) => {
      names.push([s.supplier]);
      const bound: PlanValue[] = i === 0 ? [from, critical, euphoria] : i === 1 ? [Math.max(t.asOf, from + 1), critical, euphoria] : [null, null, null];
      data.push([p.day, p.value, ...bound, lineValue(s.lines?.personal.timeline, p), lineValue(s.lines?.business.timeline, p)]);
    });
    const col = (j: number, n = samples.length) => rect(row, L.dataCol + j, n, 1);
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
        // The guide's two appreciations, on the combined line's sample days.
        { name: c.method.columns.personal, x: col(1), y: col(6), line: true, marker: false, color: SERIES_COLOR.personal },
        { name: c.method.columns.business, x: col(1), y: col(7), line: true, marker: false, color: SERIES_COLOR.business },
      ],
    });
  });
  b.block(L.firstRow, L.dataCol, names, true);
  b.block(L.firstRow, L.dataCol + 1, data);
  b.style(rect(L.firstRow, L.dataCol + 1, data.length, 1), { numberFormat: 'yyyy-mm-dd' });
  b.style(rect(L.firstRow, L.dataCol + 2, data.length, 1), { numberFormat: '0.0' });
  b.style(rect(L.firstRow, L.dataCol + 3, data.length, 1), { numberFormat: 'yyyy-mm-dd' });
  b.style(rect(L.firstRow, L.dataCol + 4, data.length, 4), { numberFormat: '0.0' });

  const nameWidth = (list: readonly SupplierResult[]): number => fitWidthOf(list, (s) => s.supplier, [h.supplier], 16, NAME_WIDTH);
  const fitHeaders = (labels: readonly string[]): number[] => labels.map((l) => fitWidth([l], 8, 24));
  // Dates need 10 characters (yyyy-mm-dd) whatever the header.
  const dateWidth = (w: number): number => Math.max(w, 12);
  const statusWidth = (w: number): number => Math.max(w, fitWidth(Object.values<string>(c.status), 8, 24));
  const [, incidents, ...restSum] = fitHeaders(sumHeaders);
  const categoryWidths = restSum.slice(0, INCIDENT_CATEGORIES.length);
  const [appreciationSum, status, now, total, count, prolongedSum, ...lineWidths] = restSum.slice(INCIDENT_CATEGORIES.length);
  // Line statuses may read "Critical (Prolonged outside bounds)".
  const [pw, ps, bw, bs, ...restLines] = lineWidths;
  const longStatus = (w: number): number => Math.max(statusWidth(w), fitWidth([format(c.report.statusProlonged, { status: c.status.critical, prolonged: c.prolonged })], 8, 40));
  b.widthsFrom(L.summaryCol, [nameWidth(ranked), incidents, ...categoryWidths, appreciationSum, statusWidth(status), now, total, count, prolongedSum, pw, longStatus(ps), bw, longStatus(bs), ...restLines]);
  const [, side, start, end, days, prolonged, lineW] = fitHeaders(excHeaders);
  b.widthsFrom(L.excursionCol, [nameWidth(ranked.filter((s) => s.timeline.excursions.length > 0)), statusWidth(side), dateWidth(start), dateWidth(end), days, prolonged, Math.max(lineW, fitWidth(Object.values<string>(c.method.lines), 8, 24))]);
  const [, day, appreciation, boundDay, crit, euph, pers, bus] = fitHeaders(dataHeaders);
  b.widthsFrom(L.dataCol, [nameWidth(charted), dateWidth(day), appreciation, dateWidth(boundDay), crit, euph, pers, bus]);
  return b.build(sheetKey('timeline'), c.report.sheets.timeline, 2);
}
