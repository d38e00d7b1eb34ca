import type { PlanValue } from '../report/plan';

/**
 * How text that looks like a formula is kept as text when written through
 * Office.js `Range.values`.
 *
 * Office.js documents that a string written to `values` that starts with "=",
 * "+" or "-" is interpreted as a formula, i.e. `values` behaves like typing into
 * the cell. Typing follows two rules we rely on:
 *  1. A leading apostrophe is Excel's quote-prefix: the cell stores the text
 *     after it and shows it as text (the apostrophe is not part of the value).
 *  2. A cell formatted as Text ("@") stores whatever is entered as text.
 * We use both for user text: the block gets numberFormat "@" before its values
 * (so later edits by the user also stay text, and "0012" or "1/2" are not turned
 * into numbers or dates), and risky strings get an apostrophe, which works even
 * where the "@" format is not applied (other blocks) or not honoured.
 * A string that itself starts with an apostrophe is prefixed too, or Excel would
 * swallow the user's own apostrophe as the quote-prefix.
 */
const RISKY_USER_TEXT = /^[=+\-@']/;
/** Outside user-text blocks only "=" (and a leading apostrophe) are escaped: report labels like "-" or "+3" are ours. */
const RISKY_ANY_TEXT = /^[=']/;

export function needsTextPrefix(value: string, userText: boolean): boolean {
  return (userText ? RISKY_USER_TEXT : RISKY_ANY_TEXT).test(value);
}

/** Values ready for `Range.values`: risky strings get the quote-prefix, null becomes "" (Office.js skips null in writes). */
export function toExcelValues(values: readonly (readonly PlanValue[])[], userText: boolean): (string | number | boolean)[][] {
  return values.map((row) =>
    row.map((v) => {
      if (v === null) return '';
      if (typeof v === 'string' && needsTextPrefix(v, userText)) return `'${v}`;
      if (typeof v === 'number' && !Number.isFinite(v)) return '';
      return v;
    }),
  );
}
