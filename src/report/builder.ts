import type { CellStyle, ChartSpec, PlanValue, Rect, SheetPlan, StyledRect, ValueBlock } from './plan';
import { HEADER_FILL, TEXT_COLOR } from './palette';
import { LINE_HEIGHT } from './fit';

export const HEADER_STYLE: CellStyle = { fill: HEADER_FILL, fontColor: TEXT_COLOR, bold: true, border: true, vAlign: 'center' };
export const TITLE_STYLE: CellStyle = { bold: true };

export function rect(row: number, col: number, rows: number, cols: number): Rect {
  return { row, col, rows, cols };
}

/** Collects one sheet's blocks and styles; drops empty ones so shells never see a zero-size range. */
export class PlanBuilder {
  private readonly blocks: ValueBlock[] = [];
  private readonly styles: StyledRect[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly widths: Record<number, number> = {};
  private readonly heights: Record<number, number> = {};

  block(row: number, col: number, values: readonly (readonly PlanValue[])[], userText = false): this {
    if (values.length && values[0].length) this.blocks.push(userText ? { row, col, values, userText: true } : { row, col, values });
    return this;
  }

  style(r: Rect, style: CellStyle): this {
    if (r.rows > 0 && r.cols > 0) this.styles.push({ rect: r, style });
    return this;
  }

  /** A header row of labels, styled as one rectangle. */
  header(row: number, col: number, labels: readonly string[]): this {
    this.block(row, col, [labels]);
    return this.style(rect(row, col, 1, labels.length), HEADER_STYLE);
  }

  chart(c: ChartSpec): this {
    this.charts.push(c);
    return this;
  }

  width(col: number, chars: number): this {
    this.widths[col] = chars;
    return this;
  }

  /** Row height in points; only for rows whose wrapped text needs more than one line. */
  height(row: number, points: number): this {
    if (points > LINE_HEIGHT) this.heights[row] = points;
    return this;
  }

  widthsFrom(col: number, chars: readonly number[]): this {
    chars.forEach((w, i) => this.width(col + i, w));
    return this;
  }

  build(key: string, name: string, freezeRows?: number): SheetPlan {
    const base: SheetPlan = { key, name, blocks: this.blocks, styles: this.styles, columnWidths: this.widths, charts: this.charts };
    const plan = Object.keys(this.heights).length ? { ...base, rowHeights: this.heights } : base;
    return freezeRows ? { ...plan, freezeRows } : plan;
  }
}

/** Column j of a row-major table. */
export function columnOf<T>(rows: readonly (readonly T[])[], from: number, to = from + 1): T[][] {
  return rows.map((r) => r.slice(from, to));
}
