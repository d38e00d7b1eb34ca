import type { CellValue } from 'exceljs';

const MS_PER_DAY = 86_400_000;
/** Days from the Excel epoch (1899-12-30, 1900 date system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * exceljs turns date-formatted cells into UTC Dates; the core works in Excel serial
 * days (the Office.js shell gets serials too), so we hand serials back.
 */
export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

/** A raw value as input/ expects it: string | number | boolean | null (dates as serials). */
export type RawValue = string | number | boolean | null;

/**
 * Flattens an exceljs cell value the way Excel's own `values` would show it:
 * formulas give their cached result, rich text and hyperlinks their text,
 * error cells their error string ("#N/A").
 */
export function rawValue(v: CellValue | undefined): RawValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  if (typeof v !== 'object') return null;
  const o = v as unknown as Record<string, unknown>;
  if ('error' in o && typeof o.error === 'string') return o.error;
  if ('richText' in o && Array.isArray(o.richText)) return richToText(o.richText);
  if ('formula' in o || 'sharedFormula' in o) return rawValue(o.result as CellValue | undefined);
  if ('hyperlink' in o) {
    const t = o.text;
    if (typeof t === 'string') return t;
    if (t && typeof t === 'object') return rawValue(t as CellValue);
    return typeof o.hyperlink === 'string' ? o.hyperlink : null;
  }
  if ('text' in o && typeof o.text === 'string') return o.text;
  return null;
}

function richToText(parts: unknown[]): string {
  return parts.map((p) => (p && typeof p === 'object' && typeof (p as { text?: unknown }).text === 'string' ? (p as { text: string }).text : '')).join('');
}
