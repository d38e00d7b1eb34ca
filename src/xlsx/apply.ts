import type ExcelJS from 'exceljs';
import { catalogue, format, Language } from '../i18n';
import { TEXT_FORMAT_MAX_CHARS, type ChartSpec, type SheetPlan, type ValueBlock } from '../report/plan';
import { markerName } from '../report/ownership-marker';
import { markOwned, ownedSheets, unmarkOwned } from './ownership';
import { uniqueSheetName } from '../report/sheet-names';
import { applyStyle, BASE_FONT } from './style';

export interface ApplyOptions {
  /** Language of the chart notes; default English. */
  readonly language?: Language;
  /**
   * Also delete sheets of ours whose key is not in `plans` (e.g. an incident sheet
   * from an earlier run that had incidents). Default true: the output shows one run.
   */
  readonly removeStale?: boolean;
}

export interface AppliedSheet {
  readonly key: string;
  readonly name: string;
}

/** Text number format: Excel keeps what the user types there as text, even after an edit. */
const TEXT_FORMAT = '@';

/**
 * Writes the plans into the workbook (in memory; the caller saves it). Only sheets
 * marked as ours (ownership.ts) are deleted or rewritten; when a plan's name is taken
 * by a user sheet, ours gets "Name (2)". New sheets go after the existing ones.
 * exceljs cannot draw charts: the chart's data is already in the plan's blocks, and
 * a note is written where the chart would sit.
 */
export function applyPlans(wb: ExcelJS.Workbook, plans: readonly SheetPlan[], options: ApplyOptions = {}): AppliedSheet[] {
  const lang = options.language ?? 'en';
  const removeStale = options.removeStale ?? true;
  const wanted = new Set(plans.map((p) => markerName(p.key)));

  for (const [sheet, name] of ownedSheets(wb)) {
    if (!removeStale && !wanted.has(name)) continue;
    const ws = wb.getWorksheet(sheet);
    if (ws) wb.removeWorksheet(ws.id);
    unmarkOwned(wb, name, sheet);
  }

  const taken = new Set(wb.worksheets.map((ws) => ws.name.toLowerCase()));
  const applied: AppliedSheet[] = [];
  for (const plan of plans) {
    const name = uniqueSheetName(plan.name, taken);
    taken.add(name.toLowerCase());
    const ws = wb.addWorksheet(name);
    writeSheet(ws, plan, lang);
    // A sheet written for the user (a questionnaire) is theirs from the start: never marked, never replaced.
    if (!plan.userSheet) markOwned(wb, plan.key, name);
    applied.push({ key: plan.key, name });
  }
  return applied;
}

function writeSheet(ws: ExcelJS.Worksheet, plan: SheetPlan, lang: Language): void {
  for (const { rect, style } of plan.styles) {
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.cols; c++) applyStyle(ws.getCell(rect.row + r + 1, rect.col + c + 1), style);
    }
  }
  // Values after styles, so a style's number format can never turn user text back into something Excel parses.
  for (const b of plan.blocks) writeBlock(ws, b);
  for (const ch of plan.charts) writeChartNote(ws, ch, lang);
  for (const [col, width] of Object.entries(plan.columnWidths)) ws.getColumn(Number(col) + 1).width = width;
  // A file has no layout engine: wrapped text only gets room from explicit row heights.
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) ws.getRow(Number(row) + 1).height = height;
  // Printed, a sheet is as wide as one landscape page and as long as it needs.
  ws.pageSetup = { ...ws.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  if (plan.freezeRows && plan.freezeRows > 0) {
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: plan.freezeRows, topLeftCell: `A${plan.freezeRows + 1}` }];
  }
}

function writeBlock(ws: ExcelJS.Worksheet, b: ValueBlock): void {
  b.values.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v === null || v === undefined) return;
      if (typeof v === 'number' && !Number.isFinite(v)) return;
      const cell = ws.getCell(b.row + i + 1, b.col + j + 1);
      // exceljs stores every string as a string cell (never a formula), whatever its first character.
      cell.value = v;
      // "@" only where Excel can show it: a Text cell over 255 characters shows "####" (plan.ts).
      if (b.userText && typeof v === 'string' && v.length <= TEXT_FORMAT_MAX_CHARS) cell.numFmt = TEXT_FORMAT;
    });
  });
}

/**
 * Marks where the chart would sit: when the chart's area is free, a merged, lightly
 * shaded box of the chart's size holding the note; otherwise just the note in its
 * top-left cell (never over data).
 */
function writeChartNote(ws: ExcelJS.Worksheet, ch: ChartSpec, lang: Language): void {
  const { row, col, rows, cols } = ch.anchor;
  const top = ws.getCell(row + 1, col + 1);
  if (!isEmpty(top)) return;
  let free = rows > 0 && cols > 0;
  for (let r = 0; free && r < rows; r++) {
    for (let c = 0; free && c < cols; c++) {
      const cell = ws.findCell(row + r + 1, col + c + 1);
      if (cell && (!isEmpty(cell) || cell.isMerged)) free = false;
    }
  }
  if (free && (rows > 1 || cols > 1)) ws.mergeCells(row + 1, col + 1, row + rows, col + cols);
  top.value = format(catalogue(lang).xlsx.chartNote, { title: ch.title });
  top.font = { ...BASE_FONT, ...top.font, italic: true, color: { argb: 'FF595959' } };
  if (free) {
    top.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    top.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  }
}

function isEmpty(cell: ExcelJS.Cell): boolean {
  return cell.value === null || cell.value === undefined || cell.value === '';
}
