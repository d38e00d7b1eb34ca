import { TEXT_FORMAT_MAX_CHARS, type PlanValue } from '../report/plan';

/**
 * How text from the user (supplier names, descriptions, review answers) stays text when
 * written through Office.js, so "=SUM(A1)", "+31 6 1234" or "-minus" never become formulas.
 *
 * What the docs say: a string written to `Range.values` that starts with "=", "+" or "-"
 * is interpreted as a formula (Range.values,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 * They document no way to write such a string through `values` as text. They do document
 * `Range.valuesAsJson` (ExcelApi 1.16) with `StringCellValue`, "the value of a cell
 * containing a string" (https://learn.microsoft.com/javascript/api/excel/excel.stringcellvalue):
 * a typed string, not input to parse.
 *
 * So, in order of preference, and never relying on one undocumented behaviour alone:
 *  - 'valuesAsJson' (ExcelApi 1.16): user text goes in as StringCellValue objects, the
 *    documented typed form. No apostrophe is added (it would be part of the string).
 *  - 'quotePrefix' (older hosts): `values` with a leading apostrophe on risky strings
 *    (Excel's quote-prefix when typing, undocumented for the API)
 * and in both modes the cells of short text get the Text number format "@" first
 * (undocumented for the API too, but it also keeps the user's later edits as text and
 * "0012" or "1/2" from becoming numbers or dates). Either mechanism alone gives text.
 *
 * Long prose is not given "@": Excel shows "####" in a Text-formatted cell holding more
 * than 255 characters (a long-standing display behaviour; review answers reach ~800),
 * so text longer than TEXT_FORMAT_MAX_CHARS keeps "General" and relies on the
 * StringCellValue / apostrophe alone.
 *
 * A string that itself starts with an apostrophe is prefixed too in 'quotePrefix' mode,
 * or Excel would swallow the user's own apostrophe as the quote-prefix.
 */
export type TextMode = 'valuesAsJson' | 'quotePrefix';

export { TEXT_FORMAT_MAX_CHARS };

const RISKY_USER_TEXT = /^[=+\-@']/;
/** Outside user-text blocks only "=" (and a leading apostrophe) are escaped: report labels like "-" or "+3" are ours. */
const RISKY_ANY_TEXT = /^[=']/;

/** ExcelApi 1.16 where Office.js can tell; the documented typed form also outside Office (tests, fakes). */
export function detectTextMode(): TextMode {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (!requirements) return 'valuesAsJson';
  return requirements.isSetSupported('ExcelApi', '1.16') ? 'valuesAsJson' : 'quotePrefix';
}

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

/** One cell as a CellValue for `Range.valuesAsJson`: strings typed as strings, never parsed. */
export function toCellValue(v: string | number | boolean): Excel.CellValue {
  if (typeof v === 'number') return { type: 'Double', basicValue: v } as Excel.DoubleCellValue;
  if (typeof v === 'boolean') return { type: 'Boolean', basicValue: v } as Excel.BooleanCellValue;
  if (v === '') return { type: 'Empty', basicValue: '' } as Excel.EmptyCellValue;
  return { type: 'String', basicValue: v } as Excel.StringCellValue;
}

/** Number format per cell of a user-text block: "@" except for text too long to show under it. */
export function userTextFormat(v: PlanValue): string {
  return typeof v === 'string' && v.length > TEXT_FORMAT_MAX_CHARS ? 'General' : '@';
}
