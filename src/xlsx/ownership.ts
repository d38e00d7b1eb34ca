import type { Workbook } from 'exceljs';

/**
 * How the tool marks the sheets it owns: one workbook-level defined name per sheet,
 * `_rmo.<plan key>`, referring to A1 of that sheet. We chose a defined name because
 * Excel keeps it pointing at the sheet when the user renames it, drops it (#REF!) when
 * the sheet is deleted, both Office.js (workbook.names) and exceljs can read and write
 * it, and it never touches the sheet's cells. A user sheet can never carry our name by
 * accident, so a sheet is ours only when such a name points at it.
 */
export const OWNER_PREFIX = '_rmo.';

/** Defined-name text for a plan key; Excel names allow letters, digits, '_' and '.'. */
export function ownerName(key: string): string {
  return OWNER_PREFIX + key.replace(/[^A-Za-z0-9_.]/g, '_');
}

/** Sheet-qualified A1 reference, quoting the sheet name as Excel does. */
export function sheetA1(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1`;
}

/**
 * Sheets this tool owns: sheet name → our defined name marking it. Keyed by sheet,
 * because one name may point at two sheets (a sheet of the Excel add-in and one of
 * ours for the same key); both are ours.
 */
export function ownedSheets(wb: Workbook): Map<string, string> {
  const owned = new Map<string, string>();
  for (const dn of wb.definedNames.model) {
    if (!dn.name.startsWith(OWNER_PREFIX)) continue;
    for (const range of dn.ranges) {
      const sheet = sheetOfRange(range);
      if (sheet !== undefined && wb.getWorksheet(sheet)) owned.set(sheet, dn.name);
    }
  }
  return owned;
}

/** Names of the sheets this tool created. */
export function ownedSheetNames(wb: Workbook): Set<string> {
  return new Set(ownedSheets(wb).keys());
}

/** The (first) sheet of ours that holds a plan key, e.g. "rmo.problems". */
export function ownedSheetFor(wb: Workbook, key: string): string | undefined {
  const name = ownerName(key);
  for (const [sheet, n] of ownedSheets(wb)) if (n === name) return sheet;
  return undefined;
}

export function markOwned(wb: Workbook, key: string, sheet: string): void {
  wb.definedNames.add(sheetA1(sheet), ownerName(key));
}

export function unmarkOwned(wb: Workbook, name: string, sheet: string): void {
  wb.definedNames.remove(sheetA1(sheet), name);
}

function sheetOfRange(range: string): string | undefined {
  const bang = range.lastIndexOf('!');
  if (bang <= 0) return undefined;
  let s = range.slice(0, bang);
  if (s.startsWith("'") && s.endsWith("'")) s = s.slice(1, -1);
  // exceljs keeps Excel's doubled quote ('Bob''s'); undo it to get the real name.
  return s.replace(/''/g, "'");
}
