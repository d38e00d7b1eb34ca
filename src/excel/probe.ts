/**
 * Whether the workbook holds anything to analyse: an Excel table, or a filled cell on a
 * sheet that is not ours. Two syncs and only addresses (no cell data), so the pane can
 * ask when it opens without holding up Excel on a large workbook.
 */
import { detectOwnershipMode, queueOwnershipLoad, type OwnershipMode } from './ownership';

export async function hasUserData(context: Excel.RequestContext, mode: OwnershipMode = detectOwnershipMode()): Promise<boolean> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id');
  const tables = context.workbook.tables;
  tables.load('items/name');
  await context.sync();
  if (tables.items.length > 0) return true;
  const ownedAfterSync = queueOwnershipLoad(context, worksheets.items, mode);
  const used = worksheets.items.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('address'));
  await context.sync();
  const owned = ownedAfterSync().sheets;
  return worksheets.items.some((sheet, i) => !owned.has(sheet.id) && !used[i].isNullObject);
}
