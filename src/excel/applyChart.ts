import type { ChartSeriesSpec, ChartSpec, Rect } from '../report/plan';
import { absoluteRef } from './address';

/**
 * Point labels are written one data label per point (ChartDataLabel.formula,
 * ExcelApi 1.8, pointing at the supplier's name cell so a rename in the sheet
 * updates the chart). Every label is one queued operation in the same request,
 * so syncs stay fixed; the cap keeps the request small and the chart readable
 * (beyond a few hundred points labels overlap into noise anyway).
 */
export const MAX_LABELLED_POINTS = 300;

/** Queued operations for one chart (for the request-size estimate). */
export function chartOperationCount(spec: ChartSpec): number {
  let n = 16;
  for (const s of spec.series) {
    n += 10;
    if (s.labels) n += 3 + Math.min(s.labels.rows, MAX_LABELLED_POINTS);
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

/**
 * Queues one scatter chart. The chart is created from the first series' y
 * column (one column → exactly one auto series, which we then take over);
 * further series are added by name. Each series gets explicit x and y ranges
 * (setXAxisValues / setValues, ExcelApi 1.7), so the plan decides what is
 * plotted, not Excel's guessing from a block.
 */
export function applyChart(sheet: Excel.Worksheet, sheetName: string, spec: ChartSpec): void {
  if (spec.series.length === 0) return;
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
      series.hasDataLabels = true;
      series.dataLabels.showValue = false;
      series.dataLabels.position = 'Right';
      const count = Math.min(s.labels.rows, MAX_LABELLED_POINTS);
      for (let p = 0; p < count; p++) {
        series.points.getItemAt(p).dataLabel.formula = `=${absoluteRef(sheetName, s.labels.row + p, s.labels.col, 1, 1)}`;
      }
    }
  });
}
