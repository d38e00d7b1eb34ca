import { columnLetter, columnNumber } from '../input/columns';
import { serialFromDate } from '../input/dates';
import { stringItemText, unescapeText } from './xml';

/** A cell value as input/ expects it: dates as serial days, errors as their "#N/A" text. */
export type RawValue = string | number | boolean | null;

/** One row's cells: values and number-format codes by one-based column (sparse arrays; a hole is no cell). */
export interface CellRow {
  readonly values: RawValue[];
  readonly formats: (string | undefined)[];
}

export interface SheetCells {
  /** One-based row → its cells (only rows that hold a value). */
  readonly rows: Map<number, CellRow>;
  /** Addresses of formula cells that carry no saved result (written by a tool that does not calculate). */
  readonly formulasWithoutValue: string[];
  /** Merged areas as "A1:B2". */
  readonly merges: string[];
}

/** The shared-string table: index → plain text (rich runs joined). */
export function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const re = /<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] ? stringItemText(m[1]) : '');
  return out;
}

/** "B12" → [12, 2]; undefined for a malformed reference. */
export function splitRef(ref: string): [number, number] | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  return m ? [Number(m[2]), columnNumber(m[1].toUpperCase())] : undefined;
}

/** Excel serial day of an ISO date-time (`t="d"` cells, written by some tools). */
function isoToSerial(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text);
  if (!m) return null;
  const day = serialFromDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (day === undefined) return null;
  return day + ((Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0)) * 60 + Number(m[6] ?? 0)) / 86400;
}

const CELL_OR_ROW = /<([\w.-]+:)?(row|c)\b([^>]*?)(\/?)>/g;

/**
 * Reads the cells of one worksheet's XML: the values Office.js `values` would give
 * (formulas by their saved result, shared, inline and rich strings as text, booleans,
 * errors as text, numbers, ISO dates as serials) and each cell's number format.
 * Rows and cells without an `r` attribute follow the previous one, as the format allows.
 */
export function readSheetCells(xml: string, shared: readonly string[], formats: readonly string[]): SheetCells {
  const rows = new Map<number, CellRow>();
  const formulasWithoutValue: string[] = [];
  const start = xml.search(/<(?:[\w.-]+:)?sheetData\b/);
  const endTag = xml.search(/<\/(?:[\w.-]+:)?sheetData>/);
  const merges = [...xml.slice(endTag >= 0 ? endTag : 0).matchAll(/<(?:[\w.-]+:)?mergeCell\b[^>]*\sref="([^"]+)"/g)].map((m) => m[1]);
  if (start < 0) return { rows, formulasWithoutValue, merges };
  CELL_OR_ROW.lastIndex = start;
  let rowNo = 0;
  let colNo = 0;
  let current: CellRow | undefined;
  for (let m = CELL_OR_ROW.exec(xml); m; m = CELL_OR_ROW.exec(xml)) {
    if (endTag >= 0 && m.index > endTag) break;
    const tagAttrs = m[3];
    if (m[2] === 'row') {
      const r = /\sr="(\d+)"/.exec(tagAttrs);
      rowNo = r ? Number(r[1]) : rowNo + 1;
      colNo = 0;
      current = undefined;
      continue;
    }
    let body = '';
    if (m[4] !== '/') {
      // Nothing inside a cell (<v>, <f>, <is>, <t>, <r>) is called "c", so its own end tag is the next one.
      const close = `</${m[1] ?? ''}c>`;
      const end = xml.indexOf(close, CELL_OR_ROW.lastIndex);
      const bodyEnd = end < 0 ? xml.length : end;
      body = xml.slice(CELL_OR_ROW.lastIndex, bodyEnd);
      CELL_OR_ROW.lastIndex = bodyEnd + close.length;
    }
    const ref = attrValue(tagAttrs, ' r="');
    if (ref !== undefined) {
      const split = splitRef(ref);
      if (split) {
        if (split[0] !== rowNo) current = undefined;
        [rowNo, colNo] = split;
      } else colNo++;
    } else colNo++;
    const type = attrValue(tagAttrs, ' t="') ?? 'n';
    const s = attrValue(tagAttrs, ' s="');
    const format = formats[s ? Number(s) : 0] ?? 'General';
    const value = cellValue(body, type, shared);
    if (value === undefined) {
      if (/<(?:[\w.-]+:)?f\b/.test(body)) formulasWithoutValue.push(`${columnLetter(colNo)}${rowNo}`);
      continue;
    }
    if (!current) {
      current = rows.get(rowNo);
      if (!current) rows.set(rowNo, (current = { values: [], formats: [] }));
    }
    current.values[colNo] = value;
    if (format !== 'General') current.formats[colNo] = format;
  }
  return { rows, formulasWithoutValue, merges };
}

/** An attribute's value by its exact spelling with the leading space and quote (' r="'); fast for the few a cell has. */
function attrValue(attrs: string, key: string): string | undefined {
  const i = attrs.indexOf(key);
  if (i < 0) return undefined;
  const start = i + key.length;
  return attrs.slice(start, attrs.indexOf('"', start));
}

/** A cell's value; undefined when the cell holds none (a style only, or a formula never calculated). */
function cellValue(body: string, type: string, shared: readonly string[]): RawValue | undefined {
  if (type === 'inlineStr') {
    const is = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/.exec(body);
    return is ? stringItemText(is[1]) : undefined;
  }
  let text: string;
  if (body.startsWith('<v>')) {
    const end = body.indexOf('</v>');
    text = body.slice(3, end < 0 ? body.length : end);
  } else {
    const v = /<(?:[\w.-]+:)?v\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?v>)/.exec(body);
    if (!v) return undefined;
    text = v[1] ?? '';
  }
  switch (type) {
    case 's': {
      const s = shared[Number(text)];
      return s === undefined ? null : s;
    }
    case 'str':
      return unescapeText(text);
    case 'b':
      return text.trim() === '1' || text.trim().toLowerCase() === 'true';
    case 'e':
      return unescapeText(text);
    case 'd':
      return isoToSerial(text.trim());
    default: {
      if (text === '') return undefined;
      const n = Number(text);
      return Number.isFinite(n) ? n : unescapeText(text);
    }
  }
}
