import type { SheetPlan, ValueBlock } from '../report/plan';
import { applyChart, chartOperationCount } from './applyChart';
import { applyStyle, charsToPoints, setUniformNumberFormat, styleOperationCount } from './applyStyle';
import {
  detectOwnershipMode,
  markersToRemove,
  queueMarkOwned,
  queueOwnedSetting,
  queueOwnershipLoad,
  type OwnershipMode,
} from './ownership';
import { CHUNK_BUDGET, REQUEST_BUDGET, RequestBudget, SMALL_OP_BYTES, chunkRows } from './payload';
import { uniqueSheetName } from '../report/sheet-names';
import { toExcelValues } from './textSafety';
import { queueTableParts } from './applyTables';

export interface ApplyOptions {
  readonly ownership?: OwnershipMode;
  /** Bytes allowed per request (default 4 MB, under Excel's 5 MB). */
  readonly requestBudget?: number;
  /** Bytes allowed per single values write (default 1 MB). */
  readonly chunkBudget?: number;
  /** Key of the plan whose sheet to activate at the end. */
  readonly activateKey?: string;
}

export interface AppliedSheet {
  readonly key: string;
  /** The name actually used (differs from plan.name after a clash with a user's sheet). */
  readonly name: string;
}

/** Syncs applyPlans needs when everything fits in one request (custom-property ownership). */
export const APPLY_BASE_SYNCS = 3;

/**
 * Writes the plans as worksheets, replacing only sheets the add-in owns.
 *
 * Round trips: (1) list worksheets, (2) read ownership markers (custom
 * properties or setting, and the workbook's defined names), then all writes
 * are queued and sent by a final sync. A write that would push the queued
 * request past the budget first flushes what is queued, so the sync count is
 * APPLY_BASE_SYNCS + ⌊payload bytes / ~4 MB⌋ (+1 in the settings fallback of
 * ownership): it grows with bytes written, not with row or sheet count as such.
 *
 * Replacement is delete-and-recreate: old sheets first step aside under a
 * temporary name (so the new sheet can take the plan's name, and the workbook
 * never drops to zero sheets), new sheets are created and filled, the old ones
 * deleted, and each new sheet is moved to its predecessor's position.
 */
export async function applyPlans(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[],
  options: ApplyOptions = {},
): Promise<AppliedSheet[]> {
  const mode = options.ownership ?? detectOwnershipMode();
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id,items/position');
  await context.sync();

  const existing = worksheets.items;
  const ownedAfterSync = queueOwnershipLoad(context, existing, mode);
  await context.sync();
  const ownership = ownedAfterSync();
  const owned = ownership.sheets;

  const planKeys = new Set(plans.map((p) => p.key));
  // One sheet per key is replaced: the one its defined name refers to, else the first
  // carrying the key. A user's copy of our sheet (same custom property) stays as it is.
  const replaced = new Map<string, Excel.Worksheet>();
  for (const [key, id] of ownership.named) {
    const sheet = existing.find((s) => s.id === id);
    if (sheet && planKeys.has(key)) replaced.set(key, sheet);
  }
  for (const sheet of existing) {
    const key = owned.get(sheet.id);
    if (key !== undefined && planKeys.has(key) && !replaced.has(key)) replaced.set(key, sheet);
  }
  // Sheets that stay keep their names; the replaced ones release theirs.
  const replacedSheets = new Set(replaced.values());
  const taken: string[] = existing.filter((s) => !replacedSheets.has(s)).map((s) => s.name);

  const budget = new RequestBudget(() => context.sync(), options.requestBudget ?? REQUEST_BUDGET);
  // Before any names.add below: the same name cannot exist twice.
  for (const item of markersToRemove(ownership, planKeys)) {
    await budget.reserve(SMALL_OP_BYTES);
    item.delete();
  }
  const allNames = existing.map((s) => s.name);
  let temp = 0;
  for (const sheet of replacedSheets) {
    let name: string;
    do name = `~rmo-old-${++temp}`;
    while (allNames.some((n) => n.toLowerCase() === name.toLowerCase()));
    taken.push(name);
    await budget.reserve(SMALL_OP_BYTES);
    sheet.name = name;
  }

  const applied: AppliedSheet[] = [];
  const created: { key: string; sheet: Excel.Worksheet }[] = [];
  for (const plan of plans) {
    const name = uniqueSheetName(plan.name, taken);
    taken.push(name);
    await budget.reserve(SMALL_OP_BYTES * 3);
    const sheet = worksheets.add(name);
    if (!plan.userSheet) queueMarkOwned(context, sheet, plan.key, mode); // a sheet for the user to fill in stays theirs
    await writeSheet(sheet, name, plan, budget, options.chunkBudget ?? CHUNK_BUDGET);
    applied.push({ key: plan.key, name });
    created.push({ key: plan.key, sheet });
  }

  await budget.reserve(SMALL_OP_BYTES * (replacedSheets.size * 2 + 1));
  for (const sheet of replacedSheets) sheet.delete();
  // Ascending old position: each new sheet lands exactly where its predecessor was.
  const moves = created
    .filter((c) => replaced.has(c.key))
    .map((c) => ({ sheet: c.sheet, position: replaced.get(c.key)!.position }))
    .sort((a, b) => a.position - b.position);
  for (const m of moves) m.sheet.position = m.position;
  if (options.activateKey !== undefined) created.find((c) => c.key === options.activateKey)?.sheet.activate();

  if (mode === 'settings') {
    for (const c of created) c.sheet.load('id');
    await budget.flush();
    const next = new Map(owned);
    for (const sheet of replacedSheets) next.delete(sheet.id);
    for (const c of created) if (!plans.find((p) => p.key === c.key)?.userSheet) next.set(c.sheet.id, c.key);
    queueOwnedSetting(context, next);
  }
  await budget.flush();
  return applied;
}

async function writeSheet(
  sheet: Excel.Worksheet,
  sheetName: string,
  plan: SheetPlan,
  budget: RequestBudget,
  chunkBudget: number,
): Promise<void> {
  for (const block of plan.blocks) await writeBlock(sheet, block, budget, chunkBudget);
  for (const { rect, style } of plan.styles) {
    await budget.reserve(SMALL_OP_BYTES * styleOperationCount(style));
    applyStyle(sheet, rect, style);
  }
  for (const [col, width] of Object.entries(plan.columnWidths)) {
    await budget.reserve(SMALL_OP_BYTES);
    sheet.getRangeByIndexes(0, Number(col), 1, 1).format.columnWidth = charsToPoints(width);
  }
  if (plan.freezeRows !== undefined && plan.freezeRows > 0) {
    await budget.reserve(SMALL_OP_BYTES);
    sheet.freezePanes.freezeRows(plan.freezeRows);
  }
  for (const chart of plan.charts) {
    await budget.reserve(SMALL_OP_BYTES * chartOperationCount(chart));
    applyChart(sheet, sheetName, chart);
  }
  await queueTableParts(sheet, plan, budget);
}

/** Rectangular copy of the block (Office.js rejects ragged arrays), with text protection applied. */
function excelRows(block: ValueBlock): (string | number | boolean)[][] {
  const width = block.values.reduce((w, r) => Math.max(w, r.length), 0);
  const rows = toExcelValues(block.values, block.userText === true);
  for (const row of rows) while (row.length < width) row.push('');
  return rows;
}

async function writeBlock(sheet: Excel.Worksheet, block: ValueBlock, budget: RequestBudget, chunkBudget: number) {
  const rows = excelRows(block);
  const width = rows.length > 0 ? rows[0].length : 0;
  if (width === 0) return;
  if (block.userText) {
    // Text format before the values, so Excel stores them as typed text (see textSafety.ts).
    await budget.reserve(SMALL_OP_BYTES);
    setUniformNumberFormat(sheet.getRangeByIndexes(block.row, block.col, rows.length, width), '@');
  }
  for (const chunk of chunkRows(rows, chunkBudget)) {
    await budget.reserve(chunk.bytes + SMALL_OP_BYTES);
    const range = sheet.getRangeByIndexes(block.row + chunk.start, block.col, chunk.count, width);
    range.values = chunk.start === 0 && chunk.count === rows.length ? rows : rows.slice(chunk.start, chunk.start + chunk.count);
  }
}
