import * as fs from 'node:fs';
import { columnLetter } from '../input/columns';
import { isDateFormat } from '../input/dates';
import type { Problem, RawTable } from '../input/types';
import { openPackage, type XlsxPackage } from './package';
import { ownedSheets } from './ownership';
import { readSheetCells, sharedStrings, splitRef, type RawValue, type SheetCells } from './sheet-cells';
import { formatCodes, stylesPart } from './styles';
import { sheetEntries, type SheetEntry } from './workbook';
import { attr, tags } from './xml';

/** An opened workbook file: its package and where the workbook part is. */
export interface WorkbookFile {
  readonly pkg: XlsxPackage;
  readonly workbookPart: string;
  /** True for a macro-enabled workbook (.xlsm): the output must keep that extension. */
  readonly macroEnabled: boolean;
}

export function openWorkbook(bytes: Uint8Array): WorkbookFile {
  const { pkg, workbookPart } = openPackage(bytes);
  const types = pkg.text('[Content_Types].xml') ?? '';
  const macroEnabled = /macroEnabled/i.test(/<(?:[\w.-]+:)?Override\b[^>]*PartName="\/xl\/workbook\.xml"[^>]*>/.exec(types)?.[0] ?? '') || /ms-excel\.sheet\.macroEnabled/i.test(types);
  return { pkg, workbookPart, macroEnabled };
}

export async function loadWorkbookFile(path: string): Promise<WorkbookFile> {
  return openWorkbook(await fs.promises.readFile(path));
}

/** What reading found: the blocks for input/, and what the reader skipped or could not read. */
export interface ReadResult {
  /** Not readonly: runPipeline lets go of the blocks once they are parsed. */
  tables: RawTable[];
  /** Problems only the file shell can see: very hidden sheets, pivots, formulas never calculated. */
  readonly problems: Problem[];
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseBox(ref: string | undefined): Box | undefined {
  if (!ref) return undefined;
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  const from = splitRef(a);
  const to = splitRef(b);
  if (!from || !to) return undefined;
  return { top: Math.min(from[0], to[0]), left: Math.min(from[1], to[1]), bottom: Math.max(from[0], to[0]), right: Math.max(from[1], to[1]) };
}

const inBox = (b: Box, r: number, c: number) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right;

/**
 * Per user worksheet, in tab order: each Excel table as its own RawTable; a sheet
 * without tables gives its used range. Sheets this tool wrote are output, not input;
 * very hidden sheets (only a macro can show them) are skipped with a note; pivot
 * tables are left out of the used range (they summarise data, they are not data).
 * Values follow what Office.js `values` returns (see sheet-cells.ts).
 */
export function readTables(file: WorkbookFile): ReadResult {
  const { pkg, workbookPart } = file;
  const sheets = sheetEntries(pkg, workbookPart);
  const ours = ownedSheets(pkg, workbookPart, sheets);
  const stylesName = stylesPart(pkg, workbookPart);
  const formats = formatCodes(stylesName ? pkg.text(stylesName) : undefined);
  const sstRel = [...pkg.relationships(workbookPart).values()].find((r) => /\/sharedStrings$/.test(r.type));
  const shared = sharedStrings(sstRel ? pkg.text(sstRel.target) : undefined);
  const tables: RawTable[] = [];
  const problems: Problem[] = [];
  // Workbooks from old Mac Excel count days from 1904: their date cells are shifted to
  // the 1900 serials the rest of the program (and Office.js on Windows) uses.
  const wbPr = tags(pkg.text(workbookPart) ?? '', 'workbookPr')[0] ?? '';
  const date1904 = /^(?:1|true)$/.test(attr(wbPr, 'date1904') ?? '');
  for (const sheet of sheets) {
    if (!sheet.isWorksheet || !sheet.part || ours.has(sheet.name)) continue;
    const xml = pkg.text(sheet.part);
    if (xml === undefined) continue;
    if (sheet.state === 'veryHidden') {
      if (/<(?:[\w.-]+:)?c\b[^>]*>\s*<(?:[\w.-]+:)?(?:v|is|f)\b/.test(xml)) problems.push({ code: 'veryHiddenSheet', severity: 'warning', sheet: sheet.name });
      continue;
    }
    const cells = readSheetCells(xml, shared, formats);
    pkg.forget(sheet.part);
    if (date1904) shiftDates(cells);
    readSheet(pkg, sheet, cells, tables, problems);
  }
  return { tables, problems };
}

function readSheet(pkg: XlsxPackage, sheet: SheetEntry, cells: SheetCells, tables: RawTable[], problems: Problem[]): void {
  const rels = [...pkg.relationships(sheet.part!).values()];
  if (cells.formulasWithoutValue.length) {
    problems.push({
      code: 'formulaWithoutValue',
      severity: 'error',
      sheet: sheet.name,
      params: { count: cells.formulasWithoutValue.length, first: cells.formulasWithoutValue[0] },
    });
  }
  blankMergedCells(cells);
  const pivots: Box[] = [];
  for (const rel of rels) {
    if (!/\/pivotTable$/.test(rel.type)) continue;
    const xml = pkg.text(rel.target) ?? '';
    const box = parseBox(attr(tags(xml, 'location')[0] ?? '', 'ref'));
    if (!box) continue;
    pivots.push(box);
    const name = attr(tags(xml, 'pivotTableDefinition')[0] ?? '', 'name') ?? '';
    problems.push({ code: 'pivotSkipped', severity: 'warning', sheet: sheet.name, params: { name, range: rangeText(box) } });
  }
  const listObjects: { name: string; box: Box }[] = [];
  for (const rel of rels) {
    if (!/\/table$/.test(rel.type)) continue;
    const open = tags(pkg.text(rel.target) ?? '', 'table')[0] ?? '';
    const box = parseBox(attr(open, 'ref'));
    if (!box) continue;
    // A totals row is a summary, not data.
    const totals = Number(attr(open, 'totalsRowCount') ?? 0) || 0;
    listObjects.push({ name: attr(open, 'displayName') ?? attr(open, 'name') ?? '', box: { ...box, bottom: box.bottom - totals } });
  }
  if (listObjects.length) {
    for (const t of listObjects) tables.push(block(sheet.name, cells, t.box, t.name));
    return;
  }
  const box = usedBox(cells, pivots);
  if (box) tables.push(block(sheet.name, cells, box, undefined, pivots));
}

/** Days between Excel's 1900 and 1904 date systems. */
const DAYS_1900_TO_1904 = 1462;

function shiftDates(cells: SheetCells): void {
  for (const row of cells.rows.values()) {
    row.formats.forEach((f, c) => {
      const v = row.values[c];
      if (typeof v === 'number' && isDateFormat(f)) row.values[c] = v + DAYS_1900_TO_1904;
    });
  }
}

function rangeText(b: Box): string {
  return `${columnLetter(b.left)}${b.top}:${columnLetter(b.right)}${b.bottom}`;
}

/** A merged area keeps its value in the top-left cell only, as in Office.js. */
function blankMergedCells(cells: SheetCells): void {
  for (const ref of cells.merges) {
    const b = parseBox(ref);
    if (!b) continue;
    for (let r = b.top; r <= b.bottom; r++) {
      const row = cells.rows.get(r);
      if (!row) continue;
      for (let c = b.left; c <= b.right; c++) if (r !== b.top || c !== b.left) delete row.values[c];
    }
  }
}

function usedBox(cells: SheetCells, skip: readonly Box[]): Box | undefined {
  let box: Box | undefined;
  for (const [r, row] of cells.rows) {
    const values = row.values;
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (v === undefined || v === null || v === '' || (skip.length && skip.some((b) => inBox(b, r, c)))) continue;
      if (!box) box = { top: r, left: c, bottom: r, right: c };
      else {
        if (r < box.top) box.top = r;
        if (r > box.bottom) box.bottom = r;
        if (c < box.left) box.left = c;
        if (c > box.right) box.right = c;
      }
    }
  }
  return box;
}

function block(sheet: string, cells: SheetCells, box: Box, table?: string, skip: readonly Box[] = []): RawTable {
  const values: RawValue[][] = [];
  const numberFormats: string[][] = [];
  const width = box.right - box.left + 1;
  for (let r = box.top; r <= box.bottom; r++) {
    const row = cells.rows.get(r);
    const vrow: RawValue[] = new Array<RawValue>(width).fill(null);
    const frow: string[] = new Array<string>(width).fill('General');
    if (row) {
      const end = Math.min(box.right, row.values.length - 1);
      for (let c = box.left; c <= end; c++) {
        const v = row.values[c];
        if (v === undefined || (skip.length && skip.some((b) => inBox(b, r, c)))) continue;
        vrow[c - box.left] = v === '' ? null : v;
        const f = row.formats[c];
        if (f !== undefined) frow[c - box.left] = f;
      }
    }
    values.push(vrow);
    numberFormats.push(frow);
  }
  return { sheet, ...(table ? { table } : {}), firstRow: box.top, firstCol: box.left, values, numberFormats };
}

/** The RawTables of a workbook file or its bytes (tests, tools). */
export async function readXlsx(source: string | Uint8Array): Promise<RawTable[]> {
  const file = typeof source === 'string' ? await loadWorkbookFile(source) : openWorkbook(source);
  return readTables(file).tables;
}
