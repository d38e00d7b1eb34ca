/**
 * Takes the user to a place in the workbook: a sheet, or a cell or row on it.
 * Worksheet.activate and Range.select (ExcelApi 1.1):
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-select-member(1)
 * A sheet that is gone (renamed or deleted since the run) gives false, not an exception.
 */
export interface Place {
  readonly sheet: string;
  /** Zero-based; omitted = the sheet only. */
  readonly row?: number;
  readonly col?: number;
  /** Columns to select from `col` (a whole results row); default 1. */
  readonly cols?: number;
}

export async function goTo(context: Excel.RequestContext, place: Place): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(place.sheet);
  await context.sync();
  if (sheet.isNullObject) return false;
  sheet.activate();
  if (place.row !== undefined) {
    sheet.getRangeByIndexes(place.row, place.col ?? 0, 1, Math.max(1, place.cols ?? 1)).select();
  }
  await context.sync();
  return true;
}
