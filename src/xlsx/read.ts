import * as fs from 'node:fs';
import ExcelJS from 'exceljs';
import { columnNumber } from '../input/columns';
import type { RawTable } from '../input/types';
import { rawValue, RawValue } from './cells';
import { keyFromMarkerName } from '../report/ownership-marker';
import { markOwned, ownedSheetNames } from './ownership';
import { restoreTableHeaders, scanPackage } from './package-scan';

/**
 * Opens a workbook from a path or the bytes of an .xlsx file, repairing what exceljs
 * loses on the way (see package-scan.ts).
 */
export async function loadWorkbook(source: string | Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const bytes = typeof source === 'string' ? await fs.promises.readFile(source) : source;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const facts = await scanPackage(bytes);
  restoreTableHeaders(wb, facts.tablesWithoutHeader);
  // Sheets the Excel add-in made are ours too; exceljs would drop their mark, so we add ours.
  // Only one sheet per key: a user's copy of our sheet carries the same custom property,
  // and it must stay the user's (the named original, else the first, is ours).
  // A key that has a marker name at all (live or stale after its sheet was deleted) is
  // settled by that name: a sheet carrying only the copied property is the user's copy.
  const keysOwned = new Set(wb.definedNames.model.map((dn) => keyFromMarkerName(dn.name)).filter((k) => k !== undefined));
  for (const [sheet, key] of facts.addinSheets) {
    if (keysOwned.has(key) || !wb.getWorksheet(sheet)) continue;
    markOwned(wb, key, sheet);
    keysOwned.add(key);
  }
  return wb;
}

/** Reads every user sheet of an .xlsx file as RawTables (see rawTables). */
export async function readXlsx(source: string | Buffer | Uint8Array): Promise<RawTable[]> {
  return rawTables(await loadWorkbook(source));
}

/**
 * Per user sheet, in tab order: each Excel table (ListObject) as its own RawTable;
 * a sheet without tables gives its used range instead. A sheet with tables does not
 * also give its used range, so input/ never sees the same rows twice. Sheets this
 * tool wrote (see ownership.ts) are skipped: they are output, not input.
 *
 * Values follow what Office.js `values` returns: dates as Excel serial days (with the
 * cell's number format in numberFormats), formulas as their cached result, rich
 * text and hyperlinks as text, error cells as "#N/A"-style strings, blanks as null.
 */
export function rawTables(wb: ExcelJS.Workbook): RawTable[] {
  const ours = ownedSheetNames(wb);
  const out: RawTable[] = [];
  for (const ws of wb.worksheets) {
    if (ours.has(ws.name)) continue;
    // exceljs types getTables() as tuples; at run time it is the list of Table objects.
    const tables = (ws.getTables() as unknown as ExcelJS.Table[]).map((t) => tableModel(t));
    if (tables.length) {
      for (const t of tables) {
        const box = parseRef(t.tableRef ?? t.ref);
        if (!box) continue;
        // A totals row is a summary, not data.
        const bottom = t.totalsRow ? box.bottom - 1 : box.bottom;
        out.push(block(ws, { ...box, bottom }, t.name));
      }
    } else {
      const box = usedBox(ws);
      if (box) out.push(block(ws, box));
    }
  }
  return out;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface TableModelLike {
  name: string;
  tableRef?: string;
  ref?: string;
  totalsRow?: boolean;
}

/** exceljs keeps a read table's description in `.table` (after addTable) or `.model`. */
function tableModel(t: ExcelJS.Table): TableModelLike {
  const anyT = t as unknown as { table?: TableModelLike; model?: TableModelLike };
  return (anyT.table ?? anyT.model) as TableModelLike;
}

function parseRef(ref: string | undefined): Box | undefined {
  if (!ref) return undefined;
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return undefined;
  const left = columnNumber(m[1]);
  const top = Number(m[2]);
  const right = m[3] ? columnNumber(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** Bounding box of the cells that hold a value (formatting alone does not count). */
function usedBox(ws: ExcelJS.Worksheet): Box | undefined {
  let box: Box | undefined;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (readCell(cell) === null) return;
      if (!box) box = { top: r, left: c, bottom: r, right: c };
      else {
        box.top = Math.min(box.top, r);
        box.bottom = Math.max(box.bottom, r);
        box.left = Math.min(box.left, c);
        box.right = Math.max(box.right, c);
      }
    });
  });
  return box;
}

/** A merged area keeps its value in the top-left cell only, as in Office.js. */
function readCell(cell: ExcelJS.Cell): RawValue {
  if (cell.isMerged && cell.master !== cell) return null;
  const v = rawValue(cell.value);
  return v === '' ? null : v;
}

function block(ws: ExcelJS.Worksheet, box: Box, table?: string): RawTable {
  const values: RawValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const vrow: RawValue[] = [];
    const frow: string[] = [];
    for (let c = box.left; c <= box.right; c++) {
      const cell = ws.findCell(r, c);
      vrow.push(cell ? readCell(cell) : null);
      frow.push((cell && cell.numFmt) || 'General');
    }
    values.push(vrow);
    numberFormats.push(frow);
  }
  return { sheet: ws.name, ...(table ? { table } : {}), firstRow: box.top, firstCol: box.left, values, numberFormats };
}
