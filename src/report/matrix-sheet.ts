import { format, Catalogue } from '../i18n';
import { gridPosition, QuadrantModel, Scale } from '../model';
import { naturalCompare } from '../analysis';
import type { ChartSeriesSpec, PlanValue, SheetPlan } from './plan';
import { HEADER_STYLE, PlanBuilder, rect, TITLE_STYLE } from './builder';
import { SERIES_COLOR, TEXT_COLOR } from './palette';
import { fitWidth, fitWidthOf, NAME_WIDTH, rowHeight } from './fit';
import { sortedIfNeeded } from './sort';

/** Widest a quadrant column gets; longer supplier names wrap inside it. */
export const GRID_WIDTH = 40;

/** One supplier's point in a matrix. */
export interface MatrixPoint<Q extends string> {
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly quadrant: Q;
  /** Points with the same link (a supplier scored by both parties) sit next to each other and are joined on the chart. */
  readonly link?: string;
}

/** At most this many joining lines per chart (a series each); further pairs are still plotted as points. */
export const MAX_LINKED_SERIES = 50;

export interface MatrixSpec<Q extends string> {
  readonly key: string;
  readonly name: string;
  readonly title: string;
  readonly model: QuadrantModel<Q>;
  readonly quadrantNames: Readonly<Record<Q, string>>;
  readonly fills: Readonly<Record<Q, string>>;
  readonly xTitle: string;
  readonly yTitle: string;
  /** Labels of the low and high end of each axis ("Low"/"High", "Passive"/"Active"…). */
  readonly xEnds: readonly [string, string];
  readonly yEnds: readonly [string, string];
  readonly points: readonly MatrixPoint<Q>[];
  readonly scale: Scale;
  /** Extra line under the note (e.g. how two views are shown); none when undefined. */
  readonly viewsNote?: string;
}

/** Fixed positions, so tests and users find the same things in the same places. */
export const MATRIX_LAYOUT = {
  /** Under the title: which period is shown and where the split lies. */
  noteRow: 1,
  /** Row of the x-axis end labels; the grid starts on the row below. */
  axisRow: 2,
  gridRow: 3,
  yLabelCol: 0,
  /** Grid column 0 (x low) and 1 (x high). */
  gridCols: [1, 2] as const,
  dataCol: 4,
  dividerCol: 8,
  chartCol: 13,
} as const;

/**
 * A 2x2 grid drawn like the guide's figures (y up, x right). Each quadrant is one
 * block: its name on top, the names of its suppliers stacked below, one fill
 * rectangle over the whole quadrant. Both quadrants of a band get the height of
 * the fuller one so the grid stays rectangular. To the right: the chart data
 * (points plus the two split lines) and a scatter chart over it.
 */
export function matrixSheet<Q extends string>(spec: MatrixSpec<Q>, c: Catalogue): SheetPlan {
  const L = MATRIX_LAYOUT;
  const b = new PlanBuilder();
  b.block(0, 0, [[spec.title]]).style(rect(0, 0, 1, 1), TITLE_STYLE);

  // Quadrants per grid position [row][col]; row 0 is the top (y high), col 1 the right (x high).
  const cells: Q[][] = [[], []];
  for (const q of Object.values(spec.model.cells) as Q[]) {
    const pos = gridPosition(spec.model, q);
    cells[pos.row][pos.col] = q;
  }
  // Sorted once; each quadrant's list is a filter of it, so it keeps the same order.
  // Linked points sort by their link (the supplier's name), so a pair is two adjacent rows of the chart data.
  const pts = sortedIfNeeded(spec.points, (p, q) => naturalCompare(p.link ?? p.label, q.link ?? q.label) || naturalCompare(p.label, q.label));
  const names = (q: Q): string[] => pts.filter((p) => p.quadrant === q).map((p) => p.label);

  const xEnd = (i: 0 | 1): string => format(c.report.axisEnd, { axis: spec.xTitle, end: spec.xEnds[i] });
  const yEnd = (i: 0 | 1): string => format(c.report.axisEnd, { axis: spec.yTitle, end: spec.yEnds[i] });
  b.block(L.axisRow, L.gridCols[0], [[xEnd(0), xEnd(1)]]).style(rect(L.axisRow, L.gridCols[0], 1, 2), { ...HEADER_STYLE, hAlign: 'center' });

  // Quadrant columns grow with the longest name up to GRID_WIDTH; longer names wrap.
  const gridWidth = fitWidthOf(pts, (p) => p.label, [xEnd(0), xEnd(1), ...Object.values<string>(spec.quadrantNames)], 24, GRID_WIDTH);
  const yLabelWidth = fitWidth([yEnd(0), yEnd(1)], 16, 36);
  let row = L.gridRow;
  for (const gridRow of [0, 1] as const) {
    const quadrants = cells[gridRow];
    const lists = quadrants.map(names);
    const height = 1 + Math.max(lists[0].length, lists[1].length);
    // Grid row 0 is the top: y high.
    b.block(row, L.yLabelCol, [[yEnd(gridRow === 0 ? 1 : 0)]]).style(rect(row, L.yLabelCol, height, 1), { ...HEADER_STYLE, wrap: true, vAlign: 'top' });
    quadrants.forEach((q, i) => {
      const col = L.gridCols[i];
      const values: PlanValue[][] = [[spec.quadrantNames[q]], ...lists[i].map((n) => [n])];
      b.block(row, col, values, true);
      b.style(rect(row, col, height, 1), { fill: spec.fills[q], fontColor: TEXT_COLOR, border: true, vAlign: 'top', wrap: true });
      b.style(rect(row, col, 1, 1), { bold: true });
    });
    for (let k = 0; k < height; k++) {
      const texts = [k === 0 ? yEnd(gridRow === 0 ? 1 : 0) : '', ...quadrants.map((q, i) => (k === 0 ? spec.quadrantNames[q] : (lists[i][k - 1] ?? '')))];
      b.height(row + k, rowHeight(texts.map((text, j) => ({ text, width: j === 0 ? yLabelWidth : gridWidth }))));
    }
    row += height;
  }
  const { min, max, split } = spec.scale;
  const num = (n: number): string => String(n).replace('.', c.report.decimalSeparator);
  b.block(L.noteRow, 0, [[format(c.report.matrixNote, { min: num(min), max: num(max), split: num(split) })]]).style(rect(L.noteRow, 0, 1, 1), { italic: true });

  // Chart data: points, then the split lines spanning the scale.
  const h = c.report.columns;
  const first = L.gridRow + 1;
  b.block(L.axisRow, L.dataCol, [[c.report.titles.chartData]]).style(rect(L.axisRow, L.dataCol, 1, 1), TITLE_STYLE);
  b.header(L.gridRow, L.dataCol, [h.supplier, spec.xTitle, spec.yTitle]);
  b.block(first, L.dataCol, pts.map((p) => [p.label]), true);
  b.block(first, L.dataCol + 1, pts.map((p) => [p.x, p.y]));
  b.header(L.gridRow, L.dividerCol, [h.verticalSplitX, h.verticalSplitY, h.horizontalSplitX, h.horizontalSplitY]);
  b.block(first, L.dividerCol, [
    [split, min, min, split],
    [split, max, max, split],
  ]);

  if (spec.viewsNote) b.block(L.axisRow, L.dividerCol, [[spec.viewsNote]]).style(rect(L.axisRow, L.dividerCol, 1, 1), { italic: true });
  if (pts.length) {
    const col = (j: number, n: number) => rect(first, j, n, 1);
    const links: ChartSeriesSpec[] = [];
    for (let i = 0; i + 1 < pts.length && links.length < MAX_LINKED_SERIES; i++) {
      const link = pts[i].link;
      if (link === undefined || pts[i + 1].link !== link) continue;
      const pair = (j: number) => rect(first + i, j, 2, 1);
      links.push({ name: format(c.method.linkSeries, { supplier: link }), x: pair(L.dataCol + 1), y: pair(L.dataCol + 2), line: true, marker: false, color: SERIES_COLOR.link });
      i++;
    }
    const divider = (name: string, j: number): ChartSeriesSpec => ({ name, x: col(j, 2), y: col(j + 1, 2), line: true, marker: false, color: SERIES_COLOR.divider });
    b.chart({
      kind: 'scatter',
      title: spec.title,
      xTitle: spec.xTitle,
      yTitle: spec.yTitle,
      xMin: min,
      xMax: max,
      yMin: min,
      yMax: max,
      anchor: rect(L.gridRow, L.chartCol, 20, 8),
      series: [
        { name: c.report.series.suppliers, x: col(L.dataCol + 1, pts.length), y: col(L.dataCol + 2, pts.length), labels: col(L.dataCol, pts.length), line: false, marker: true, color: SERIES_COLOR.points },
        divider(c.report.series.verticalSplit, L.dividerCol),
        divider(c.report.series.horizontalSplit, L.dividerCol + 2),
        ...links,
      ],
    });
  }
  const headerWidth = (label: string): number => fitWidth([label], 8, 28);
  b.widthsFrom(0, [yLabelWidth, gridWidth, gridWidth, 3]);
  b.widthsFrom(L.dataCol, [fitWidthOf(pts, (p) => p.label, [h.supplier], 16, NAME_WIDTH), headerWidth(spec.xTitle), headerWidth(spec.yTitle), 3]);
  b.widthsFrom(L.dividerCol, [h.verticalSplitX, h.verticalSplitY, h.horizontalSplitX, h.horizontalSplitY].map(headerWidth));
  return b.build(spec.key, spec.name);
}
