/**
 * The parts of a sheet plan that input templates use: Excel tables, data validation and
 * notes. Queued on a sheet applyPlans has just created and filled (values and formats
 * first, so a table takes its header from the written first row).
 *
 * Office.js references:
 * - Worksheet.tables.add(address, hasHeaders), Table.name/style (ExcelApi 1.1):
 *   https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
 * - Range.dataValidation rule/prompt/errorAlert (ExcelApi 1.8):
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
 *   A list source is a comma-separated string; the plan keeps items free of commas.
 * - Worksheet.notes.add(cellAddress, content) (ExcelApi 1.18):
 *   https://learn.microsoft.com/javascript/api/excel/excel.notecollection
 */
import type { SheetPlan, ValidationSpec } from '../report/plan';
import type { RequestBudget } from './payload';
import { SMALL_OP_BYTES, utf8Bytes } from './payload';
import { columnLetter } from '../input/columns';

function excelApi(version: string): boolean {
  const requirements = (globalThis as { Office?: typeof Office }).Office?.context?.requirements;
  return requirements ? requirements.isSetSupported('ExcelApi', version) : true;
}

/** ExcelApi 1.18 (notes) where Office.js can tell; true outside Office (tests, fakes). */
export function notesSupported(): boolean {
  return excelApi('1.18');
}

/** ExcelApi 1.10 (threaded comments) where Office.js can tell; true outside Office (tests, fakes). */
export function commentsSupported(): boolean {
  return excelApi('1.10');
}

/** Queues the plan's tables, validation and notes on `sheet`. */
export async function queueTableParts(sheet: Excel.Worksheet, plan: SheetPlan, budget: RequestBudget): Promise<void> {
  for (const t of plan.tables ?? []) {
    await budget.reserve(SMALL_OP_BYTES * 3 + utf8Bytes(t.name));
    const table = sheet.tables.add(sheet.getRangeByIndexes(t.rect.row, t.rect.col, t.rect.rows, t.rect.cols), true);
    table.name = t.name;
    if (t.style !== undefined) table.style = t.style;
  }
  for (const v of plan.validations ?? []) {
    // The budget counts UTF-8 bytes, as Excel's 5 MB limit does (Dutch prompts carry é, ë, –).
    const text = (v.kind === 'list' ? v.items.join(',') : '') + (v.prompt ?? '') + (v.error ?? '');
    await budget.reserve(SMALL_OP_BYTES * 3 + utf8Bytes(text));
    const dv = sheet.getRangeByIndexes(v.rect.row, v.rect.col, v.rect.rows, v.rect.cols).dataValidation;
    dv.rule = validationRule(v);
    if (v.prompt !== undefined) dv.prompt = { showPrompt: true, title: '', message: v.prompt };
    if (v.error !== undefined) dv.errorAlert = { showAlert: true, style: 'Stop', title: '', message: v.error };
  }
  // Notes only explain; where the host lacks them the sheet is still complete.
  if (plan.notes && plan.notes.length > 0 && notesSupported()) {
    for (const n of plan.notes) {
      await budget.reserve(SMALL_OP_BYTES + utf8Bytes(n.text));
      sheet.notes.add(`${columnLetter(n.col + 1)}${n.row + 1}`, n.text);
    }
  }
}

export function validationRule(v: ValidationSpec): Excel.DataValidationRule {
  switch (v.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: v.items.join(',') } };
    case 'whole':
      return { wholeNumber: { formula1: v.min, formula2: v.max, operator: 'Between' } };
    case 'decimal':
      return { decimal: { formula1: v.min, formula2: v.max, operator: 'Between' } };
    case 'date':
      // Any real date: Excel's first serial day onwards (ISO text, as the reference allows).
      return { date: { formula1: '1900-01-01', operator: 'GreaterThanOrEqualTo' } };
  }
}
