import type { ChartSeriesSpec, ChartSpec, Rect } from '../report/plan';
import { absoluteRef } from './address';

/**
 * Point labels are written one data label per point, the documented way ("Format chart
 * data labels", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts-data-labels):
 * load the series' `points.count` first, sync, then address points 0..count-1 only. Each
 * labelled point gets `hasDataLabel` (ExcelApi 1.7) and a `dataLabel.formula` (ExcelApi 1.8)
 * pointing at the supplier's name cell, so a rename in the sheet updates the chart; the
 * series' own labels stay off, so points past the cap show no label rather than their value.
 * All charts' counts ride one sync, so syncs stay fixed; the cap keeps the request small and
 * the chart readable (beyond a few hundred points labels overlap into noise anyway).
 */
export const MAX_LABELLED_POINTS = 300;

/** Queued operations for one chart (for the request-size estimate). */
export function chartOperationCount(spec: ChartSpec): number {
  let n = 16;
  for (const s of spec.series) {
    n += 10;
    if (s.labels) n += 1; // points.load('count'); the labels follow after the sync (pointLabelOperations)
  }
  return n;
}

function rangeOf(sheet: Excel.Worksheet, r: Rect): Excel.Range {
  return sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

function seriesChartType(s: ChartSeriesSpec): 'XYScatter' | 'XYScatterLines' | 'XYScatterLinesNoMarkers' {
  if (s.line && s.marker) return 'XYScatterLines';
  if (s.line) return 'XYScatterLinesNoMarkers';
  return 'XYScatter';
}

/** A labelled series whose points' count was queued for loading; label it after the next sync. */
export interface PendingLabels {
  readonly series: Excel.ChartSeries;
  readonly sheetName: string;
  readonly labels: Rect;
}

/**
 * Queues one scatter chart. The chart is created from the first series' y
 * column (one column → exactly one auto series, which we then take over);
 * further series are added by name. Each series gets explicit x and y ranges
 * (setXAxisValues / setValues, ExcelApi 1.7), so the plan decides what is
 * plotted, not Excel's guessing from a block. Returns the labelled series, whose
 * points.count is queued: call applyPointLabels on them after the next context.sync().
 */
export function applyChart(sheet: Excel.Worksheet, sheetName: string, spec: ChartSpec): PendingLabels[] {
  const pending: PendingLabels[] = [];
  if (spec.series.length === 0) return pending;
  const chart = sheet.charts.add('XYScatter', rangeOf(sheet, spec.series[0].y), 'Columns');
  chart.title.text = spec.title;
  chart.legend.position = 'Bottom';
  // In a scatter chart the "category" axis is the horizontal value axis.
  const xAxis = chart.axes.categoryAxis;
  const yAxis = chart.axes.valueAxis;
  xAxis.title.text = spec.xTitle;
  yAxis.title.text = spec.yTitle;
  if (spec.xMin !== undefined) xAxis.minimum = spec.xMin;
  if (spec.xMax !== undefined) xAxis.maximum = spec.xMax;
  if (spec.yMin !== undefined) yAxis.minimum = spec.yMin;
  if (spec.yMax !== undefined) yAxis.maximum = spec.yMax;
  const a = spec.anchor;
  chart.setPosition(
    sheet.getRangeByIndexes(a.row, a.col, 1, 1),
    sheet.getRangeByIndexes(a.row + Math.max(a.rows, 1) - 1, a.col + Math.max(a.cols, 1) - 1, 1, 1),
  );

  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setXAxisValues(rangeOf(sheet, s.x));
    series.setValues(rangeOf(sheet, s.y));
    series.chartType = seriesChartType(s);
    if (s.marker) {
      series.markerStyle = 'Circle';
      series.markerSize = 7;
      if (s.color) {
        series.markerBackgroundColor = s.color;
        series.markerForegroundColor = s.color;
      }
    } else {
      series.markerStyle = 'None';
    }
    if (s.line && s.color) series.format.line.color = s.color;
    if (s.labels) {
      series.points.load('count');
      pending.push({ series, sheetName, labels: s.labels });
    }
  });
  return pending;
}

/** Queued operations applyPointLabels issues (for the request-size estimate). */
export function pointLabelOperations(p: PendingLabels): number {
  return 2 * Math.min(p.labels.rows, MAX_LABELLED_POINTS);
}

/** Labels points 0..n-1 of a series whose points.count was loaded and synced (n never past the count or the cap). */
export function applyPointLabels(p: PendingLabels): void {
  const count = Math.min(p.series.points.count, p.labels.rows, MAX_LABELLED_POINTS);
  for (let i = 0; i < count; i++) {
    const point = p.series.points.getItemAt(i);
    point.hasDataLabel = true;
    // Position left at Excel's default, right of the marker for a scatter chart.
    point.dataLabel.formula = `=${absoluteRef(p.sheetName, p.labels.row + i, p.labels.col, 1, 1)}`;
  }
}
