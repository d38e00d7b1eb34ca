import { keyFromMarkerName, SHEET_KEY_PROPERTY, sheetOfReference } from '../report/ownership-marker';
import type { XlsxPackage } from './package';
import { definedNames, sheetEntries, type SheetEntry } from './workbook';
import { attr, tags } from './xml';

/**
 * Which sheets this tool owns. The marks are shared with the Excel add-in
 * (report/ownership-marker.ts): a workbook-level defined name `_rmo.<plan key>` on A1
 * of the sheet (both shells write it), or, for sheets the add-in made, the worksheet
 * custom property `rmo.sheetKey`. A key that has a marker name at all (live, or
 * #REF! after its sheet was deleted) is settled by that name, so a sheet carrying
 * only a copied property is the user's copy and stays the user's. Otherwise the first
 * sheet with the property holds the key.
 *
 * Returns sheet name → plan key.
 */
export function ownedSheets(pkg: XlsxPackage, workbookPart: string, sheets: readonly SheetEntry[]): Map<string, string> {
  const owned = new Map<string, string>();
  const byLower = new Map(sheets.map((s) => [s.name.toLowerCase(), s.name]));
  const keysWithName = new Set<string>();
  for (const dn of definedNames(pkg, workbookPart)) {
    if (dn.localSheetId !== undefined) continue;
    const key = keyFromMarkerName(dn.name);
    if (key === undefined) continue;
    keysWithName.add(key);
    for (const ref of dn.value.split(',')) {
      const sheet = sheetOfReference(ref);
      const live = sheet === undefined ? undefined : byLower.get(sheet.toLowerCase());
      if (live !== undefined) owned.set(live, key);
    }
  }
  for (const s of sheets) {
    if (!s.isWorksheet || !s.part || owned.has(s.name)) continue;
    const key = addinKey(pkg, s.part);
    if (key === undefined || keysWithName.has(key)) continue;
    owned.set(s.name, key);
    keysWithName.add(key);
  }
  return owned;
}

/** The plan key in a worksheet's `rmo.sheetKey` custom property (Office.js Worksheet.customProperties). */
function addinKey(pkg: XlsxPackage, sheetPart: string): string | undefined {
  if (!pkg.contains(sheetPart, 'customPr')) return undefined;
  const xml = pkg.text(sheetPart);
  if (!xml) return undefined;
  const rels = pkg.relationships(sheetPart);
  for (const pr of tags(xml, 'customPr')) {
    // Custom property keys are case-insensitive in Office.js.
    if (attr(pr, 'name')?.toLowerCase() !== SHEET_KEY_PROPERTY.toLowerCase()) continue;
    const target = rels.get(attr(pr, 'r:id') ?? '')?.target;
    const bytes = target ? pkg.bytes(target) : undefined;
    if (bytes) return decodeValue(bytes) || undefined;
  }
  return undefined;
}

/**
 * Excel keeps a custom property's value as a binary part; for text that is UTF-16LE.
 * We accept UTF-8 as well (zero bytes at odd positions tell UTF-16 apart).
 */
function decodeValue(bytes: Uint8Array): string {
  const utf16 = bytes.length >= 2 && bytes.length % 2 === 0 && bytes[1] === 0;
  const b = Buffer.from(bytes);
  const s = utf16 ? b.toString('utf16le') : b.toString('utf8');
  return s.replace(/^\uFEFF/, '').replace(/\0+$/, '').trim();
}

/** Names of the sheets this tool owns in an opened file. */
export function ownedSheetNames(file: { readonly pkg: XlsxPackage; readonly workbookPart: string }): Set<string> {
  return new Set(ownedSheets(file.pkg, file.workbookPart, sheetEntries(file.pkg, file.workbookPart)).keys());
}

/** The sheet of ours that holds a plan key, e.g. "rmo.problems". */
export function ownedSheetFor(file: { readonly pkg: XlsxPackage; readonly workbookPart: string }, key: string): string | undefined {
  for (const [sheet, k] of ownedSheets(file.pkg, file.workbookPart, sheetEntries(file.pkg, file.workbookPart))) if (k === key) return sheet;
  return undefined;
}
