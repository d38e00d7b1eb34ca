import type { CellStyle, Rect } from '../report/plan';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

/** Queued operations applyStyle issues for one rectangle (for the request-size estimate); the number format is written apart. */
export function styleOperationCount(style: CellStyle): number {
  let n = 0;
  for (const [k, v] of Object.entries(style)) if (v !== undefined && k !== 'numberFormat') n++;
  return n + (style.border ? 6 : 0) + (style.wrap ? 1 : 0);
}

/**
 * A rows × cols array of one value. Range.numberFormat (like values and formulas) is typed
 * any[][] in the reference, and the sentence that a single value applies to every cell was
 * removed from it, so a uniform format is written as a full 2-D array
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member).
 */
export function uniformGrid<T>(rows: number, cols: number, value: T): T[][] {
  const row = Array.from({ length: cols }, () => value);
  return Array.from({ length: rows }, () => row.slice());
}

/** Applies one StyledRect with a handful of range-level operations, never per cell (its number format: see apply.ts). */
export function applyStyle(sheet: Excel.Worksheet, rect: Rect, style: CellStyle): void {
  if (rect.rows <= 0 || rect.cols <= 0) return;
  const range = sheet.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols);
  // `format` is a navigation property (a proxy to write through), not a value to load.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const format = range.format;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  // Rows written through the API keep their height; let Excel fit them to the wrapped text.
  if (style.wrap) format.autofitRows();
  if (style.hAlign !== undefined) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign !== undefined) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.border) {
    // String literals, not Excel.BorderIndex: the enums exist only inside Office at run time.
    const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical')[] = [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
    ];
    // Inside edges only exist when there is more than one row/column.
    if (rect.rows > 1) edges.push('InsideHorizontal');
    if (rect.cols > 1) edges.push('InsideVertical');
    for (const edge of edges) format.borders.getItem(edge).style = 'Continuous';
  }
}

/** Column width in points from a width in characters (Calibri 11: ~7 px per character plus 5 px padding; 1 px = 0.75 pt). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
