import { serialFromDate } from '../model';

/**
 * Reading single cell values as Excel hands them to a custom function with type
 * "any": number, string, boolean, null/undefined for omitted arguments, "" for empty
 * cells in a range, or an error object.
 */

export function isBlank(x: unknown): boolean {
  return x === null || x === undefined || (typeof x === 'string' && x.trim() === '');
}

/** An Excel error value (CustomFunctions.Error or a JS Error) that reached us. */
export function isErrorValue(x: unknown): x is { code?: unknown; message?: unknown } {
  if (x instanceof Error) return true;
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as { code?: unknown }).code === 'string';
}

/** How a cell value is shown inside a message. */
export function cellText(x: unknown): string {
  if (isErrorValue(x)) return String(x.code ?? x.message ?? '#VALUE!');
  if (typeof x === 'boolean') return x ? 'TRUE' : 'FALSE';
  return String(x);
}

// Plain decimals with either separator: "3", "3.5", "3,5", "-1,25", ",5". No thousands
// separators: survey scores and impacts are small, and "1,234" would be ambiguous.
const DECIMAL = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

export type NumberCell = { ok: true; value: number } | { ok: false; blank: boolean };

/** A number, or text holding one with a decimal point or a Dutch decimal comma. */
export function readNumber(x: unknown): NumberCell {
  if (typeof x === 'number') return Number.isFinite(x) ? { ok: true, value: x } : { ok: false, blank: false };
  if (isBlank(x)) return { ok: false, blank: true };
  if (typeof x === 'string') {
    const s = x.trim();
    if (DECIMAL.test(s)) return { ok: true, value: Number(s.replace(',', '.')) };
  }
  return { ok: false, blank: false };
}

/** Reverse-coding flag: TRUE/FALSE, 1/0, their text forms (also Dutch WAAR/ONWAAR); blank is FALSE. */
export function readFlag(x: unknown): boolean | undefined {
  if (isBlank(x)) return false;
  if (typeof x === 'boolean') return x;
  if (x === 1 || x === 0) return x === 1;
  if (typeof x === 'string') {
    const s = x.trim().toUpperCase();
    if (s === 'TRUE' || s === 'WAAR' || s === '1') return true;
    if (s === 'FALSE' || s === 'ONWAAR' || s === '0') return false;
  }
  return undefined;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** An Excel date serial (what a date cell holds) or ISO text "2024-03-31"; undefined otherwise. */
export function readDate(x: unknown): number | undefined {
  if (typeof x === 'number') return Number.isFinite(x) ? x : undefined;
  if (typeof x !== 'string') return undefined;
  const m = ISO_DATE.exec(x.trim());
  if (!m) return undefined;
  // undefined for 2024-02-31 and the like, and for dates Excel cannot hold.
  return serialFromDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
