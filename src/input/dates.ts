import { Coerced, displayValue, isBlank, isErrorValue, unwrapCell } from './coerce';
import { normalizeHeader } from './headers';
import { MAX_SERIAL, MIN_SERIAL, serialFromDate } from '../model/serial-days';

export { MIN_SERIAL, MAX_SERIAL, isLeapYear, daysInMonth, serialFromDate, isoFromSerial } from '../model/serial-days';

/** Full month names in English and Dutch; any prefix of three or more letters also counts. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'januari'],
  ['february', 'februari'],
  ['march', 'maart', 'mrt'],
  ['april'],
  ['may', 'mei'],
  ['june', 'juni'],
  ['july', 'juli'],
  ['august', 'augustus'],
  ['september'],
  ['october', 'oktober'],
  ['november'],
  ['december'],
];

export function monthFromName(name: string): number | undefined {
  const n = normalizeHeader(name);
  if (n.length < 3) return undefined;
  for (let i = 0; i < 12; i++) if (MONTH_NAMES[i].some((full) => full.startsWith(n))) return i + 1;
  return undefined;
}

/** Two-digit years as Excel reads them: 00–29 → 2000s, 30–99 → 1900s. */
function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
}

const TIME = String.raw`(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:z|[+-]\d{2}:?\d{2}))?)?`;
const YMD = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const DMY = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
const D_MONTH_Y = /^(\d{1,2})(?:st|nd|rd|th|e)?[\s\-.]+([a-z]+)\.?[\s\-.,]+(\d{4})$/;
const MONTH_D_Y = /^([a-z]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
/** A leading weekday ("Friday, 31 January 2025", "vrijdag 31 januari 2025") is ignored. */
const WEEKDAY =
  /^(?:monday|mon|tuesday|tues?|wednesday|wed|thursday|thu|thur|thurs|friday|fri|saturday|sat|sunday|sun|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?,?\s+(?=\S)/;

/**
 * A serial day from date text. Numeric day/month order is ambiguous: we read day first
 * (Dutch/European) — "03-04-2025" is 3 April — unless the first number cannot be a
 * month-day pair that way: a second number above 12 with a first number ≤ 12 is read
 * as US month/day ("04/30/2025"). A time of day is ignored; an ISO offset is ignored too
 * (the date as written counts).
 */
export function parseDateText(text: string): number | undefined {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = YMD.exec(s);
  if (m) return serialFromDate(Number(m[1]), Number(m[3]), Number(m[4]));
  m = DMY.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = fullYear(m[4]);
    return a <= 12 && b > 12 ? serialFromDate(y, a, b) : serialFromDate(y, b, a);
  }
  const t = s.replace(WEEKDAY, '');
  m = D_MONTH_Y.exec(t);
  if (m) {
    const month = monthFromName(m[2]);
    return month === undefined ? undefined : serialFromDate(Number(m[3]), month, Number(m[1]));
  }
  m = MONTH_D_Y.exec(t);
  if (m) {
    const month = monthFromName(m[1]);
    return month === undefined ? undefined : serialFromDate(Number(m[3]), month, Number(m[2]));
  }
  return undefined;
}

/**
 * A serial day from a cell: a number is taken as a serial (the time of day dropped);
 * a Date (exceljs) by its UTC calendar date; text by parseDateText.
 */
export function coerceDate(v: unknown): Coerced<number> {
  const u = unwrapCell(v);
  if (isBlank(u)) return { kind: 'blank' };
  if (isErrorValue(u)) return { kind: 'error', text: String(u).trim() };
  let serial: number | undefined;
  if (typeof u === 'number') {
    const day = Math.floor(u);
    serial = Number.isFinite(u) && day >= MIN_SERIAL && day <= MAX_SERIAL ? day : undefined;
  } else if (u instanceof Date) {
    serial = Number.isNaN(u.getTime()) ? undefined : serialFromDate(u.getUTCFullYear(), u.getUTCMonth() + 1, u.getUTCDate());
  } else if (typeof u === 'string') {
    serial = parseDateText(u);
  }
  return serial === undefined ? { kind: 'invalid', text: displayValue(u).trim() } : { kind: 'ok', value: serial };
}

/**
 * Whether an Excel number format shows a date (so a serial in a text-like column, e.g.
 * the period, is shown as a date). Quoted text, escapes and [..] sections are ignored.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const f = format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[dmy]/i.test(f);
}
