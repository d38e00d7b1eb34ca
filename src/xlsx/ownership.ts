import type { Workbook } from 'exceljs';

import { keyFromMarkerName, markerName, sheetA1Reference, sheetOfReference } from '../report/ownership-marker';

/**
 * How the tool marks the sheets it owns: one workbook-level defined name per sheet,
 * `_rmo.<plan key>`, referring to A1 of that sheet. The format is shared with the
 * Excel add-in (report/ownership-marker.ts), which writes the same name next to its
 * worksheet custom property, so each recognises the other's sheets. Excel keeps the
 * name pointing at the sheet when the user renames it and drops it (#REF!) when the
 * sheet is deleted; it never touches the sheet's cells. A user sheet can never carry
 * our name by accident, so a sheet is ours only when such a name points at it.
 */

/**
 * Sheets this tool owns: sheet name → our defined name marking it. Keyed by sheet,
 * because one name may point at two sheets (a sheet of the Excel add-in and one of
 * ours for the same key); both are ours.
 */
export function ownedSheets(wb: Workbook): Map<string, string> {
  const owned = new Map<string, string>();
  for (const dn of wb.definedNames.model) {
    if (keyFromMarkerName(dn.name) === undefined) continue;
    for (const range of dn.ranges) {
      const sheet = liveSheet(wb, range);
      if (sheet !== undefined) owned.set(sheet, dn.name);
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
  for (const [sheet, n] of ownedSheets(wb)) if (keyFromMarkerName(n) === key) return sheet;
  return undefined;
}

/**
 * Marks `sheet` as holding `key`. A stale reference under the same name goes first:
 * exceljs reads Excel's "#REF!$A$1" (sheet deleted) back as "'#REF'!$A$1" and would
 * otherwise write the two side by side, a reference no reader resolves to one sheet.
 */
export function markOwned(wb: Workbook, key: string, sheet: string): void {
  const name = markerName(key);
  for (const range of wb.definedNames.getRanges(name).ranges) {
    if (liveSheet(wb, range) === undefined) wb.definedNames.remove(range, name);
  }
  wb.definedNames.add(sheetA1Reference(sheet), name);
}

export function unmarkOwned(wb: Workbook, name: string, sheet: string): void {
  wb.definedNames.remove(sheetA1Reference(sheet), name);
}

/** The name of the existing worksheet a reference points at (sheet names compare case-insensitively). */
function liveSheet(wb: Workbook, range: string): string | undefined {
  const sheet = sheetOfReference(range)?.toLowerCase();
  if (sheet === undefined) return undefined;
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === sheet)?.name;
}
