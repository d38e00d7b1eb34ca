import { columnLetter } from '../input/columns';
import { TEXT_FORMAT_MAX_CHARS, type CellStyle, type PlanValue, type SheetPlan, type ValidationSpec } from '../report/plan';
import type { StyleBook } from './styles';
import { escapeAttr, escapeText } from './xml';

/** Relationship ids the sheet's XML refers to (drawing for charts, legacy drawing for notes, tables). */
export interface SheetLinks {
  readonly drawing?: string;
  readonly legacyDrawing?: string;
  readonly tables: readonly string[];
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Rows per chunk of XML turned into bytes, so a 200,000-row sheet never becomes one giant string. */
const ROWS_PER_CHUNK = 2000;

const cellRef = (row: number, col: number) => `${columnLetter(col + 1)}${row + 1}`;
const rectRef = (r: { row: number; col: number; rows: number; cols: number }) =>
  r.rows === 1 && r.cols === 1 ? cellRef(r.row, r.col) : `${cellRef(r.row, r.col)}:${cellRef(r.row + r.rows - 1, r.col + r.cols - 1)}`;

/** Something covering rows [from, to] in plan order: a value block or a styled rectangle. */
interface Span {
  readonly from: number;
  readonly to: number;
  readonly index: number;
}

/**
 * The worksheet XML of one plan, as UTF-8 bytes. Values after styles, as in the add-in: a
 * style's number format never reaches user text, which gets the text format "@".
 * Strings are inline strings, so they are always text whatever their first character,
 * and the workbook's shared-string table is not touched. Element order follows
 * CT_Worksheet (ECMA-376 part 1, 18.3.1.99).
 */
export function sheetXml(plan: SheetPlan, styles: StyleBook, links: SheetLinks): Uint8Array {
  const out = new GrowingBytes();
  let buf: string[] = [];
  const flush = () => {
    if (buf.length) out.write(buf.join(''));
    buf = [];
  };
  const freeze = plan.freezeRows && plan.freezeRows > 0 ? plan.freezeRows : 0;
  buf.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>`);
  // Printed, a sheet is as wide as one landscape page and as long as it needs.
  buf.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  buf.push(
    freeze
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${freeze + 1}" sqref="A${freeze + 1}"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
  );
  buf.push('<sheetFormatPr defaultRowHeight="15"/>');
  const widths = Object.entries(plan.columnWidths)
    .map(([c, w]) => [Number(c), w] as const)
    .filter(([c, w]) => Number.isInteger(c) && c >= 0 && Number.isFinite(w) && w > 0)
    .sort((a, b) => a[0] - b[0]);
  if (widths.length) buf.push(`<cols>${widths.map(([c, w]) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`);

  buf.push('<sheetData>');
  writeRows(plan, styles, buf, () => {
    if (buf.length > ROWS_PER_CHUNK) flush();
  });
  buf.push('</sheetData>');

  const validations = plan.validations ?? [];
  if (validations.length) buf.push(`<dataValidations count="${validations.length}">${validations.map(validationXml).join('')}</dataValidations>`);
  buf.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  buf.push('<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
  if (links.drawing) buf.push(`<drawing r:id="${links.drawing}"/>`);
  if (links.legacyDrawing) buf.push(`<legacyDrawing r:id="${links.legacyDrawing}"/>`);
  if (links.tables.length) buf.push(`<tableParts count="${links.tables.length}">${links.tables.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`);
  buf.push('</worksheet>');
  flush();
  return out.bytes();
}

/**
 * UTF-8 bytes in one buffer that doubles when full: a 200,000-row sheet becomes a few
 * large allocations instead of hundreds of chunk buffers (each of which makes V8
 * weigh a full garbage collection of the whole heap).
 */
class GrowingBytes {
  private buf = Buffer.allocUnsafe(1 << 20);
  private length = 0;

  write(text: string): void {
    const need = this.length + text.length * 3;
    if (need > this.buf.length) {
      let size = this.buf.length * 2;
      while (size < need) size *= 2;
      const next = Buffer.allocUnsafe(size);
      this.buf.copy(next, 0, 0, this.length);
      this.buf = next;
    }
    this.length += this.buf.write(text, this.length, 'utf8');
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

function writeRows(plan: SheetPlan, styles: StyleBook, buf: string[], maybeFlush: () => void): void {
  const blocks: Span[] = plan.blocks.map((b, index) => ({ from: b.row, to: b.row + b.values.length - 1, index })).filter((s) => s.to >= s.from);
  const rects: Span[] = plan.styles.map((s, index) => ({ from: s.rect.row, to: s.rect.row + s.rect.rows - 1, index })).filter((s) => s.to >= s.from && plan.styles[s.index].rect.cols > 0);
  // Header cells of a table must be text: Excel names the table's columns after them.
  const tableHeaders = new Set<number>();
  let width = 0;
  for (const t of plan.tables ?? []) for (let c = 0; c < t.rect.cols; c++) tableHeaders.add((t.rect.row * 16384) + t.rect.col + c);
  for (const b of plan.blocks) for (const row of b.values) width = Math.max(width, b.col + row.length);
  for (const s of plan.styles) width = Math.max(width, s.rect.col + s.rect.cols);
  const heights = plan.rowHeights ?? {};
  let last = -1;
  for (const s of blocks) last = Math.max(last, s.to);
  for (const s of rects) last = Math.max(last, s.to);
  for (const r of Object.keys(heights)) last = Math.max(last, Number(r));
  const byStart = (list: Span[]) => [...list].sort((a, b) => a.from - b.from || a.index - b.index);
  const blockQueue = byStart(blocks);
  const rectQueue = byStart(rects);
  let bi = 0;
  let ri = 0;
  let activeBlocks: Span[] = [];
  let activeRects: Span[] = [];

  // A cell's styles are the rectangles covering it, in plan order: a "combination" id
  // grows by one rectangle at a time (memoised), then maps to one cell style index.
  const comboNext = new Map<number, number>();
  const comboRects: number[][] = [[]];
  const styleOf = new Map<number, number>();
  const next = (combo: number, rect: number): number => {
    const key = combo * 65536 + rect;
    let id = comboNext.get(key);
    if (id === undefined) {
      id = comboRects.length;
      comboRects.push([...comboRects[combo], rect]);
      comboNext.set(key, id);
    }
    return id;
  };
  const cellStyle = (combo: number, text: boolean): number => {
    const key = combo * 2 + (text ? 1 : 0);
    let s = styleOf.get(key);
    if (s === undefined) {
      const merged = comboRects[combo].reduce<CellStyle>((acc, i) => ({ ...acc, ...definedOnly(plan.styles[i].style) }), {});
      s = combo || text ? styles.index(merged, text) : 0;
      styleOf.set(key, s);
    }
    return s;
  };

  const vals: (PlanValue | undefined)[] = new Array(width).fill(undefined);
  const isText = new Uint8Array(width);
  const combo = new Int32Array(width);
  for (let r = 0; r <= last; r++) {
    while (bi < blockQueue.length && blockQueue[bi].from <= r) activeBlocks.push(blockQueue[bi++]);
    while (ri < rectQueue.length && rectQueue[ri].from <= r) activeRects.push(rectQueue[ri++]);
    if (activeBlocks.some((s) => s.to < r)) activeBlocks = activeBlocks.filter((s) => s.to >= r);
    if (activeRects.some((s) => s.to < r)) activeRects = activeRects.filter((s) => s.to >= r);
    const height = heights[r];
    if (!activeBlocks.length && !activeRects.length && height === undefined) continue;

    let lo = width;
    let hi = -1;
    if (activeRects.length > 1) activeRects.sort((a, b) => a.index - b.index);
    for (const s of activeRects) {
      const rect = plan.styles[s.index].rect;
      for (let c = rect.col; c < rect.col + rect.cols; c++) combo[c] = next(combo[c], s.index);
      if (rect.col < lo) lo = rect.col;
      if (rect.col + rect.cols - 1 > hi) hi = rect.col + rect.cols - 1;
    }
    // Later blocks overwrite earlier ones, as later writes do.
    if (activeBlocks.length > 1) activeBlocks.sort((a, b) => a.index - b.index);
    for (const s of activeBlocks) {
      const b = plan.blocks[s.index];
      const row = b.values[r - b.row];
      const text = b.userText === true;
      for (let j = 0; j < row.length; j++) {
        const v = row[j];
        if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) continue;
        const c = b.col + j;
        vals[c] = v;
        // "@" only up to 255 characters: a longer Text cell shows "####" in Excel (plan.ts); the cell is a string either way.
        isText[c] = text && typeof v === 'string' && v.length <= TEXT_FORMAT_MAX_CHARS ? 1 : 0;
        if (c < lo) lo = c;
        if (c > hi) hi = c;
      }
    }
    let xml = `<row r="${r + 1}"${height !== undefined && Number.isFinite(height) && height > 0 ? ` ht="${height}" customHeight="1"` : ''}>`;
    for (let c = lo; c <= hi; c++) {
      const v = vals[c];
      if (v === undefined && combo[c] === 0) continue;
      const header = tableHeaders.size > 0 && tableHeaders.has(r * 16384 + c);
      const text = isText[c] === 1 || (header && v !== undefined && typeof v !== 'string');
      xml += cellXml(r, c, v, cellStyle(combo[c], text), header);
      vals[c] = undefined;
      isText[c] = 0;
      combo[c] = 0;
    }
    buf.push(xml + '</row>');
    maybeFlush();
  }
}

function definedOnly(style: CellStyle): CellStyle {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(style)) if (v !== undefined) out[k] = v;
  return out as CellStyle;
}

const LETTERS: string[] = [];

function cellXml(row: number, col: number, v: PlanValue | undefined, s: number, asText: boolean): string {
  const r = (LETTERS[col] ??= columnLetter(col + 1)) + (row + 1);
  const style = s ? ` s="${s}"` : '';
  if (v === undefined || v === null) return `<c r="${r}"${style}/>`;
  if (typeof v === 'number' && !asText) return `<c r="${r}"${style}><v>${v}</v></c>`;
  if (typeof v === 'boolean' && !asText) return `<c r="${r}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${r}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeText(String(v))}</t></is></c>`;
}

/** Excel's limits on a validation's texts (characters). */
const MAX_PROMPT = 255;
const MAX_ERROR = 225;
/** Largest Excel date serial (31 December 9999). */
const MAX_DATE_SERIAL = 2958465;

function validationXml(v: ValidationSpec): string {
  const texts =
    (v.prompt ? ` showInputMessage="1" prompt="${escapeAttr(v.prompt.slice(0, MAX_PROMPT))}"` : '') +
    (v.error ? ` showErrorMessage="1" error="${escapeAttr(v.error.slice(0, MAX_ERROR))}"` : ' showErrorMessage="1"');
  const sqref = rectRef(v.rect);
  switch (v.kind) {
    case 'list': {
      const list = `"${v.items.join(',').replace(/"/g, '""')}"`;
      return `<dataValidation type="list" allowBlank="1"${texts} sqref="${sqref}"><formula1>${escapeText(list)}</formula1></dataValidation>`;
    }
    case 'whole':
    case 'decimal':
      return `<dataValidation type="${v.kind}" operator="between" allowBlank="1"${texts} sqref="${sqref}"><formula1>${v.min}</formula1><formula2>${v.max}</formula2></dataValidation>`;
    case 'date':
      return `<dataValidation type="date" operator="between" allowBlank="1"${texts} sqref="${sqref}"><formula1>1</formula1><formula2>${MAX_DATE_SERIAL}</formula2></dataValidation>`;
  }
}
