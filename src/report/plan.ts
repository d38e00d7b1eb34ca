/**
 * Sheet plans: plain data describing an output sheet. Both shells (Office.js and
 * .xlsx) apply the same plan, so all layout decisions live in report/ and the
 * shells only translate. Coordinates are zero-based (row 0, col 0 = A1).
 */
export type PlanValue = string | number | boolean | null;

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** A rectangle of values written in one go. */
export interface ValueBlock {
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly PlanValue[])[];
  /**
   * True when the block holds user-typed text (supplier names, descriptions):
   * shells must write it so Excel never evaluates it (text number format, and a
   * leading apostrophe where the API would still parse =, +, -, @).
   */
  readonly userText?: boolean;
}

export interface CellStyle {
  /** Fill colour as #RRGGBB. */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly wrap?: boolean;
  readonly hAlign?: 'left' | 'center' | 'right';
  readonly vAlign?: 'top' | 'center' | 'bottom';
  /** Excel number format, e.g. "0.00", "yyyy-mm-dd", "@". */
  readonly numberFormat?: string;
  readonly border?: boolean;
}

/** Style applied to a whole rectangle (a quadrant, a header row), never per cell. */
export interface StyledRect {
  readonly rect: Rect;
  readonly style: CellStyle;
}

export interface ChartSeriesSpec {
  readonly name: string;
  /** Ranges on the same sheet, one column each, same length. */
  readonly x: Rect;
  readonly y: Rect;
  /** Optional column of point labels (supplier names) next to the data. */
  readonly labels?: Rect;
  /** Lines for dividers and bounds; markers only for data points. */
  readonly line: boolean;
  readonly marker: boolean;
  readonly color?: string;
}

export interface ChartSpec {
  readonly kind: 'scatter';
  readonly title: string;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly xMin?: number;
  readonly xMax?: number;
  readonly yMin?: number;
  readonly yMax?: number;
  /** Where the chart sits, in cells. */
  readonly anchor: Rect;
  readonly series: readonly ChartSeriesSpec[];
}

/** An Excel table (ListObject) over `rect`; the rectangle's first row is the header. */
export interface TableSpec {
  /** Table name: letters, digits and underscores, unique in the workbook (the shell makes it unique). */
  readonly name: string;
  readonly rect: Rect;
  /** Built-in table style, e.g. "TableStyleMedium2"; the shell's default when absent. */
  readonly style?: string;
}

/** Messages a data-validation rule shows (in the plan's language). */
interface ValidationTexts {
  /** Input message shown when a cell of the rule is selected. */
  readonly prompt?: string;
  /** Error message shown when a value breaks the rule. */
  readonly error?: string;
}

/**
 * Data validation on a rectangle: a drop-down list, a number range or a date. Lists are
 * given as items (each without commas); shells write them inline, within Excel's
 * 255-character limit for an inline list.
 */
export type ValidationSpec =
  | (ValidationTexts & { readonly kind: 'list'; readonly rect: Rect; readonly items: readonly string[] })
  | (ValidationTexts & { readonly kind: 'whole' | 'decimal'; readonly rect: Rect; readonly min: number; readonly max: number })
  | (ValidationTexts & { readonly kind: 'date'; readonly rect: Rect });

/** A note (comment) on one cell, e.g. a questionnaire item's full text on its header cell. */
export interface NoteSpec {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export interface SheetPlan {
  /** Stable, language-independent identity of the sheet ("rmo.results"); how the add-in recognises its own sheets. */
  readonly key: string;
  /** Display name in the chosen language, at most 31 characters, no []:*?/\ . */
  readonly name: string;
  readonly blocks: readonly ValueBlock[];
  readonly styles: readonly StyledRect[];
  /** Column widths in characters, by zero-based column index. */
  readonly columnWidths: Readonly<Record<number, number>>;
  /**
   * Row heights in points, by zero-based row index, for rows of wrapped text. Live
   * Excel fits wrapped rows itself; a saved .xlsx does not (its rows keep the
   * default height and wrapped text overlaps), so the file shell applies these.
   */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly charts: readonly ChartSpec[];
  /** Rows to freeze at the top (header). */
  readonly freezeRows?: number;
  /** Excel tables on the sheet (input templates, questionnaires); none on most output sheets. */
  readonly tables?: readonly TableSpec[];
  readonly validations?: readonly ValidationSpec[];
  readonly notes?: readonly NoteSpec[];
  /**
   * True for a sheet written once for the user to fill in (example or empty input
   * tables, a questionnaire): it is never marked as ours, so no later run replaces or
   * deletes it; a name clash gives it a new name like any of our sheets.
   */
  readonly userSheet?: boolean;
}

/**
 * Longest user text a shell gives the Text number format "@": Excel shows "####" in a
 * Text-formatted cell holding more than 255 characters, so longer text keeps General
 * (and is protected by the shell's other text mechanism). Both shells follow it.
 */
export const TEXT_FORMAT_MAX_CHARS = 255;
