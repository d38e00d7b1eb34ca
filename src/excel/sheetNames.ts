/** Excel's limit on worksheet names. */
export const MAX_SHEET_NAME = 31;

/**
 * A sheet name that clashes with none of `taken` (Excel compares names
 * case-insensitively). A clash gets " (2)", " (3)"…, shortening the base so the
 * result stays within 31 characters; the user's sheet keeps its name.
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

/** Replaces characters Excel forbids in sheet names and trims to 31 characters. */
export function cleanSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').slice(0, MAX_SHEET_NAME).trim();
  return cleaned.length > 0 ? cleaned : 'RMO';
}
