/**
 * Excel's sheet-name rules, applied by both shells so the Office.js add-in and the
 * .xlsx writer give a plan the same sheet name.
 */

/** Excel's limit on worksheet names. */
export const MAX_SHEET_NAME = 31;

/** Characters Excel forbids anywhere in a sheet name. */
const FORBIDDEN = /[[\]:*?/\\]/g;
/** A name may not start or end with an apostrophe; surrounding blanks are dropped with them. */
const EDGES = /^['\s]+|['\s]+$/g;

/** Excel's sheet-name rules: 1–31 characters, none of []:*?/\, not starting or ending with an apostrophe. */
export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_SHEET_NAME && !/[[\]:*?/\\]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

/**
 * A name Excel accepts: forbidden characters become spaces, leading/trailing apostrophes
 * and blanks go (before and after cutting to 31 characters, so the cut cannot leave an
 * apostrophe at the end); nothing left gives "RMO".
 */
export function cleanSheetName(name: string): string {
  const cleaned = name.replace(FORBIDDEN, ' ').replace(EDGES, '').slice(0, MAX_SHEET_NAME).replace(EDGES, '');
  return cleaned || 'RMO';
}

/**
 * The cleaned name when no sheet in `taken` has it, else "Name (2)", "Name (3)", …
 * with the base shortened so the suffix still fits in 31 characters. Excel compares
 * sheet names case-insensitively, so `taken` may be in any case. The user's sheet keeps its name.
 */
export function uniqueSheetName(desired: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const t of taken) used.add(t.toLowerCase());
  const base = cleanSheetName(desired);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
