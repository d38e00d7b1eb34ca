/**
 * Cell coercion: what a shell read (Office.js values, exceljs values, test literals)
 * → a number, a text or a reason why not. Dates are in dates.ts.
 */

export type Coerced<T> =
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'blank' }
  | { readonly kind: 'error'; readonly text: string }
  | { readonly kind: 'invalid'; readonly text: string };

/** Error values as Office.js delivers them (strings); exceljs wraps the same in { error }. */
export const ERROR_VALUES: ReadonlySet<string> = new Set([
  '#N/A',
  '#VALUE!',
  '#DIV/0!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#BLOCKED!',
  '#BUSY!',
  '#CONNECT!',
  '#FIELD!',
  '#UNKNOWN!',
  '#PYTHON!',
]);

/**
 * Unwraps exceljs cell objects to their shown value: formula results, rich text,
 * hyperlinks. An error object becomes its error string. Anything else is returned as is.
 */
export function unwrapCell(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  const o = v as Record<string, unknown>;
  if (typeof o.error === 'string') return o.error;
  if ('result' in o) return unwrapCell(o.result);
  if (Array.isArray(o.richText)) return o.richText.map((r) => (r && typeof r === 'object' ? String((r as { text?: unknown }).text ?? '') : '')).join('');
  if (typeof o.text === 'string') return o.text;
  return v;
}

/** Printable ASCII other than space: a string starting with one is neither blank nor padded. */
function startsPrintable(s: string): boolean {
  const c = s.charCodeAt(0);
  return c > 32 && c < 127;
}

export function isErrorValue(v: unknown): boolean {
  const u = unwrapCell(v);
  if (typeof u !== 'string') return false;
  // Every error value starts with "#": skip trimming and upper-casing ordinary text (hot in parsing).
  if (startsPrintable(u) && u.charCodeAt(0) !== 35) return false;
  return ERROR_VALUES.has(u.trim().toUpperCase());
}

/**
 * Any character other than the spaces a user may type or paste (including no-break and
 * thin spaces used as thousands separators); tested instead of building a stripped copy.
 */
const NON_SPACE = /[^\s\u00a0\u2007\u202f]/;

export function isBlank(v: unknown): boolean {
  const u = unwrapCell(v);
  if (u === null || u === undefined) return true;
  if (typeof u !== 'string') return false;
  return !(startsPrintable(u) || NON_SPACE.test(u));
}

/** How an offending value is shown in a message. */
export function displayValue(v: unknown): string {
  const u = unwrapCell(v);
  if (u === null || u === undefined) return '';
  if (u instanceof Date) return Number.isNaN(u.getTime()) ? 'Invalid Date' : u.toISOString().slice(0, 10);
  if (typeof u === 'boolean') return u ? 'TRUE' : 'FALSE';
  if (typeof u === 'object') return JSON.stringify(u) ?? '';
  return String(u);
}

/**
 * A number from a cell. Text is read with either decimal separator:
 * - one "," or one "." is the decimal separator ("3,5" = "3.5" = 3.5; also "1,234" = 1.234,
 *   since scores are small and the users mostly write Dutch);
 * - with both, the last one is the decimal separator and the other groups thousands
 *   ("1.234,5" = "1,234.5" = 1234.5);
 * - the same separator more than once, or spaces, group thousands ("1.234.567", "1 234,5");
 *   groups must be three digits, so "3,5,1" is rejected;
 * - signs "+", "-" and the Unicode minus "−"; exponents ("1,5e3") without grouping.
 * Booleans and dates are not numbers here.
 */
export function coerceNumber(v: unknown): Coerced<number> {
  const u = unwrapCell(v);
  if (isBlank(u)) return { kind: 'blank' };
  if (isErrorValue(u)) return { kind: 'error', text: String(u).trim() };
  if (typeof u === 'number') return Number.isFinite(u) ? { kind: 'ok', value: u } : { kind: 'invalid', text: String(u) };
  if (typeof u !== 'string') return { kind: 'invalid', text: displayValue(u) };
  const n = parseNumberText(u);
  return n === undefined ? { kind: 'invalid', text: u.trim() } : { kind: 'ok', value: n };
}

/** The text parser behind coerceNumber; undefined when the text is not a number. */
export function parseNumberText(text: string): number | undefined {
  let s = text.trim();
  let sign = '';
  if (/^[+\-\u2212]/.test(s)) {
    sign = s[0] === '+' ? '' : '-';
    s = s.slice(1);
  }
  let exponent = '';
  const e = /[eE]([+-]?\d+)$/.exec(s);
  if (e) {
    exponent = `e${e[1]}`;
    s = s.slice(0, e.index);
  }
  const hasSpace = /[\s\u00a0\u2007\u202f]/.test(s);
  if (hasSpace) s = s.replace(/[\s\u00a0\u2007\u202f]/g, ' ');
  if (!/^[0-9., ]+$/.test(s) || !/[0-9]/.test(s)) return undefined;

  const commas = count(s, ',');
  const dots = count(s, '.');
  let decimal: string | undefined;
  let group: string | undefined;
  if (commas > 0 && dots > 0) {
    decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    group = decimal === ',' ? '.' : ',';
    if (count(s, decimal) !== 1) return undefined;
  } else if (commas + dots > 0) {
    const sep = commas > 0 ? ',' : '.';
    if (count(s, sep) === 1) decimal = sep;
    else group = sep;
  }
  if (hasSpace) {
    if (group !== undefined) return undefined; // two kinds of grouping: "1 234.567.8"
    group = ' ';
  }

  const [intPart, fracPart = ''] = decimal === undefined ? [s] : s.split(decimal);
  if (decimal !== undefined && !/^\d+$/.test(fracPart)) return undefined;
  let digits = intPart;
  if (group !== undefined) {
    if (exponent) return undefined;
    const groups = intPart.split(group);
    if (!/^\d{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return undefined;
    digits = groups.join('');
  } else if (!/^\d*$/.test(intPart) || (intPart === '' && decimal === undefined)) {
    return undefined;
  }
  const n = Number(`${sign}${digits === '' ? '0' : digits}${decimal === undefined ? '' : `.${fracPart}`}${exponent}`);
  return Number.isFinite(n) ? n : undefined;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * Text from a cell, trimmed. Numbers and booleans become their text; a formula-like text
 * ("=SUM(A1)", "@foo") is kept exactly as data, never evaluated.
 */
export function coerceText(v: unknown): Coerced<string> {
  const u = unwrapCell(v);
  if (isBlank(u)) return { kind: 'blank' };
  if (isErrorValue(u)) return { kind: 'error', text: String(u).trim() };
  if (typeof u === 'string') return { kind: 'ok', value: u.trim() };
  if (typeof u === 'number') return Number.isFinite(u) ? { kind: 'ok', value: String(u) } : { kind: 'invalid', text: String(u) };
  if (typeof u === 'boolean' || u instanceof Date) return { kind: 'ok', value: displayValue(u) };
  return { kind: 'invalid', text: displayValue(u) };
}
