/** Excel sheet names: at most 31 characters, none of []:*?/\ , no leading/trailing apostrophe. */
export const MAX_SHEET_NAME = 31;

export function cleanSheetName(name: string): string {
  const s = name.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, MAX_SHEET_NAME).trim();
  return s || 'RMO';
}

/**
 * First free name: the name itself, else "Name (2)", "Name (3)", … shortened so the
 * suffix still fits. Excel compares sheet names case-insensitively, so `taken` holds
 * lower-cased names.
 */
export function uniqueSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = cleanSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
