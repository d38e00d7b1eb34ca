import type { PlanValue, Rect, SheetPlan, ValueBlock } from '../report/plan';
import { applyChart, applyPointLabels, chartOperationCount, pointLabelOperations, type PendingLabels } from './applyChart';
import { applyStyle, charsToPoints, styleOperationCount, uniformGrid } from './applyStyle';
import {
  detectOwnershipMode,
  markersToRemove,
  queueMarkOwned,
  queueOwnedSetting,
  queueOwnershipLoad,
  type OwnershipMode,
} from './ownership';
import { CHUNK_BUDGET, REQUEST_BUDGET, RequestBudget, SMALL_OP_BYTES, chunkRows, rowBytes } from './payload';
import { uniqueSheetName } from '../report/sheet-names';
import { detectTextMode, toCellValue, toExcelValues, userTextFormat, type TextMode } from './textSafety';
import { commentsSupported, notesSupported, queueTableParts } from './applyTables';

export interface ApplyOptions {
  readonly ownership?: OwnershipMode;
  /** How user text is kept text (default: by the host's ExcelApi version, see textSafety.ts). */
  readonly textMode?: TextMode;
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

/**
 * Syncs applyPlans needs when everything fits in one request (custom-property ownership):
 * list sheets, read markers, send the sheets with the charts' point counts loaded, label the
 * points. One less when no chart has point labels.
 */
export const APPLY_BASE_SYNCS = 4;

/** What an existing sheet holds besides cells: removed before the sheet is rewritten in place. */
interface SheetObjects {
  readonly charts: Excel.ChartCollection;
  readonly tables: Excel.TableCollection;
  /** Only where the host has them (notes ExcelApi 1.18, comments 1.10): loading them elsewhere fails the batch. */
  readonly notes?: Excel.NoteCollection;
  readonly comments?: Excel.CommentCollection;
}

/**
 * Writes the plans as worksheets, touching only sheets the add-in owns.
 *
 * A sheet of ours is rewritten IN PLACE: its charts and tables are deleted, its cells,
 * formats, validation and conditional formats cleared, and the new content written into
 * the same worksheet object. Its identity stays, so the user's formulas, charts and pivot
 * tables that point at it (='RMO Results'!B2) keep pointing at the results; deleting and
 * recreating the sheet would turn each of them into #REF! on every run. A sheet is only
 * renamed when the plan's name changes (another language): Excel carries references along.
 *
 * Round trips: (1) list worksheets, (2) read ownership markers (custom properties or the
 * setting, and the workbook's defined names) and the charts and tables of each sheet,
 * (3) send the writes with the labelled series' point counts loaded, (4) the point labels
 * (see applyChart.ts). A write that would push the queued request past the budget first
 * flushes what is queued, so the sync count is APPLY_BASE_SYNCS + ⌊payload bytes / ~4 MB⌋
 * (+1 in the settings fallback of ownership when a sheet is new): it grows with bytes
 * written, not with row or sheet count as such.
 */
export async function applyPlans(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[],
  options: ApplyOptions = {},
): Promise<AppliedSheet[]> {
  const mode = options.ownership ?? detectOwnershipMode();
  const textMode = options.textMode ?? detectTextMode();
  const chunkBudget = options.chunkBudget ?? CHUNK_BUDGET;
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id');
  await context.sync();

  const existing = worksheets.items;
  const ownedAfterSync = queueOwnershipLoad(context, existing, mode);
  // Names only: enough to delete them. Loaded for every sheet, so this rides the markers' sync.
  const withNotes = notesSupported();
  const withComments = commentsSupported();
  const objects: SheetObjects[] = existing.map((sheet) => ({
    charts: sheet.charts.load('items/name'),
    tables: sheet.tables.load('items/name'),
    ...(withNotes ? { notes: sheet.notes.load('items/authorName') } : {}),
    ...(withComments ? { comments: sheet.comments.load('items/id') } : {}),
  }));
  await context.sync();
  const ownership = ownedAfterSync();
  const owned = ownership.sheets;

  // A sheet for the user to fill in (userSheet) is always new and never ours: no sheet is reused for it.
  const planKeys = new Set(plans.filter((p) => !p.userSheet).map((p) => p.key));
  // One sheet per key is rewritten: the one its defined name refers to, else the first
  // carrying the key. A user's copy of our sheet (same custom property) stays as it is.
  const reused = new Map<string, Excel.Worksheet>();
  for (const [key, id] of ownership.named) {
    const sheet = existing.find((s) => s.id === id);
    if (sheet && planKeys.has(key)) reused.set(key, sheet);
  }
  for (const sheet of existing) {
    const key = owned.get(sheet.id);
    if (key !== undefined && planKeys.has(key) && !reused.has(key)) reused.set(key, sheet);
  }
  const reusedSheets = new Set(reused.values());
  // Sheets that stay as they are keep their names; ours may take another name from the plan.
  const taken: string[] = existing.filter((s) => !reusedSheets.has(s)).map((s) => s.name);
  const finalName = new Map<SheetPlan, string>();
  for (const plan of plans) {
    const name = uniqueSheetName(plan.name, taken);
    taken.push(name);
    finalName.set(plan, name);
  }

  const budget = new RequestBudget(() => context.sync(), options.requestBudget ?? REQUEST_BUDGET);
  // Before any names.add below: the same name cannot exist twice.
  for (const item of markersToRemove(ownership, planKeys)) {
    await budget.reserve(SMALL_OP_BYTES);
    item.delete();
  }
  // Renamed sheets of ours step aside first, so two of them can trade names.
  const allNames = existing.map((s) => s.name.toLowerCase());
  let temp = 0;
  const renames: { sheet: Excel.Worksheet; name: string }[] = [];
  for (const plan of plans) {
    const sheet = reused.get(plan.key);
    const name = finalName.get(plan)!;
    if (!sheet || sheet.name === name) continue;
    let aside: string;
    do aside = `~rmo-${++temp}`;
    while (allNames.includes(aside) || [...finalName.values()].some((n) => n.toLowerCase() === aside));
    await budget.reserve(SMALL_OP_BYTES);
    sheet.name = aside;
    renames.push({ sheet, name });
  }
  for (const r of renames) {
    await budget.reserve(SMALL_OP_BYTES);
    r.sheet.name = r.name;
  }

  const applied: AppliedSheet[] = [];
  const written: { key: string; sheet: Excel.Worksheet; isNew: boolean; userSheet: boolean }[] = [];
  const labels: PendingLabels[] = [];
  for (const plan of plans) {
    const name = finalName.get(plan)!;
    let sheet = plan.userSheet ? undefined : reused.get(plan.key);
    const isNew = sheet === undefined;
    if (sheet) {
      const parts = objects[existing.indexOf(sheet)];
      await budget.reserve(SMALL_OP_BYTES * (8 + (parts.notes?.items.length ?? 0) + (parts.comments?.items.length ?? 0)));
      clearInPlace(sheet, parts);
    } else {
      await budget.reserve(SMALL_OP_BYTES);
      sheet = worksheets.add(name);
    }
    await budget.reserve(SMALL_OP_BYTES * 2);
    // A sheet for the user to fill in (start tables, a questionnaire) stays theirs: never marked.
    if (!plan.userSheet) queueMarkOwned(context, sheet, plan.key, mode);
    labels.push(...(await writeSheet(sheet, name, plan, budget, chunkBudget, textMode)));
    applied.push({ key: plan.key, name });
    written.push({ key: plan.key, sheet, isNew, userSheet: plan.userSheet === true });
  }

  if (labels.length > 0) {
    // The documented order for per-point labels: the points' count is known only after a sync.
    await budget.flush();
    for (const p of labels) {
      await budget.reserve(SMALL_OP_BYTES * pointLabelOperations(p));
      applyPointLabels(p);
    }
  }
  if (options.activateKey !== undefined) written.find((w) => w.key === options.activateKey)?.sheet.activate();

  if (mode === 'settings') {
    const created = written.filter((w) => w.isNew && !w.userSheet);
    if (created.length > 0) {
      for (const w of created) w.sheet.load('id');
      await budget.flush();
    }
    const next = new Map(owned);
    for (const w of written) if (!w.userSheet) next.set(w.sheet.id, w.key);
    queueOwnedSetting(context, next);
  }
  await budget.flush();
  return applied;
}

/**
 * Empties one of our sheets without deleting it (ExcelApi 1.1 clear, 1.2 convertToRange,
 * 1.6 conditional formats, 1.7 standard sizes and panes, 1.8 data validation, 1.10 comments,
 * 1.18 notes), so cell addresses and the sheet's identity stay what user references point
 * at. A table is turned into a plain range ("All data is preserved") rather than deleted, so
 * no cells move; the clear then empties it. Range.clear('All') is not documented to remove
 * notes or comments, so each is deleted (Note.delete, Comment.delete): a stale header note
 * would otherwise sit on the new content.
 */
function clearInPlace(sheet: Excel.Worksheet, objects: SheetObjects): void {
  for (const chart of objects.charts.items) chart.delete();
  for (const note of objects.notes?.items ?? []) note.delete();
  for (const comment of objects.comments?.items ?? []) comment.delete();
  for (const table of objects.tables.items) table.convertToRange();
  const all = sheet.getRange();
  all.clear('All');
  all.dataValidation.clear();
  all.conditionalFormats.clearAll();
  all.format.useStandardWidth = true;
  all.format.useStandardHeight = true;
  sheet.freezePanes.unfreeze();
}

async function writeSheet(
  sheet: Excel.Worksheet,
  sheetName: string,
  plan: SheetPlan,
  budget: RequestBudget,
  chunkBudget: number,
  textMode: TextMode,
): Promise<PendingLabels[]> {
  for (const block of plan.blocks) await writeBlock(sheet, block, budget, chunkBudget, textMode);
  for (const { rect, style } of plan.styles) {
    await budget.reserve(SMALL_OP_BYTES * styleOperationCount(style));
    applyStyle(sheet, rect, style);
    if (style.numberFormat !== undefined) await writeUniformFormat(sheet, rect, style.numberFormat, budget, chunkBudget);
  }
  for (const [col, width] of Object.entries(plan.columnWidths)) {
    await budget.reserve(SMALL_OP_BYTES);
    sheet.getRangeByIndexes(0, Number(col), 1, 1).format.columnWidth = charsToPoints(width);
  }
  if (plan.freezeRows !== undefined && plan.freezeRows > 0) {
    await budget.reserve(SMALL_OP_BYTES);
    sheet.freezePanes.freezeRows(plan.freezeRows);
  }
  const labels: PendingLabels[] = [];
  for (const chart of plan.charts) {
    await budget.reserve(SMALL_OP_BYTES * chartOperationCount(chart));
    labels.push(...applyChart(sheet, sheetName, chart));
  }
  // Tables, validation and notes last: a table takes its header from the written first row.
  await queueTableParts(sheet, plan, budget);
  return labels;
}

/** One number format over a rectangle, as 2-D arrays in row chunks of at most `chunkBudget` bytes. */
async function writeUniformFormat(sheet: Excel.Worksheet, rect: Rect, format: string, budget: RequestBudget, chunkBudget: number) {
  if (rect.rows <= 0 || rect.cols <= 0) return;
  const perRow = rowBytes(uniformGrid(1, rect.cols, format)[0]);
  const step = Math.max(1, Math.floor(chunkBudget / perRow));
  for (let r = 0; r < rect.rows; r += step) {
    const n = Math.min(step, rect.rows - r);
    await budget.reserve(n * perRow + SMALL_OP_BYTES);
    sheet.getRangeByIndexes(rect.row + r, rect.col, n, rect.cols).numberFormat = uniformGrid(n, rect.cols, format);
  }
}

/** Rectangular copy of the block (Office.js rejects ragged arrays): null and non-finite numbers become "". */
function rectangular(block: ValueBlock): (string | number | boolean)[][] {
  const width = block.values.reduce((w, r) => Math.max(w, r.length), 0);
  return block.values.map((row) => {
    const out = row.map((v: PlanValue) => (v === null || (typeof v === 'number' && !Number.isFinite(v)) ? '' : v));
    while (out.length < width) out.push('');
    return out;
  });
}

async function writeBlock(sheet: Excel.Worksheet, block: ValueBlock, budget: RequestBudget, chunkBudget: number, textMode: TextMode) {
  const cells = rectangular(block);
  const width = cells.length > 0 ? cells[0].length : 0;
  if (width === 0) return;
  if (!block.userText) {
    const rows = toExcelValues(cells, false);
    for (const chunk of chunkRows(rows, chunkBudget)) {
      await budget.reserve(chunk.bytes + SMALL_OP_BYTES);
      sheet.getRangeByIndexes(block.row + chunk.start, block.col, chunk.count, width).values = slice(rows, chunk.start, chunk.count);
    }
    return;
  }
  // User text: the Text format where it displays, then the value in its documented typed
  // form where the host has it (see textSafety.ts); each alone already gives text.
  const formats = cells.map((row) => row.map(userTextFormat));
  const rows = textMode === 'valuesAsJson' ? cells.map((row) => row.map(toCellValue)) : toExcelValues(cells, true);
  for (const chunk of chunkRows(rows, chunkBudget, (i) => rowBytes(formats[i]))) {
    await budget.reserve(chunk.bytes + 2 * SMALL_OP_BYTES);
    const range = sheet.getRangeByIndexes(block.row + chunk.start, block.col, chunk.count, width);
    range.numberFormat = slice(formats, chunk.start, chunk.count);
    if (textMode === 'valuesAsJson') range.valuesAsJson = slice(rows as Excel.CellValue[][], chunk.start, chunk.count);
    else range.values = slice(rows as (string | number | boolean)[][], chunk.start, chunk.count);
  }
}

function slice<T>(rows: T[][], start: number, count: number): T[][] {
  return start === 0 && count === rows.length ? rows : rows.slice(start, start + count);
}
