/**
 * A recording fake of the part of the Office.js Excel object model the shell
 * uses. Like the real thing it is a proxy model: calls and property sets are
 * queued and only take effect at context.sync(); a property read before it was
 * loaded *and* synced throws, which catches missing load() calls. It counts
 * syncs and records the JSON size of every request (the operations queued since
 * the previous sync), so tests can check round trips and the 5 MB limit.
 *
 * Excel behaviour modelled because the shell depends on it:
 *  - a string written to `values` starting with "'" is stored as text without
 *    the apostrophe (quote-prefix); starting with "=" it becomes a formula unless
 *    the cell's number format is "@";
 *  - sheet names are unique case-insensitively, at most 31 characters;
 *  - the last worksheet cannot be deleted;
 *  - a scalar written to values/numberFormat of a multi-cell range fills it, a
 *    2-D array must match the range's size;
 *  - workbook-level defined names (workbook.names) are unique case-insensitively
 *    and keep referring to their sheet through renames; once that sheet is deleted
 *    they read as #REF! (type "Error");
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
  /** Absolute address within the sheet, e.g. "$A$1". */
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
  bytes: number;
  ops: number;
  /** JSON size of the cell data this request loaded (values, number formats). */
  responseBytes: number;
}

const COL_SPAN = 20000;
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
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address.replace(/\$/g, ''));
  if (!m) throw new Error(`fake: unsupported address ${address}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  if (!m[3]) return { row, col, rows: 1, cols: 1 };
  const col2 = [...m[3]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row, col, rows: Number(m[4]) - row, cols: col2 - col + 1 };
}

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and context.sync()`);
  }
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
    const m = /^=?(?:'((?:[^']|'')+)'|([^!']+))!(\$?[A-Z]+\$?\d+)$/.exec(reference);
    const sheet = m ? this.sheet(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]) : undefined;
    if (!m || !sheet) throw new Error(`fake: unsupported reference ${reference}`);
    return { sheet, address: m[3] };
  }

  /** The defined name, compared case-insensitively as Excel does. */
  name(name: string): NameModel | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  /** What Excel shows for a name: its type, value and formula (#REF! once its sheet is gone). */
  nameState(n: NameModel): { type: string; value: string; formula: string } {
    if (!this.sheets.includes(n.sheet)) return { type: 'Error', value: '#REF!', formula: `=#REF!${n.address}` };
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
    const bytes = JSON.stringify({ k: op.kind, a: op.address ?? op.sheet, p: op.path, v: payload ?? null }).length;
    this.queue.push({ run, bytes });
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.syncCount++;
    const record: RequestRecord = { bytes: batch.reduce((s, o) => s + o.bytes, 0), ops: batch.length, responseBytes: 0 };
    this.requests.push(record);
    this.current = record;
    try {
      for (const op of batch) op.run();
    } finally {
      this.current = undefined;
    }
  }

  private current?: RequestRecord;

  addResponseBytes(bytes: number): void {
    if (this.current) this.current.responseBytes += bytes;
  }

  get largestResponse(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.responseBytes), 0);
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

  writeValues(sheet: SheetModel, rect: Rect, values: unknown): void {
    this.forEachCell(rect, values, 'values', (row, col, v) => {
      const key = cellKey(row, col);
      const old = sheet.cells.get(key);
      const numberFormat = old?.numberFormat;
      if (v === null || v === undefined) return; // null leaves the cell as it is
      let cell: CellModel;
      if (typeof v === 'string' && v.startsWith("'")) cell = { value: v.slice(1), quotePrefix: true };
      else if (typeof v === 'string' && /^[=+-]./.test(v) && numberFormat !== '@' && Number.isNaN(Number(v))) {
        cell = { value: 0, formula: v };
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

  private forEachCell(rect: Rect, data: unknown, what: string, fn: (row: number, col: number, v: unknown) => void): void {
    const scalar = !Array.isArray(data);
    if (!scalar) {
      const rows = data as unknown[][];
      if (rows.length !== rect.rows || rows.some((r) => !Array.isArray(r) || r.length !== rect.cols)) {
        throw new Error(`fake: ${what} array is not ${rect.rows}×${rect.cols}`);
      }
    }
    for (let i = 0; i < rect.rows; i++) {
      for (let j = 0; j < rect.cols; j++) fn(rect.row + i, rect.col + j, scalar ? data : (data as unknown[][])[i][j]);
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
        vr.push(cell ? cell.value : '');
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
      this.setLoaded(
        'items',
        this.fake.sheets.map((s) => {
          const ws = new FakeWorksheet(this.fake, { model: s });
          ws.loadNow(props);
          return ws;
        }),
      );
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
  /** Worksheet.tables.add(address, hasHeaders); the new table's name and style may be set before the sync. */
  get tables() {
    return {
      add: (address: FakeRange | string, hasHeaders: boolean) => {
        const model: { table?: TableModel } = {};
        const range = typeof address === 'string' ? this.getRange(address) : address;
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
      },
    };
  }
  /** Worksheet.notes.add(cellAddress, content): one note per cell. */
  get notes() {
    return {
      add: (cellAddress: string, content: string) => {
        this.fake.enqueue({ kind: 'addNote', address: cellAddress, value: content }, [cellAddress, content], () => {
          const s = this.fake.resolve(this.ref);
          const r = parseLocal(cellAddress);
          if (r.rows !== 1 || r.cols !== 1) throw new Error('fake: a note goes on one cell');
          const key = `${columnLetter(r.col + 1)}${r.row + 1}`;
          s.notes ??= new Map();
          if (s.notes.has(key)) throw new Error(`fake: cell ${key} already has a note`);
          s.notes.set(key, content);
        });
      },
    };
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
    this.fake.enqueue({ kind: 'load', path: 'worksheet', value: props }, props, () => this.loadNow(props));
    return this;
  }
  get customProperties(): FakeCustomPropertyCollection {
    return new FakeCustomPropertyCollection(this.fake, this.ref);
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.fake, this.ref, () => parseLocal(address));
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
    };
  }
  get charts() {
    return {
      add: (type: string, source: FakeRange, seriesBy: string) => {
        const chart: ChartModel = { type, source: source.queuedAddress(), ops: [] };
        this.fake.enqueue({ kind: 'addChart', value: type }, [type, chart.source, seriesBy], () => {
          this.fake.resolve(this.ref).charts.push(chart);
        });
        return recorder(this.fake, chart, []);
      },
    };
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

/** Chart object model: records every property set and method call on the chart's ops. */
function recorder(fake: FakeExcel, chart: ChartModel, path: string[]): unknown {
  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get: (_t, prop) => {
      if (typeof prop === 'symbol' || prop === 'then') return undefined;
      return recorder(fake, chart, [...path, prop]);
    },
    set: (_t, prop, value) => {
      const p = [...path, String(prop)].join('.');
      fake.enqueue({ kind: 'chart', path: p, value }, value, () => chart.ops.push({ path: p, value }));
      return true;
    },
    apply: (_t, _this, args: unknown[]) => {
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
      this.setLoaded('isNullObject', v === undefined);
      if (v !== undefined) for (const p of props) if (p === 'value') this.setLoaded('value', v);
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
      if (this.nullable) this.setLoaded('isNullObject', rect === undefined);
      if (!rect) return;
      const grid = props.some((p) => p === 'values' || p === 'numberFormat') ? this.fake.readGrid(sheet, rect) : undefined;
      if (grid) {
        const loaded: unknown[] = [];
        if (props.includes('values')) loaded.push(grid.values);
        if (props.includes('numberFormat')) loaded.push(grid.numberFormat);
        this.fake.addResponseBytes(JSON.stringify(loaded).length);
      }
      for (const p of props) {
        if (p === 'address') this.setLoaded('address', rectAddress(sheet.name, rect));
        else if (p === 'values') this.setLoaded('values', grid!.values);
        else if (p === 'numberFormat') this.setLoaded('numberFormat', grid!.numberFormat);
        else throw new Error(`fake: cannot load Range.${p}`);
      }
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
  /** Range.dataValidation: rule, prompt and errorAlert are recorded per range as set. */
  get dataValidation() {
    const fake = this.fake;
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
        else sheet.formats.push({ rect: r, path: p, value });
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
      this.setLoaded(
        'items',
        this.fake.tables.map((t) => {
          const table = new FakeTable(this.fake, t);
          for (const p of props) {
            if (p === 'name') table.setLoaded('name', t.name);
            else throw new Error(`fake: cannot load Table.${p}`);
          }
          return table;
        }),
      );
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
      this.setLoaded(
        'items',
        this.fake.names.map((n) => {
          const item = new FakeNamedItem(this.fake, { model: n });
          item.loadNow(props);
          return item;
        }),
      );
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
        const r = target.rect;
        address = `$${columnLetter(r.col + 1)}$${r.row + 1}` + (r.rows > 1 || r.cols > 1 ? `:$${columnLetter(r.col + r.cols)}$${r.row + r.rows}` : '');
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
