import type ExcelJS from 'exceljs';
import type { CellStyle } from '../report/plan';

function argb(hex: string): string {
  const h = hex.replace(/^#/, '');
  return (h.length === 8 ? h : 'FF' + h.padStart(6, '0')).toUpperCase();
}

/**
 * A font written without name and size renders in a fallback face (a serif in
 * LibreOffice), so every font we write starts from the workbook default.
 */
export const BASE_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, family: 2 };

const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFBFBFBF' } };

/** Applies a plan style to one cell, merging with what earlier rectangles set. */
export function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.fontColor !== undefined || s.bold !== undefined || s.italic !== undefined) {
    cell.font = {
      ...BASE_FONT,
      ...cell.font,
      ...(s.bold !== undefined ? { bold: s.bold } : {}),
      ...(s.italic !== undefined ? { italic: s.italic } : {}),
      ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
    };
  }
  if (s.wrap !== undefined || s.hAlign || s.vAlign) {
    cell.alignment = {
      ...cell.alignment,
      ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}),
      ...(s.hAlign ? { horizontal: s.hAlign } : {}),
      ...(s.vAlign ? { vertical: s.vAlign === 'center' ? 'middle' : s.vAlign } : {}),
    };
  }
  if (s.numberFormat) cell.numFmt = s.numberFormat;
  if (s.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}
