import type { Problem, RawTable } from '../input/types';
import { parseAddress } from './address';
import { detectOwnershipMode, queueOwnershipLoad, type OwnershipMode } from './ownership';
import { EXCEL_REQUEST_LIMIT, isPayloadLimitError, jsonBytes } from './payload';

export interface ReadOptions {
  readonly ownership?: OwnershipMode;
  /** UTF-8 bytes aimed for per response (default READ_RESPONSE_BUDGET). */
  readonly responseBudget?: number;
  /** Cells read at most per table or used range (default READ_CELL_CAP). */
  readonly cellCap?: number;
}

/** The user's tables, and what could not be read in full. */
export interface WorkbookRead {
  readonly tables: RawTable[];
  /** One rangeTooLarge problem per table or used range cut at the cell cap. */
  readonly problems: Problem[];
}

/**
 * UTF-8 bytes aimed for per response. Excel on the web fails a response above 5 MB
 * (ResponsePayloadSizeLimitExceeded, https://learn.microsoft.com/office/dev/add-ins/excel/performance);
 * the budget leaves room for the error in our estimate of what the cells weigh.
 */
export const READ_RESPONSE_BUDGET = 3 * 1024 * 1024;

/**
 * Cells read at most per table or used range. A stray value at row 1,048,576 stretches a
 * used range to millions of cells (26 columns: 27 million); they would all be fetched
 * and held in memory. 2,000,000 cells is 200,000 rows of 10 columns — far more than a
 * supplier, survey or incident table holds — and well inside Excel's 5-million-cell limit
 * for one get. Beyond it the first rows up to the cap are read and a rangeTooLarge problem
 * names the sheet and its used range, so the user can delete the stray cells.
 */
export const READ_CELL_CAP = 2_000_000;

/**
 * First guess of the response bytes per cell (value and number format as JSON), before a
 * source's first rows are measured: a short text or a number with "General" ≈ 30 bytes.
 * Too low a guess costs a refused response and a retry; too high, an extra sync.
 */
export const GUESS_BYTES_PER_CELL = 40;

/** Measured bytes per row are scaled by this before sizing the next batch (rows vary). */
const MEASURED_SAFETY = 1.25;

/** Syncs readWorkbook makes while all user cells fit in one response budget. */
export const READ_SYNCS = 3;

interface Source {
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  readonly table?: string;
  readonly range: Excel.Range;
}

/** Reading progress of one source: where it sits, what is read, what a row weighs. */
interface Cursor {
  readonly source: Source;
  readonly firstRow: number;
  readonly firstCol: number;
  readonly rows: number;
  readonly cols: number;
  next: number;
  bytesPerRow: number;
  readonly values: unknown[][];
  readonly numberFormats: string[][];
}

interface Slice {
  readonly cursor: Cursor;
  readonly start: number;
  readonly count: number;
  range?: Excel.Range;
}

/**
 * Reads every Excel table and the used range of every worksheet that is not one
 * of ours.
 *  1. worksheet list (name, id) and table list (name);
 *  2. ownership markers (see ownership.ts), each table's worksheet, and the *addresses* of every
 *     table range and used range (cheap: no cell data);
 *  3. values and number formats of the user's ranges, in row slices grouped into
 *     requests whose responses stay under the byte budget.
 * Batches are sized by bytes: a source's rows weigh GUESS_BYTES_PER_CELL per cell until its
 * first rows are read, then what they measured (UTF-8 JSON). If Excel still refuses a
 * response as too large, the same rows are asked again with half the budget. So:
 * READ_SYNCS (3) round trips while the user's data fits one budget, plus one per further
 * budget of bytes — forced by the 5 MB limit — never per sheet or table; our own output
 * sheets are never downloaded. The used range is taken with valuesOnly=true so
 * formatting-only cells don't stretch it; beyond READ_CELL_CAP a source is cut (a problem).
 */
export async function readInputs(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookRead> {
  const mode = options.ownership ?? detectOwnershipMode();
  const fullBudget = Math.max(1, options.responseBudget ?? READ_RESPONSE_BUDGET);
  const cellCap = Math.max(1, options.cellCap ?? READ_CELL_CAP);
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id');
  const tables = context.workbook.tables;
  tables.load('items/name');
  await context.sync();

  const sheets = worksheets.items;
  const ownedAfterSync = queueOwnershipLoad(context, sheets, mode);
  const tableSheets = tables.items.map((table) => table.worksheet.load('id,name'));
  const tableRanges = tables.items.map((table) => table.getRange().load('address'));
  const usedRanges = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('address'));
  await context.sync();

  const owned = ownedAfterSync().sheets;
  // Workbook order: per sheet, its tables; a sheet without tables gives its used range.
  // Not both: the used range contains the tables, and input/ would see every row twice
  // (the .xlsx shell follows the same rule).
  const sources: Source[] = [];
  sheets.forEach((sheet, s) => {
    if (owned.has(sheet.id)) return;
    let hasTable = false;
    tables.items.forEach((table, t) => {
      if (tableSheets[t].id === sheet.id) {
        hasTable = true;
        sources.push({ sheet: tableSheets[t], sheetName: sheet.name, table: table.name, range: tableRanges[t] });
      }
    });
    if (!hasTable && !usedRanges[s].isNullObject) sources.push({ sheet, sheetName: sheet.name, range: usedRanges[s] });
  });

  const problems: Problem[] = [];
  const cursors = sources.map((source) => {
    const a = parseAddress(source.range.address);
    const cols = a.cols ?? 1;
    const allRows = a.rows ?? 1;
    const rows = allRows * cols > cellCap ? Math.max(1, Math.floor(cellCap / cols)) : allRows;
    if (rows < allRows) problems.push(tooLarge(source, a.firstRow, allRows, cols, rows, cellCap));
    const cursor: Cursor = {
      source,
      firstRow: a.firstRow,
      firstCol: a.firstCol,
      rows,
      cols,
      next: 0,
      bytesPerRow: cols * GUESS_BYTES_PER_CELL,
      values: [],
      numberFormats: [],
    };
    return cursor;
  });

  let budget = fullBudget;
  for (;;) {
    const batch = nextBatch(cursors, budget);
    if (batch.length === 0) break;
    for (const slice of batch) {
      const c = slice.cursor;
      slice.range = c.source.sheet
        .getRangeByIndexes(c.firstRow - 1 + slice.start, c.firstCol - 1, slice.count, c.cols)
        .load('values,numberFormat');
    }
    try {
      // One sync per budget of bytes is the point: it keeps each response under Excel's 5 MB cap.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (err) {
      const rows = batch.reduce((n, s) => n + s.count, 0);
      if (!isPayloadLimitError(err) || rows <= 1) throw err;
      // The same rows again, with half the budget (nothing of a refused response arrived). The
      // refusal also says these rows weigh at least the limit over their count: no guess stays below.
      for (const slice of batch) slice.cursor.bytesPerRow = Math.max(slice.cursor.bytesPerRow, EXCEL_REQUEST_LIMIT / rows);
      budget = Math.max(1, Math.floor(budget / 2));
      continue;
    }
    // Beyond five million cells a get may answer null instead of failing (performance docs):
    // never the case with byte-sized batches, but then the same rows go again in half the budget.
    if (batch.some((s) => !Array.isArray(s.range!.values))) {
      if (batch.reduce((n, s) => n + s.count, 0) <= 1) throw new Error(`Excel returned no values for ${batch[0].cursor.source.range.address}`);
      budget = Math.max(1, Math.floor(budget / 2));
      continue;
    }
    for (const slice of batch) take(slice);
    budget = Math.min(fullBudget, budget * 2);
  }

  const read = cursors.map((c): RawTable => {
    const base = { sheet: c.source.sheetName, firstRow: c.firstRow, firstCol: c.firstCol, values: c.values, numberFormats: c.numberFormats };
    return c.source.table === undefined ? base : { ...base, table: c.source.table };
  });
  return { tables: read, problems };
}

/** readInputs without the problems, for callers that only look at the tables (the pane's table list). */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<RawTable[]> {
  return (await readInputs(context, options)).tables;
}

/** Consecutive row slices, in source order, whose estimated responses fill at most `budget` bytes (at least one row). */
function nextBatch(cursors: readonly Cursor[], budget: number): Slice[] {
  const batch: Slice[] = [];
  let bytes = 0;
  for (const cursor of cursors) {
    const left = cursor.rows - cursor.next;
    if (left <= 0) continue;
    let count = Math.min(left, Math.floor((budget - bytes) / cursor.bytesPerRow));
    if (count < 1) {
      if (batch.length > 0) break;
      count = 1;
    }
    batch.push({ cursor, start: cursor.next, count });
    bytes += count * cursor.bytesPerRow;
    if (count < left) break;
  }
  return batch;
}

/** Appends a read slice to its source and learns from it what the source's rows weigh. */
function take(slice: Slice): void {
  const c = slice.cursor;
  const values = slice.range!.values;
  const formats = slice.range!.numberFormat as string[][];
  // Row by row, not push(...rows): spreading a slice of 100,000+ rows as arguments overflows the stack.
  for (const row of values) c.values.push(row);
  for (const row of formats) c.numberFormats.push(row);
  c.next = slice.start + slice.count;
  const measured = (jsonBytes(values) + jsonBytes(formats)) / Math.max(1, slice.count);
  c.bytesPerRow = Math.max(1, measured * MEASURED_SAFETY);
}

function tooLarge(source: Source, firstRow: number, allRows: number, cols: number, rows: number, cap: number): Problem {
  const address = source.range.address;
  const local = address.slice(address.lastIndexOf('!') + 1);
  return {
    code: 'rangeTooLarge',
    severity: 'error',
    sheet: source.sheetName,
    params: { range: local, cells: allRows * cols, limit: cap, lastRow: firstRow + rows - 1 },
  };
}
