import type { RawTable } from '../input/types';
import { parseAddress } from './address';
import { detectOwnershipMode, queueOwnershipLoad, type OwnershipMode } from './ownership';

export interface ReadOptions {
  readonly ownership?: OwnershipMode;
  /** Cells (values + number formats) fetched per request; see readWorkbook. */
  readonly cellBudget?: number;
}

/**
 * Cells per response. Excel on the web caps a response at 5 MB; a cell costs
 * its value (numbers ≈ 10–20 bytes, names ≈ 20–40, descriptions more) plus its
 * number format ("General" ≈ 10 bytes). 100,000 cells measure ≈ 1.5 MB on
 * typical supplier and incident tables and leave room for a text column of
 * ~100-character descriptions beside the scores; a 10,000-row supplier table
 * still fits one request.
 */
export const READ_CELL_BUDGET = 100_000;

/** Syncs readWorkbook makes while all user cells fit in one cell budget. */
export const READ_SYNCS = 3;

interface Source {
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  readonly table?: string;
  readonly range: Excel.Range;
}

interface Slice {
  readonly source: number;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  range?: Excel.Range;
}

/**
 * Reads every Excel table and the used range of every worksheet that is not one
 * of ours.
 *  1. worksheet list (name, id) and table list (name);
 *  2. ownership markers (see ownership.ts), each table's worksheet, and the *addresses* of every
 *     table range and used range (cheap: no cell data);
 *  3. values and number formats of the user's ranges, in row slices grouped
 *     into requests of at most `cellBudget` cells each.
 * So: READ_SYNCS (3) round trips while the user's data fits one budget
 * (10,000 rows × 10 columns), plus one per further budget of cells. The count
 * depends on cells read — forced by the 5 MB response limit — never on the
 * number of sheets or tables, and our own output sheets are never downloaded.
 * The used range is taken with valuesOnly=true so formatting-only cells don't
 * stretch it.
 */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<RawTable[]> {
  const mode = options.ownership ?? detectOwnershipMode();
  const cellBudget = Math.max(1, options.cellBudget ?? READ_CELL_BUDGET);
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

  const slices = sliceSources(sources, cellBudget);
  for (const batch of batchSlices(slices, cellBudget)) {
    for (const slice of batch) {
      slice.range = sources[slice.source].sheet
        .getRangeByIndexes(slice.row, slice.col, slice.rows, slice.cols)
        .load('values,numberFormat');
    }
    // One sync per cell budget is the point: it keeps each response under Excel's 5 MB cap.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }

  return sources.map((source, i) => {
    const { firstRow, firstCol } = parseAddress(source.range.address);
    const values: unknown[][] = [];
    const numberFormats: string[][] = [];
    for (const slice of slices) {
      if (slice.source !== i) continue;
      // Row by row, not push(...rows): spreading a slice of 100,000+ rows as arguments overflows the stack.
      for (const row of slice.range!.values) values.push(row);
      for (const row of slice.range!.numberFormat as string[][]) numberFormats.push(row);
    }
    const base = { sheet: source.sheetName, firstRow, firstCol, values, numberFormats };
    return source.table === undefined ? base : { ...base, table: source.table };
  });
}

/** Row slices of each source, none larger than the cell budget (a row wider than the budget is one slice). */
function sliceSources(sources: readonly Source[], cellBudget: number): Slice[] {
  const slices: Slice[] = [];
  sources.forEach((source, i) => {
    const a = parseAddress(source.range.address);
    const rows = a.rows ?? 1;
    const cols = a.cols ?? 1;
    const step = Math.max(1, Math.floor(cellBudget / cols));
    for (let r = 0; r < rows; r += step) {
      slices.push({ source: i, row: a.firstRow - 1 + r, col: a.firstCol - 1, rows: Math.min(step, rows - r), cols });
    }
  });
  return slices;
}

/** Consecutive slices packed into requests of at most `cellBudget` cells. */
function batchSlices(slices: readonly Slice[], cellBudget: number): Slice[][] {
  const batches: Slice[][] = [];
  let current: Slice[] = [];
  let cells = 0;
  for (const slice of slices) {
    const n = slice.rows * slice.cols;
    if (current.length > 0 && cells + n > cellBudget) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(slice);
    cells += n;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
