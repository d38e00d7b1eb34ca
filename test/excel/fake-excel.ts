/**
 * A recording fake of the part of the Office.js Excel object model the shell
 * uses. Like the real thing it is a proxy model: calls and property sets are
 * queued and only take effect at context.sync(); a property read before it was
 * loaded *and* synced throws, which catches missing load() calls. It counts
 * syncs and records the JSON size of every request (the operations queued since
 * the previous sync), so tests can check round trips and the 5 MB limit.
 *
 * Excel behaviour modelled because the shell depends on it, as strictly as real Excel:
 *  - Excel on the web's 5 MB limits: a request (everything queued since the last sync,
 *    as UTF-8 JSON) above `payloadLimit` is refused whole with RequestPayloadSizeLimitExceeded;
 *    a response (everything loaded) above it fails with ResponsePayloadSizeLimitExceeded;
 *  - values, numberFormat, formulas and valuesAsJson are 2-D arrays of exactly the
 *    range's size (the reference types them any[][]; a scalar is refused);
 *  - a property read before load() and sync throws PropertyNotLoaded;
 *  - a string written to `values` starting with "'" is stored as text without
 *    the apostrophe (quote-prefix); starting with "=" it becomes a formula unless
 *    the cell's number format is "@"; a StringCellValue through valuesAsJson is text;
 *  - a formula "='Sheet'!B2" follows its sheet through renames and reads #REF! once
 *    that sheet is deleted (so tests can tell in-place rewriting from delete-and-recreate);
 *  - sheet names are unique case-insensitively, at most 31 characters;
 *  - the last worksheet cannot be deleted;
 *  - workbook-level defined names (workbook.names) are unique case-insensitively
 *    and keep referring to their sheet through renames; once that sheet is deleted
 *    they read as #REF! (type "Error"); a name on one cell whose row the user deletes
 *    reads "='Sheet'!#REF!", a name on the whole sheet survives row and column deletes;
 *  - tables (Worksheet.tables.add): names unique case-insensitively among tables and
 *    defined names, letters/digits/underscores/periods, not a cell reference; a table
 *    may not overlap another; data validation, notes and the selection are recorded.
 */
import { columnLetter } from '../../src/input/columns';

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface CellModel {
  value: string | number | boolean;
  /** Set when Excel would have parsed the written text as a formula. */
  formula?: string;
  /** For a formula that is a single-cell reference to a sheet: what it points at (by sheet id). */
  ref?: { sheetId: string; row: number; col: number };
  numberFormat?: string;
  quotePrefix?: boolean;
}

export interface FormatModel {
  rect: Rect;
  path: string;
  value: unknown;
}

export interface ChartModel {
  type: string;
  source: string;
  ops: { path: string; value?: unknown; args?: unknown[] }[];
  /** Loaded ChartPointsCollection.count per series path ("series.getItemAt(0)"). */
  pointCounts?: Map<string, number>;
}

/** Points of a series: the rows of the range last given to its setValues (else of the chart's source). */
function pointCount(chart: ChartModel, seriesPath: string): number {
  const set = [...chart.ops].reverse().find((o) => o.path === `${seriesPath}.setValues` && o.args);
  const address = set ? String(set.args![0]) : chart.source;
  const m = /!\$?[A-Z]+\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?$/.exec(address);
  if (!m) return 0;
  return m[2] ? Number(m[2]) - Number(m[1]) + 1 : 1;
}

export interface SheetModel {
  id: string;
  name: string;
  customProperties: Map<string, { key: string; value: string }>;
  cells: Map<number, CellModel>;
  formats: FormatModel[];
  columnWidths: Map<number, number>;
  freezeRows: number;
  charts: ChartModel[];
  /** Range.dataValidation settings, in the order set. */
  validations?: ValidationModel[];
  /** Worksheet.notes, by A1 address. */
  notes?: Map<string, string>;
  /** Worksheet.comments (threaded), by A1 address. */
  comments?: Map<string, string>;
}

export interface ValidationModel {
  rect: Rect;
  rule?: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

export interface NameModel {
  name: string;
  /** The sheet referred to; when it is no longer in the workbook the name reads as #REF!. */
  sheet: SheetModel;
  /** Absolute address within the sheet, e.g. "$A$1", "$1:$1048576" (whole sheet), or "#REF!" once its cells were deleted. */
  address: string;
}

export interface TableModel {
  name: string;
  sheetId: string;
  rect: Rect;
  style?: string;
}

export interface LoggedOp {
  kind: string;
  sheet?: string;
  address?: string;
  path?: string;
  value?: unknown;
}

export interface RequestRecord {
  /** UTF-8 bytes of the request's JSON. */
  bytes: number;
  ops: number;
  /** UTF-8 JSON bytes of everything this request loaded. */
  responseBytes: number;
  /** The payload error Excel on the web would have answered, if any. */
  error?: 'RequestPayloadSizeLimitExceeded' | 'ResponsePayloadSizeLimitExceeded';
}

/** Excel on the web's limit per request and per response. */
export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

const UTF8 = new TextEncoder();

/** UTF-8 size of a value's JSON, measured independently of src/excel/payload.ts. */
export function utf8Json(value: unknown): number {
  // TextEncoder, not Buffer: the browser harness (test/taskpane/harness.tsx) runs this fake in Chromium too.
  return UTF8.encode(JSON.stringify(value ?? null)).length;
}

/** An error shaped like OfficeExtension.Error (name, code, message). */
export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { name: 'RichApi.Error', code });
}

const COL_SPAN = 20000; // > MAX_COLS
const cellKey = (row: number, col: number) => row * COL_SPAN + col;

function quoteIfNeeded(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function rectAddress(sheet: string, r: Rect): string {
  const a = `${columnLetter(r.col + 1)}${r.row + 1}`;
  const b = `${columnLetter(r.col + r.cols)}${r.row + r.rows}`;
  return `${quoteIfNeeded(sheet)}!${r.rows === 1 && r.cols === 1 ? a : `${a}:${b}`}`;
}

function parseLocal(address: string): Rect {
  const rowsOnly = /^(\d+):(\d+)$/.exec(address.replace(/\$/g, ''));
  if (rowsOnly) return { row: Number(rowsOnly[1]) - 1, col: 0, rows: Number(rowsOnly[2]) - Number(rowsOnly[1]) + 1, cols: MAX_COLS };
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address.replace(/\$/g, ''));
  if (!m) throw new Error(`fake: unsupported address ${address}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  if (!m[3]) return { row, col, rows: 1, cols: 1 };
  const col2 = [...m[3]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row, col, rows: Number(m[4]) - row, cols: col2 - col + 1 };
}

class NotLoaded extends Error {
  readonly code = 'PropertyNotLoaded';
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and context.sync()`);
  }
}

/** Absolute local address of a rectangle: "$A$1", "$B$2:$C$9", or "$1:$1048576" for whole rows. */
function absoluteLocal(r: Rect): string {
  if (r.col === 0 && r.cols === MAX_COLS) return `$${r.row + 1}:$${r.row + r.rows}`;
  const a = `$${columnLetter(r.col + 1)}$${r.row + 1}`;
  return r.rows === 1 && r.cols === 1 ? a : `${a}:$${columnLetter(r.col + r.cols)}$${r.row + r.rows}`;
}

/** Holds loaded property values; reading an unloaded one throws. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new NotLoaded(`${this.constructor.name}.${prop}`);
    return this.loaded.get(prop) as T;
  }
  /** Called by the fake at sync. */
  setLoaded(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }
}

function splitProps(spec: string | string[] | undefined, prefix = ''): string[] {
  const list = Array.isArray(spec) ? spec : (spec ?? '').split(',');
  return list.map((p) => p.trim()).filter((p) => p.length > 0).map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p));
}

export class FakeExcel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly settings = new Map<string, unknown>();
  /** Workbook-level defined names. */
  readonly names: NameModel[] = [];
  activeSheetId?: string;
  /** What Range.select() last selected. */
  selection?: { sheetId: string; rect: Rect };
  syncCount = 0;
  /** Bytes allowed per request and per response (Excel on the web: 5 MB). */
  payloadLimit = FAKE_PAYLOAD_LIMIT;
  /**
   * Cells per get: "a range is limited to five million cells for get operations … In some
   * cases, Range.values returns null instead" (Excel performance docs); the fake always does.
   */
  maxGetCells = 5_000_000;
  readonly requests: RequestRecord[] = [];
  /** Every queued operation, in order (for assertions on what the shell sent). */
  readonly log: LoggedOp[] = [];
  private queue: { run: () => void; bytes: number }[] = [];
  private nextId = 1;

  readonly context: Excel.RequestContext;

  constructor() {
    const workbook = {
      get worksheets() {
        return new FakeWorksheetCollection(fake);
      },
      get tables() {
        return new FakeTableCollection(fake);
      },
      get settings() {
        return new FakeSettings(fake);
      },
      get names() {
        return new FakeNamedItemCollection(fake);
      },
    };
    const fake = this;
    this.context = { workbook, sync: () => this.sync() } as unknown as Excel.RequestContext;
  }

  // ---- building the workbook the test starts from ----

  addSheet(name: string, cells: Record<string, string | number | boolean> = {}): SheetModel {
    const sheet: SheetModel = {
      id: `{sheet-${this.nextId++}}`,
      name,
      customProperties: new Map(),
      cells: new Map(),
      formats: [],
      columnWidths: new Map(),
      freezeRows: 0,
      charts: [],
    };
    for (const [addr, value] of Object.entries(cells)) {
      const r = parseLocal(addr);
      sheet.cells.set(cellKey(r.row, r.col), { value });
    }
    this.sheets.push(sheet);
    return sheet;
  }

  /** Writes a block of values at zero-based row/col (test setup, no sync). */
  putValues(sheet: SheetModel, row: number, col: number, values: (string | number | boolean)[][], numberFormat?: string): void {
    values.forEach((r, i) =>
      r.forEach((v, j) => sheet.cells.set(cellKey(row + i, col + j), numberFormat ? { value: v, numberFormat } : { value: v })),
    );
  }

  /** A workbook-level defined name referring to `address` on `sheet` (test setup, no sync). */
  addName(name: string, sheet: SheetModel, address = '$A$1'): NameModel {
    const model = { name, sheet, address };
    this.names.push(model);
    return model;
  }

  /** "='Bob''s'!$A$1" or "Results!$A$1" → the sheet model and "$A$1" (single cells only). */
  resolveReference(reference: string): { sheet: SheetModel; address: string } {
    const m = /^=?(?:'((?:[^']|'')+)'|([^!']+))!(\$?[A-Z]+\$?\d+|\$?\d+:\$?\d+)$/.exec(reference);
    const sheet = m ? this.sheet(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]) : undefined;
    if (!m || !sheet) throw new Error(`fake: unsupported reference ${reference}`);
    return { sheet, address: m[3] };
  }

  /**
   * A user's formula on `sheet` at zero-based row/col (test setup): "='RMO Results'!B2"
   * keeps pointing at that sheet's cell by identity, like Excel.
   */
  putFormula(sheet: SheetModel, row: number, col: number, formula: string): void {
    sheet.cells.set(cellKey(row, col), this.formulaCell(formula));
  }

  private formulaCell(formula: string): CellModel {
    const m = /^=(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!\$?([A-Z]+)\$?(\d+)$/.exec(formula);
    const target = m ? this.sheet(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]) : undefined;
    if (!m || !target) return { value: 0, formula };
    const { row, col } = parseLocal(`${m[3]}${m[4]}`);
    return { value: 0, formula, ref: { sheetId: target.id, row, col } };
  }

  /** What a cell shows: its value, a reference followed to its target, #REF! once the target sheet is gone. */
  displayed(sheet: SheetModel, row: number, col: number): string | number | boolean {
    return this.cellValue(sheet.cells.get(cellKey(row, col)));
  }

  private cellValue(cell: CellModel | undefined, depth = 0): string | number | boolean {
    if (!cell) return '';
    if (!cell.ref) return cell.value;
    const target = this.sheets.find((s) => s.id === cell.ref!.sheetId);
    if (!target) return '#REF!';
    if (depth > 50) return '#REF!';
    const v = this.cellValue(target.cells.get(cellKey(cell.ref.row, cell.ref.col)), depth + 1);
    return v === '' ? 0 : v;
  }

  /** A cell's formula as Excel would show it now (the target sheet's current name, or #REF!). */
  formulaText(cell: CellModel): string | undefined {
    if (!cell.ref) return cell.formula;
    const target = this.sheets.find((s) => s.id === cell.ref!.sheetId);
    const local = `${columnLetter(cell.ref.col + 1)}${cell.ref.row + 1}`;
    return target ? `=${quoteIfNeeded(target.name)}!${local}` : `=#REF!${local}`;
  }

  /**
   * The user deletes `count` whole rows from `row` (zero-based; test setup): cells below
   * move up; names on a deleted single cell turn into #REF! within their sheet; names on
   * whole rows (the whole sheet) keep their reference, as Excel keeps full-sheet references.
   */
  deleteRows(sheet: SheetModel, row: number, count: number): void {
    const moved = new Map<number, CellModel>();
    for (const [key, cell] of sheet.cells) {
      const r = Math.floor(key / COL_SPAN);
      const c = key % COL_SPAN;
      if (r < row) moved.set(key, cell);
      else if (r >= row + count) moved.set(cellKey(r - count, c), cell);
    }
    sheet.cells = moved;
    for (const n of this.names) {
      if (n.sheet !== sheet || n.address === '#REF!') continue;
      const r = parseLocal(n.address);
      if (r.col === 0 && r.cols === MAX_COLS && r.row === 0 && r.rows === MAX_ROWS) continue;
      if (r.row >= row && r.row + r.rows <= row + count) n.address = '#REF!';
      else if (r.row >= row + count) n.address = absoluteLocal({ ...r, row: r.row - count });
    }
  }

  /** The user deletes `count` whole columns from `col` (zero-based; test setup), like deleteRows. */
  deleteColumns(sheet: SheetModel, col: number, count: number): void {
    const moved = new Map<number, CellModel>();
    for (const [key, cell] of sheet.cells) {
      const r = Math.floor(key / COL_SPAN);
      const c = key % COL_SPAN;
      if (c < col) moved.set(key, cell);
      else if (c >= col + count) moved.set(cellKey(r, c - count), cell);
    }
    sheet.cells = moved;
    for (const n of this.names) {
      if (n.sheet !== sheet || n.address === '#REF!') continue;
      const r = parseLocal(n.address);
      if (r.col === 0 && r.cols === MAX_COLS) continue; // whole rows: unaffected by column deletes
      if (r.col >= col && r.col + r.cols <= col + count) n.address = '#REF!';
      else if (r.col >= col + count) n.address = absoluteLocal({ ...r, col: r.col - count });
    }
  }

  /** The defined name, compared case-insensitively as Excel does. */
  name(name: string): NameModel | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  /** What Excel shows for a name: its type, value and formula (#REF! once its sheet is gone). */
  nameState(n: NameModel): { type: string; value: string; formula: string } {
    if (!this.sheets.includes(n.sheet)) return { type: 'Error', value: '#REF!', formula: `=#REF!${n.address}` };
    if (n.address === '#REF!') return { type: 'Error', value: '#REF!', formula: `=${quoteIfNeeded(n.sheet.name)}!#REF!` };
    const value = `${quoteIfNeeded(n.sheet.name)}!${n.address}`;
    return { type: 'Range', value, formula: `=${value}` };
  }

  addTable(name: string, sheet: SheetModel, rect: Rect): void {
    this.tables.push({ name, sheetId: sheet.id, rect });
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  cell(sheet: SheetModel, row: number, col: number): CellModel | undefined {
    return sheet.cells.get(cellKey(row, col));
  }

  /** Plain, comparable copy of a sheet. */
  snapshot(sheet: SheetModel): unknown {
    return JSON.parse(
      JSON.stringify({
        ...sheet,
        customProperties: [...sheet.customProperties.values()],
        cells: [...sheet.cells.entries()].sort((a, b) => a[0] - b[0]),
        columnWidths: [...sheet.columnWidths.entries()],
      }),
    );
  }

  get largestRequest(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.bytes), 0);
  }

  get totalBytes(): number {
    return this.requests.reduce((s, r) => s + r.bytes, 0);
  }

  /** Excel's rules for a table name (see the header comment); throws like Excel does. */
  checkTableName(name: string, except?: TableModel): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) {
      throw new Error(`fake: invalid table name "${name}"`);
    }
    const lower = name.toLowerCase();
    if (this.tables.some((t) => t !== except && t.name.toLowerCase() === lower) || this.name(name)) {
      throw new Error(`fake: the name "${name}" is already used`);
    }
  }

  /** The table whose rectangle holds the zero-based cell, if any. */
  tableAt(sheet: SheetModel, row: number, col: number): TableModel | undefined {
    return this.tables.find(
      (t) => t.sheetId === sheet.id && row >= t.rect.row && row < t.rect.row + t.rect.rows && col >= t.rect.col && col < t.rect.col + t.rect.cols,
    );
  }

  // ---- proxy machinery ----

  enqueue(op: LoggedOp, payload: unknown, run: () => void): void {
    this.log.push(op);
    const bytes = utf8Json({ k: op.kind, a: op.address ?? op.sheet, p: op.path, v: payload ?? null });
    this.queue.push({ run, bytes });
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.syncCount++;
    const record: RequestRecord = { bytes: batch.reduce((s, o) => s + o.bytes, 0), ops: batch.length, responseBytes: 0 };
    this.requests.push(record);
    if (record.bytes > this.payloadLimit) {
      // Refused before anything runs: none of the batch takes effect.
      record.error = 'RequestPayloadSizeLimitExceeded';
      throw officeError(record.error, `the request is ${record.bytes} bytes, more than ${this.payloadLimit}`);
    }
    this.current = record;
    const loads: (() => void)[] = [];
    this.pendingLoads = loads;
    try {
      for (const op of batch) op.run();
    } finally {
      this.current = undefined;
      this.pendingLoads = undefined;
    }
    if (record.responseBytes > this.payloadLimit) {
      // The writes ran, but no loaded value reaches the add-in.
      record.error = 'ResponsePayloadSizeLimitExceeded';
      throw officeError(record.error, `the response is ${record.responseBytes} bytes, more than ${this.payloadLimit}`);
    }
    for (const deliver of loads) deliver();
  }

  private pendingLoads?: (() => void)[];

  /** Hands a loaded value to its proxy once the response is known to fit (called inside a sync). */
  deliver(bytes: number, fn: () => void): void {
    this.addResponseBytes(bytes);
    if (this.pendingLoads) this.pendingLoads.push(fn);
    else fn();
  }

  private current?: RequestRecord;

  addResponseBytes(bytes: number): void {
    if (this.current) this.current.responseBytes += bytes;
  }

  /** Largest response that reached the add-in (a refused one never does). */
  get largestResponse(): number {
    return this.requests.reduce((m, r) => (r.error ? m : Math.max(m, r.responseBytes)), 0);
  }

  newSheetModel(name: string): SheetModel {
    this.checkName(name);
    const sheet = this.addSheet(name);
    return sheet;
  }

  checkName(name: string, except?: SheetModel): void {
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error(`fake: invalid sheet name "${name}"`);
    if (this.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`fake: a sheet named "${name}" already exists`);
    }
  }

  resolve(ref: SheetRef): SheetModel {
    if (!ref.model) throw new Error('fake: sheet used before it exists');
    if (!this.sheets.includes(ref.model)) throw new Error(`fake: sheet "${ref.model.name}" was deleted`);
    return ref.model;
  }

  /** Formats recorded on a sheet; clear() drops those inside the cleared rectangle. */
  clearRect(sheet: SheetModel, rect: Rect, applyTo: string): void {
    const inside = (row: number, col: number) =>
      row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
    for (const [key, cell] of [...sheet.cells]) {
      const row = Math.floor(key / COL_SPAN);
      const col = key % COL_SPAN;
      if (!inside(row, col)) continue;
      if (applyTo === 'Formats') {
        delete cell.numberFormat;
        if (cell.value === '' && cell.formula === undefined && !cell.quotePrefix) sheet.cells.delete(key);
      } else if (applyTo === 'Contents') {
        if (cell.numberFormat === undefined) sheet.cells.delete(key);
        else sheet.cells.set(key, { value: '', numberFormat: cell.numberFormat });
      } else sheet.cells.delete(key);
    }
    if (applyTo !== 'Contents') {
      const covers = (r: Rect) => r.row >= rect.row && r.col >= rect.col && r.row + r.rows <= rect.row + rect.rows && r.col + r.cols <= rect.col + rect.cols;
      sheet.formats = sheet.formats.filter((f) => !covers(f.rect));
    }
  }

  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | undefined {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [key, cell] of sheet.cells) {
      if (valuesOnly && cell.value === '' && cell.formula === undefined) continue;
      const row = Math.floor(key / COL_SPAN);
      const col = key % COL_SPAN;
      r0 = Math.min(r0, row);
      c0 = Math.min(c0, col);
      r1 = Math.max(r1, row);
      c1 = Math.max(c1, col);
    }
    return r1 < 0 ? undefined : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  /** Writes through Range.formulas: "=..." is a formula (references followed by identity), anything else a value. */
  writeFormulas(sheet: SheetModel, rect: Rect, formulas: unknown): void {
    this.forEachCell(rect, formulas, 'formulas', (row, col, f) => {
      const key = cellKey(row, col);
      const numberFormat = sheet.cells.get(key)?.numberFormat;
      if (typeof f === 'string' && f.startsWith('=')) {
        const cell = this.formulaCell(f);
        if (numberFormat !== undefined) cell.numberFormat = numberFormat;
        sheet.cells.set(key, cell);
      } else this.writeValues(sheet, { row, col, rows: 1, cols: 1 }, [[f]]);
    });
  }

  /** Writes through Range.valuesAsJson: a StringCellValue is text as given (no formula, no quote-prefix). */
  writeValuesAsJson(sheet: SheetModel, rect: Rect, values: unknown): void {
    this.forEachCell(rect, values, 'valuesAsJson', (row, col, v) => {
      const key = cellKey(row, col);
      const numberFormat = sheet.cells.get(key)?.numberFormat;
      const cv = v as { type?: string; basicValue?: unknown };
      if (!cv || typeof cv !== 'object' || typeof cv.type !== 'string') throw officeError('InvalidArgument', 'valuesAsJson needs CellValue objects');
      let cell: CellModel;
      if (cv.type === 'String' && typeof cv.basicValue === 'string') cell = { value: cv.basicValue };
      else if (cv.type === 'Double' && typeof cv.basicValue === 'number') cell = { value: cv.basicValue };
      else if (cv.type === 'Boolean' && typeof cv.basicValue === 'boolean') cell = { value: cv.basicValue };
      else if (cv.type === 'Empty') cell = { value: '' };
      else throw officeError('InvalidArgument', `fake: unsupported CellValue ${JSON.stringify(cv)}`);
      if (numberFormat !== undefined) cell.numberFormat = numberFormat;
      if (cell.value === '' && numberFormat === undefined) sheet.cells.delete(key);
      else sheet.cells.set(key, cell);
    });
  }

  writeValues(sheet: SheetModel, rect: Rect, values: unknown): void {
    this.forEachCell(rect, values, 'values', (row, col, v) => {
      const key = cellKey(row, col);
      const old = sheet.cells.get(key);
      const numberFormat = old?.numberFormat;
      if (v === null || v === undefined) return; // null leaves the cell as it is
      let cell: CellModel;
      if (typeof v === 'string' && v.startsWith("'")) cell = { value: v.slice(1), quotePrefix: true };
      else if (typeof v === 'string' && /^[=+-]./.test(v) && numberFormat !== '@' && Number.isNaN(Number(v))) {
        cell = v.startsWith('=') ? this.formulaCell(v) : { value: 0, formula: v };
      } else cell = { value: v as string | number | boolean };
      if (numberFormat !== undefined) cell.numberFormat = numberFormat;
      if (cell.value === '' && numberFormat === undefined && !cell.quotePrefix) sheet.cells.delete(key);
      else sheet.cells.set(key, cell);
    });
  }

  writeNumberFormat(sheet: SheetModel, rect: Rect, formats: unknown): void {
    this.forEachCell(rect, formats, 'numberFormat', (row, col, f) => {
      const key = cellKey(row, col);
      const cell = sheet.cells.get(key) ?? { value: '' };
      cell.numberFormat = String(f);
      sheet.cells.set(key, cell);
    });
  }

  /** Range.values / numberFormat / formulas / valuesAsJson are any[][] of exactly the range's size; nothing else is accepted. */
  private forEachCell(rect: Rect, data: unknown, what: string, fn: (row: number, col: number, v: unknown) => void): void {
    const rows = data as unknown[][];
    if (!Array.isArray(data) || rows.length !== rect.rows || rows.some((r) => !Array.isArray(r) || r.length !== rect.cols)) {
      throw officeError('InvalidArgument', `${what} must be a ${rect.rows}×${rect.cols} array`);
    }
    for (let i = 0; i < rect.rows; i++) {
      for (let j = 0; j < rect.cols; j++) fn(rect.row + i, rect.col + j, rows[i][j]);
    }
  }

  readGrid(sheet: SheetModel, rect: Rect): { values: unknown[][]; numberFormat: string[][] } {
    const values: unknown[][] = [];
    const numberFormat: string[][] = [];
    for (let i = 0; i < rect.rows; i++) {
      const vr: unknown[] = [];
      const fr: string[] = [];
      for (let j = 0; j < rect.cols; j++) {
        const cell = sheet.cells.get(cellKey(rect.row + i, rect.col + j));
        vr.push(this.cellValue(cell));
        fr.push(cell?.numberFormat ?? 'General');
      }
      values.push(vr);
      numberFormat.push(fr);
    }
    return { values, numberFormat };
  }
}

export interface SheetRef {
  model?: SheetModel;
  /** Name given to worksheets.add(), for addresses logged before the sheet exists. */
  name?: string;
}

class FakeWorksheetCollection extends Loadable {
  constructor(private readonly fake: FakeExcel) {
    super();
  }
  get items(): FakeWorksheet[] {
    return this.read('items');
  }
  load(spec?: string | string[]): this {
    const props = splitProps(spec, 'items/');
    this.fake.enqueue({ kind: 'load', path: 'worksheets', value: props }, props, () => {
      const items = this.fake.sheets.map((s) => {
        const ws = new FakeWorksheet(this.fake, { model: s });
        ws.loadNow(props);
        return ws;
      });
      this.fake.deliver(utf8Json(items.map((ws) => ws.loadedJson())), () => this.setLoaded('items', items));
    });
    return this;
  }
  /** Like Excel: found by name case-insensitively at sync; isNullObject tells whether it exists. */
  getItemOrNullObject(name: string): FakeWorksheet {
    const ref: SheetRef = { name };
    const ws = new FakeWorksheet(this.fake, ref);
    this.fake.enqueue({ kind: 'getSheet', sheet: name }, name, () => {
      ref.model = this.fake.sheet(name);
      ws.setLoaded('isNullObject', ref.model === undefined);
    });
    return ws;
  }
  add(name: string): FakeWorksheet {
    const ref: SheetRef = { name };
    this.fake.enqueue({ kind: 'addSheet', sheet: name }, name, () => {
      ref.model = this.fake.newSheetModel(name);
    });
    return new FakeWorksheet(this.fake, ref);
  }
}

export class FakeWorksheet extends Loadable {
  constructor(
    private readonly fake: FakeExcel,
    readonly ref: SheetRef,
  ) {
    super();
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.fake.enqueue({ kind: 'rename', sheet: this.ref.model?.name, value }, value, () => {
      const s = this.fake.resolve(this.ref);
      this.fake.checkName(value, s);
      s.name = value;
    });
  }
  get id(): string {
    return this.read('id');
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  /** Worksheet.notes (ExcelApi 1.18): add(cellAddress, content), load items, Note.delete(). */
  get notes(): FakeCellTexts {
    return new FakeCellTexts(this.fake, this.ref, 'notes', ['authorName', 'content']);
  }
  /** Worksheet.comments (ExcelApi 1.10): add(cellAddress, content), load items, Comment.delete(). */
  get comments(): FakeCellTexts {
    return new FakeCellTexts(this.fake, this.ref, 'comments', ['id', 'content', 'authorName']);
  }
  get position(): number {
    return this.read('position');
  }
  set position(value: number) {
    this.fake.enqueue({ kind: 'position', value }, value, () => {
      const s = this.fake.resolve(this.ref);
      const list = this.fake.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.min(value, list.length), 0, s);
    });
  }
  loadedJson(): unknown {
    return Object.fromEntries(this.loaded);
  }
  loadNow(props: string[]): void {
    const s = this.fake.resolve(this.ref);
    for (const p of props) {
      if (p === 'name') this.setLoaded('name', s.name);
      else if (p === 'id') this.setLoaded('id', s.id);
      else if (p === 'position') this.setLoaded('position', this.fake.sheets.indexOf(s));
      else throw new Error(`fake: cannot load Worksheet.${p}`);
    }
  }
  load(spec?: string | string[]): this {
    const props = splitProps(spec);
    this.fake.enqueue({ kind: 'load', path: 'worksheet', value: props }, props, () => {
      const probe = new FakeWorksheet(this.fake, this.ref);
      probe.loadNow(props);
      this.fake.deliver(utf8Json(probe.loadedJson()), () => this.loadNow(props));
    });
    return this;
  }
  get customProperties(): FakeCustomPropertyCollection {
    return new FakeCustomPropertyCollection(this.fake, this.ref);
  }
  /** Without an address: the whole worksheet (A1:XFD1048576, addressed as rows 1:1048576). */
  getRange(address?: string): FakeRange {
    const rect = address === undefined ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } : parseLocal(address);
    return new FakeRange(this.fake, this.ref, () => rect, rect);
  }
  get tables(): FakeWorksheetTables {
    return new FakeWorksheetTables(this.fake, this.ref, (address) => this.getRange(address));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    if (rows < 1 || cols < 1 || row < 0 || col < 0) throw new Error('fake: getRangeByIndexes with an empty or negative size');
    const rect = { row, col, rows, cols };
    return new FakeRange(this.fake, this.ref, () => rect, rect);
  }
  /** Like Excel, an empty sheet's used range is A1. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    const empty = { row: 0, col: 0, rows: 1, cols: 1 };
    return new FakeRange(this.fake, this.ref, () => this.fake.usedRect(this.fake.resolve(this.ref), valuesOnly === true) ?? empty);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.fake, this.ref, () => this.fake.usedRect(this.fake.resolve(this.ref), valuesOnly === true), undefined, true);
  }
  get freezePanes() {
    return {
      freezeRows: (count: number) =>
        this.fake.enqueue({ kind: 'freezeRows', value: count }, count, () => {
          this.fake.resolve(this.ref).freezeRows = count;
        }),
      unfreeze: () =>
        this.fake.enqueue({ kind: 'unfreeze' }, null, () => {
          this.fake.resolve(this.ref).freezeRows = 0;
        }),
    };
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.fake, this.ref);
  }
  delete(): void {
    this.fake.enqueue({ kind: 'deleteSheet', sheet: this.ref.model?.name }, null, () => {
      const s = this.fake.resolve(this.ref);
      if (this.fake.sheets.length === 1) throw new Error('fake: cannot delete the last worksheet');
      this.fake.sheets.splice(this.fake.sheets.indexOf(s), 1);
    });
  }
  activate(): void {
    this.fake.enqueue({ kind: 'activate' }, null, () => {
      this.fake.activeSheetId = this.fake.resolve(this.ref).id;
    });
  }
}

/** Worksheet.charts: add (a recording chart), load items by name, delete an item. */
class FakeChartCollection extends Loadable {
  constructor(
    private readonly fake: FakeExcel,
    private readonly ref: SheetRef,
  ) {
    super();
  }
  add(type: string, source: FakeRange, seriesBy: string): unknown {
    const chart: ChartModel = { type, source: source.queuedAddress(), ops: [] };
    this.fake.enqueue({ kind: 'addChart', value: type }, [type, chart.source, seriesBy], () => {
      this.fake.resolve(this.ref).charts.push(chart);
    });
    return recorder(this.fake, chart, []);
  }
  get items(): { name: string; delete(): void }[] {
    return this.read('items');
  }
  load(spec?: string | string[]): this {
    const props = splitProps(spec, 'items/');
    this.fake.enqueue({ kind: 'load', path: 'charts', value: props }, props, () => {
      const sheet = this.fake.resolve(this.ref);
      const items = sheet.charts.map((chart, i) => {
        for (const p of props) if (p !== 'name') throw new Error(`fake: cannot load Chart.${p}`);
        return {
          name: `Chart ${i + 1}`,
          delete: () =>
            this.fake.enqueue({ kind: 'deleteChart', sheet: sheet.name }, null, () => {
              const s = this.fake.resolve(this.ref);
              const at = s.charts.indexOf(chart);
              if (at < 0) throw officeError('ItemNotFound', 'the chart was already deleted');
              s.charts.splice(at, 1);
            }),
        };
      });
      this.fake.deliver(utf8Json(items.map((c) => ({ name: c.name }))), () => this.setLoaded('items', items));
    });
    return this;
  }
}

/** Worksheet.tables: load items by name; delete an item (with its cells' contents) or convert it to a plain range. */
class FakeWorksheetTables extends Loadable {
  constructor(
    private readonly fake: FakeExcel,
    private readonly ref: SheetRef,
    private readonly range: (address: string) => FakeRange,
  ) {
    super();
  }
  /** Worksheet.tables.add(address, hasHeaders); the new table's name and style may be set before the sync. */
  add(address: FakeRange | string, hasHeaders: boolean) {
    const model: { table?: TableModel } = {};
    const range = typeof address === 'string' ? this.range(address) : address;
    this.fake.enqueue({ kind: 'addTable', address: range.queuedAddress(), value: hasHeaders }, [range.queuedAddress(), hasHeaders], () => {
      const { sheet, rect } = range.targetAtSync();
      if (!hasHeaders) throw new Error('fake: tables without a header row are not modelled');
      if (rect.rows < 2) throw new Error('fake: a table needs a header row and at least one data row');
      for (let i = 0; i < rect.rows; i++) {
        for (let j = 0; j < rect.cols; j++) {
          if (this.fake.tableAt(sheet, rect.row + i, rect.col + j)) throw new Error('fake: a table cannot overlap another table');
        }
      }
      let n = this.fake.tables.length + 1;
      while (this.fake.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      model.table = { name: `Table${n}`, sheetId: sheet.id, rect };
      this.fake.tables.push(model.table);
    });
    const fake = this.fake;
    const table = () => {
      if (!model.table) throw new Error('fake: table used before it exists');
      return model.table;
    };
    return {
      set name(value: string) {
        fake.enqueue({ kind: 'tableName', value }, value, () => {
          fake.checkTableName(value, table());
          table().name = value;
        });
      },
      set style(value: string) {
        fake.enqueue({ kind: 'tableStyle', value }, value, () => {
          table().style = value;
        });
      },
    };
  }
  get items(): { name: string; delete(): void; convertToRange(): void }[] {
    return this.read('items');
  }
  load(spec?: string | string[]): this {
    const props = splitProps(spec, 'items/');
    this.fake.enqueue({ kind: 'load', path: 'sheetTables', value: props }, props, () => {
      const sheet = this.fake.resolve(this.ref);
      const items = this.fake.tables
        .filter((t) => t.sheetId === sheet.id)
        .map((t) => ({
          name: t.name,
          delete: () =>
            this.fake.enqueue({ kind: 'deleteTable', path: t.name }, null, () => {
              const at = this.fake.tables.indexOf(t);
              if (at < 0) throw officeError('ItemNotFound', 'the table was already deleted');
              this.fake.tables.splice(at, 1);
              this.fake.clearRect(this.fake.resolve(this.ref), t.rect, 'All');
            }),
          // "Converts the table into a normal range of cells. All data is preserved."
          convertToRange: () =>
            this.fake.enqueue({ kind: 'convertTable', path: t.name }, null, () => {
              const at = this.fake.tables.indexOf(t);
              if (at < 0) throw officeError('ItemNotFound', 'the table was already deleted');
              this.fake.tables.splice(at, 1);
            }),
        }));
      this.fake.deliver(utf8Json(items.map((t) => ({ name: t.name }))), () => this.setLoaded('items', items));
    });
    return this;
  }
}

/**
 * Notes (Worksheet.notes, ExcelApi 1.18) or threaded comments (Worksheet.comments, 1.10):
 * one per cell, added by A1 address; the items are readable only after load() and sync,
 * only the documented properties load, and each item's delete() takes effect at sync.
 * Range.clear does not remove them here (the docs do not say it does): the shell must
 * delete them itself.
 */
class FakeCellTexts extends Loadable {
  constructor(
    private readonly fake: FakeExcel,
    private readonly ref: SheetRef,
    private readonly kind: 'notes' | 'comments',
    private readonly loadable: readonly string[],
  ) {
    super();
  }
  /** The sheet's notes or comments; created only by add, so reading leaves the model as it was. */
  private map(create: boolean): Map<string, string> {
    const s = this.fake.resolve(this.ref);
    if (create) s[this.kind] ??= new Map();
    return s[this.kind] ?? new Map();
  }
  add(cellAddress: string, content: string): void {
    const op = this.kind === 'notes' ? 'addNote' : 'addComment';
    this.fake.enqueue({ kind: op, address: cellAddress, value: content }, [cellAddress, content], () => {
      const r = parseLocal(cellAddress);
      if (r.rows !== 1 || r.cols !== 1) throw new Error(`fake: a ${this.kind === 'notes' ? 'note' : 'comment'} goes on one cell`);
      const key = `${columnLetter(r.col + 1)}${r.row + 1}`;
      const m = this.map(true);
      if (m.has(key)) throw new Error(`fake: cell ${key} already has a ${this.kind === 'notes' ? 'note' : 'comment'}`);
      m.set(key, content);
    });
  }
  get items(): { delete(): void }[] {
    return this.read('items');
  }
  load(spec?: string | string[]): this {
    const props = splitProps(spec, 'items/');
    for (const p of props) if (!this.loadable.includes(p)) throw new Error(`fake: cannot load ${this.kind}.items/${p}`);
    this.fake.enqueue({ kind: 'load', path: this.kind, value: props }, props, () => {
      const m = this.map(false);
      const items = [...m.entries()].map(([cell, content]) => ({
        json: Object.fromEntries(props.map((p) => [p, p === 'content' ? content : p === 'id' ? `${this.kind}:${cell}` : 'author'])),
        delete: () =>
          this.fake.enqueue({ kind: this.kind === 'notes' ? 'deleteNote' : 'deleteComment', address: cell }, null, () => {
            if (!m.delete(cell)) throw officeError('ItemNotFound', `the ${this.kind === 'notes' ? 'note' : 'comment'} was already deleted`);
          }),
      }));
      this.fake.deliver(utf8Json(items.map((i) => i.json)), () => this.setLoaded('items', items));
    });
    return this;
  }
}

/** Chart object model: records every property set and method call on the chart's ops. */
function recorder(fake: FakeExcel, chart: ChartModel, path: string[]): unknown {
  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get: (_t, prop) => {
      if (typeof prop === 'symbol' || prop === 'then') return undefined;
      if (prop === 'count' && path[path.length - 1] === 'points') {
        const key = path.slice(0, -1).join('.');
        if (!chart.pointCounts?.has(key)) throw new NotLoaded(`ChartPointsCollection.count of ${key}`);
        return chart.pointCounts.get(key);
      }
      return recorder(fake, chart, [...path, prop]);
    },
    set: (_t, prop, value) => {
      const p = [...path, String(prop)].join('.');
      fake.enqueue({ kind: 'chart', path: p, value }, value, () => chart.ops.push({ path: p, value }));
      return true;
    },
    apply: (_t, _this, args: unknown[]) => {
      if (path[path.length - 1] === 'load' && path[path.length - 2] === 'points') {
        const key = path.slice(0, -2).join('.');
        fake.enqueue({ kind: 'load', path: `${key}.points`, value: args }, args, () => {
          const n = pointCount(chart, key);
          fake.deliver(utf8Json({ count: n }), () => (chart.pointCounts ??= new Map()).set(key, n));
        });
        return recorder(fake, chart, path.slice(0, -1));
      }
      const plain = args.map((a) => (a instanceof FakeRange ? a.queuedAddress() : a));
      const p = path.join('.');
      fake.enqueue({ kind: 'chartCall', path: p, value: plain }, plain, () => chart.ops.push({ path: p, args: plain }));
      return recorder(fake, chart, [...path.slice(0, -1), `${path[path.length - 1]}(${plain.join(',')})`]);
    },
  });
}

class FakeCustomPropertyCollection {
  constructor(
    private readonly fake: FakeExcel,
    private readonly ref: SheetRef,
  ) {}
  add(key: string, value: string): void {
    this.fake.enqueue({ kind: 'customProperty', path: key, value }, [key, value], () => {
      this.fake.resolve(this.ref).customProperties.set(key.toLowerCase(), { key, value });
    });
  }
  getItemOrNullObject(key: string): FakeNullable {
    const item = new FakeNullable(this.fake, () => this.fake.resolve(this.ref).customProperties.get(key.toLowerCase())?.value);
    return item;
  }
}

/** A key/value item that may be a null object (custom property, setting). */
class FakeNullable extends Loadable {
  constructor(
    private readonly fake: FakeExcel,
    private readonly lookup: () => unknown,
  ) {
    super();
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get value(): any {
    return this.read('value');
  }
  load(spec?: string): this {
    const props = splitProps(spec);
    this.fake.enqueue({ kind: 'load', path: 'item', value: props }, props, () => {
      const v = this.lookup();
      this.fake.deliver(utf8Json({ v: v ?? null }), () => {
        this.setLoaded('isNullObject', v === undefined);
        if (v !== undefined) for (const p of props) if (p === 'value') this.setLoaded('value', v);
      });
    });
    return this;
  }
}

class FakeSettings {
  constructor(private readonly fake: FakeExcel) {}
  getItemOrNullObject(key: string): FakeNullable {
    return new FakeNullable(this.fake, () => this.fake.settings.get(key));
  }
  add(key: string, value: unknown): void {
    this.fake.enqueue({ kind: 'setting', path: key, value }, [key, value], () => this.fake.settings.set(key, value));
  }
}

export class FakeRange extends Loadable {
  constructor(
    private readonly fake: FakeExcel,
    private readonly ref: SheetRef,
    private readonly rectAtSync: () => Rect | undefined,
    private readonly knownRect?: Rect,
    private readonly nullable = false,
  ) {
    super();
  }
  /** Sheet and rectangle the range refers to, at sync time. */
  targetAtSync(): { sheet: SheetModel; rect: Rect } {
    return { sheet: this.fake.resolve(this.ref), rect: this.mustRect() };
  }
  /** Address as known when queueing (for logs); ranges from indexes know their rectangle up front. */
  queuedAddress(): string {
    const r = this.knownRect ?? this.rectAtSync();
    return r ? rectAddress(this.ref.model?.name ?? this.ref.name ?? '?', r) : '?';
  }
  get address(): string {
    return this.read('address');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(values: unknown[][]) {
    this.fake.enqueue({ kind: 'values', address: this.queuedAddress(), value: values }, values, () => {
      const rect = this.mustRect();
      this.fake.writeValues(this.fake.resolve(this.ref), rect, values);
    });
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(formats: unknown[][]) {
    this.fake.enqueue({ kind: 'numberFormat', address: this.queuedAddress(), value: formats }, formats, () => {
      this.fake.writeNumberFormat(this.fake.resolve(this.ref), this.mustRect(), formats);
    });
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(formulas: unknown[][]) {
    this.fake.enqueue({ kind: 'formulas', address: this.queuedAddress(), value: formulas }, formulas, () => {
      this.fake.writeFormulas(this.fake.resolve(this.ref), this.mustRect(), formulas);
    });
  }
  get valuesAsJson(): unknown[][] {
    return this.read('valuesAsJson');
  }
  set valuesAsJson(values: unknown[][]) {
    this.fake.enqueue({ kind: 'valuesAsJson', address: this.queuedAddress(), value: values }, values, () => {
      this.fake.writeValuesAsJson(this.fake.resolve(this.ref), this.mustRect(), values);
    });
  }
  /** Range.clear(applyTo): "All" (default), "Formats" or "Contents". */
  clear(applyTo: string = 'All'): void {
    this.fake.enqueue({ kind: 'clear', address: this.queuedAddress(), value: applyTo }, applyTo, () => {
      this.fake.clearRect(this.fake.resolve(this.ref), this.mustRect(), applyTo);
    });
  }
  get conditionalFormats(): { clearAll(): void } {
    return {
      clearAll: () =>
        this.fake.enqueue({ kind: 'clearConditionalFormats', address: this.queuedAddress() }, null, () => {
          this.fake.resolve(this.ref);
        }),
    };
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  private mustRect(): Rect {
    const r = this.rectAtSync();
    if (!r) throw new Error('fake: range is a null object');
    return r;
  }
  load(spec?: string | string[]): this {
    const props = splitProps(spec);
    this.fake.enqueue({ kind: 'load', address: this.queuedAddress(), value: props }, props, () => {
      const sheet = this.fake.resolve(this.ref);
      const rect = this.rectAtSync();
      const loaded = new Map<string, unknown>();
      if (this.nullable) loaded.set('isNullObject', rect === undefined);
      if (rect) {
        const grid = props.some((p) => p === 'values' || p === 'numberFormat') ? this.fake.readGrid(sheet, rect) : undefined;
        for (const p of props) {
          if (p === 'address') loaded.set('address', rectAddress(sheet.name, rect));
          else if (p === 'values') loaded.set('values', rect.rows * rect.cols > this.fake.maxGetCells ? null : grid!.values);
          else if (p === 'numberFormat') loaded.set('numberFormat', grid!.numberFormat);
          else throw new Error(`fake: cannot load Range.${p}`);
        }
      }
      this.fake.deliver(utf8Json(Object.fromEntries(loaded)), () => {
        for (const [k, v] of loaded) this.setLoaded(k, v);
      });
    });
    return this;
  }
  get format(): unknown {
    return formatRecorder(this.fake, this.ref, () => this.mustRect(), () => this.queuedAddress(), []);
  }
  select(): void {
    this.fake.enqueue({ kind: 'select', address: this.queuedAddress() }, null, () => {
      this.fake.selection = { sheetId: this.fake.resolve(this.ref).id, rect: this.mustRect() };
    });
  }
  /**
   * Range.dataValidation: rule, prompt and errorAlert are recorded per range as set;
   * clear() removes every rule inside the range (one only partly inside is not modelled
   * and throws, rather than guessing how Excel splits it).
   */
  get dataValidation() {
    const fake = this.fake;
    const clear = () =>
      fake.enqueue({ kind: 'clearValidation', address: this.queuedAddress() }, null, () => {
        const sheet = fake.resolve(this.ref);
        const r = this.mustRect();
        const inside = (x: Rect) => x.row >= r.row && x.col >= r.col && x.row + x.rows <= r.row + r.rows && x.col + x.cols <= r.col + r.cols;
        const apart = (x: Rect) => x.row >= r.row + r.rows || r.row >= x.row + x.rows || x.col >= r.col + r.cols || r.col >= x.col + x.cols;
        for (const v of sheet.validations ?? []) {
          if (!inside(v.rect) && !apart(v.rect)) throw new Error('fake: clearing part of a validated range is not modelled');
        }
        if (sheet.validations) sheet.validations = sheet.validations.filter((v) => !inside(v.rect));
      });
    const set = (what: 'rule' | 'prompt' | 'errorAlert', value: unknown) =>
      fake.enqueue({ kind: 'dataValidation', address: this.queuedAddress(), path: what, value }, value, () => {
        const sheet = fake.resolve(this.ref);
        const rect = this.mustRect();
        sheet.validations ??= [];
        let v = sheet.validations.find((x) => JSON.stringify(x.rect) === JSON.stringify(rect));
        if (!v) sheet.validations.push((v = { rect }));
        if (what === 'rule') {
          const kinds = Object.keys(value as object);
          if (kinds.length !== 1) throw new Error('fake: a data-validation rule has exactly one kind');
          const list = (value as { list?: { source: unknown } }).list;
          if (list && typeof list.source === 'string' && list.source.length > 255) throw new Error('fake: an inline list source is limited to 255 characters');
        }
        v[what] = value;
      });
    return {
      clear,
      set rule(value: unknown) {
        set('rule', value);
      },
      set prompt(value: unknown) {
        set('prompt', value);
      },
      set errorAlert(value: unknown) {
        set('errorAlert', value);
      },
    };
  }
}

/** Range.format.*: records each property set as one rectangle-level operation. */
function formatRecorder(fake: FakeExcel, ref: SheetRef, rect: () => Rect, address: () => string, path: string[]): unknown {
  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get: (_t, prop) => {
      if (typeof prop === 'symbol' || prop === 'then') return undefined;
      return formatRecorder(fake, ref, rect, address, [...path, prop]);
    },
    set: (_t, prop, value) => {
      const p = [...path, String(prop)].join('.');
      fake.enqueue({ kind: 'format', address: address(), path: p, value }, value, () => {
        const sheet = fake.resolve(ref);
        const r = rect();
        if (p === 'columnWidth') for (let c = r.col; c < r.col + r.cols; c++) sheet.columnWidths.set(c, value as number);
        else if (p === 'useStandardWidth' && value === true) {
          for (const c of [...sheet.columnWidths.keys()]) if (c >= r.col && c < r.col + r.cols) sheet.columnWidths.delete(c);
        } else sheet.formats.push({ rect: r, path: p, value });
      });
      return true;
    },
    apply: (_t, _this, args: unknown[]) => {
      // borders.getItem(edge) → a sub-object addressed by the edge.
      const last = path[path.length - 1];
      if (last === 'autofitRows' && path.length === 1) {
        // Excel sizes the rows to their wrapped text; the fake only records that it was asked.
        fake.enqueue({ kind: 'format', address: address(), path: last, value: true }, true, () => {
          fake.resolve(ref).formats.push({ rect: rect(), path: last, value: true });
        });
        return undefined;
      }
      if (last !== 'getItem') throw new Error(`fake: format method ${path.join('.')} not modelled`);
      return formatRecorder(fake, ref, rect, address, [...path.slice(0, -1), String(args[0])]);
    },
  });
}

class FakeTableCollection extends Loadable {
  constructor(private readonly fake: FakeExcel) {
    super();
  }
  get items(): FakeTable[] {
    return this.read('items');
  }
  load(spec?: string | string[]): this {
    const props = splitProps(spec, 'items/');
    this.fake.enqueue({ kind: 'load', path: 'tables', value: props }, props, () => {
      const items = this.fake.tables.map((t) => {
        const table = new FakeTable(this.fake, t);
        for (const p of props) {
          if (p === 'name') table.setLoaded('name', t.name);
          else throw new Error(`fake: cannot load Table.${p}`);
        }
        return table;
      });
      this.fake.deliver(utf8Json(this.fake.tables.map((t) => t.name)), () => this.setLoaded('items', items));
    });
    return this;
  }
}

class FakeTable extends Loadable {
  constructor(
    private readonly fake: FakeExcel,
    private readonly model: TableModel,
  ) {
    super();
  }
  get name(): string {
    return this.read('name');
  }
  private sheetRef(): SheetRef {
    return { model: this.fake.sheets.find((s) => s.id === this.model.sheetId) };
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.fake, this.sheetRef());
  }
  getRange(): FakeRange {
    return new FakeRange(this.fake, this.sheetRef(), () => this.model.rect, this.model.rect);
  }
}

class FakeNamedItemCollection extends Loadable {
  constructor(private readonly fake: FakeExcel) {
    super();
  }
  get items(): FakeNamedItem[] {
    return this.read('items');
  }
  load(spec?: string | string[]): this {
    const props = splitProps(spec, 'items/');
    this.fake.enqueue({ kind: 'load', path: 'names', value: props }, props, () => {
      const items = this.fake.names.map((n) => {
        const item = new FakeNamedItem(this.fake, { model: n });
        item.loadNow(props);
        return item;
      });
      this.fake.deliver(utf8Json(items.map((i) => i.loadedJson())), () => this.setLoaded('items', items));
    });
    return this;
  }
  /** Like Excel: the name must be valid and new (case-insensitively); the reference is a range or "Sheet!$A$1" text. */
  add(name: string, reference: FakeRange | string): FakeNamedItem {
    const ref: { model?: NameModel } = {};
    const shown = typeof reference === 'string' ? reference : reference.queuedAddress();
    this.fake.enqueue({ kind: 'addName', path: name, value: shown }, [name, shown], () => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name)) throw new Error(`fake: invalid name "${name}"`);
      if (this.fake.name(name)) throw new Error(`fake: the name "${name}" already exists`);
      let sheet: SheetModel;
      let address: string;
      if (typeof reference === 'string') {
        ({ sheet, address } = this.fake.resolveReference(reference));
      } else {
        const target = reference.targetAtSync();
        sheet = target.sheet;
        address = absoluteLocal(target.rect);
      }
      ref.model = this.fake.addName(name, sheet, address);
    });
    return new FakeNamedItem(this.fake, ref);
  }
}

class FakeNamedItem extends Loadable {
  constructor(
    private readonly fake: FakeExcel,
    private readonly ref: { model?: NameModel },
  ) {
    super();
  }
  get name(): string {
    return this.read('name');
  }
  get type(): string {
    return this.read('type');
  }
  get value(): unknown {
    return this.read('value');
  }
  get formula(): string {
    return this.read('formula');
  }
  loadedJson(): unknown {
    return Object.fromEntries(this.loaded);
  }
  loadNow(props: string[]): void {
    const n = this.ref.model;
    if (!n || !this.fake.names.includes(n)) throw new Error('fake: named item does not exist');
    const state = this.fake.nameState(n);
    for (const p of props) {
      if (p === 'name') this.setLoaded('name', n.name);
      else if (p === 'type') this.setLoaded('type', state.type);
      else if (p === 'value') this.setLoaded('value', state.value);
      else if (p === 'formula') this.setLoaded('formula', state.formula);
      else throw new Error(`fake: cannot load NamedItem.${p}`);
    }
  }
  delete(): void {
    this.fake.enqueue({ kind: 'deleteName', path: this.ref.model?.name }, null, () => {
      const n = this.ref.model;
      const i = n ? this.fake.names.indexOf(n) : -1;
      if (i < 0) throw new Error('fake: named item does not exist');
      this.fake.names.splice(i, 1);
    });
  }
}
