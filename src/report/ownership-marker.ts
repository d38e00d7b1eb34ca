/**
 * How the add-in (Office.js shell) and the command line (.xlsx shell) mark the
 * sheets they created, so each recognises the other's output as its own.
 *
 * Two markers, both invisible in the cells:
 *  - a workbook-level defined name `_rmo.<plan key>` referring to A1 of the sheet.
 *    Both Office.js (workbook.names) and exceljs read and write it; Excel keeps it
 *    pointing at the sheet through renames and moves, and turns it into #REF! when
 *    the sheet is deleted. Being workbook-level, it names exactly one sheet per key.
 *  - a worksheet custom property `rmo.sheetKey` = plan key (Office.js only,
 *    ExcelApi 1.12). It travels with the sheet, also into a user's copy of it.
 * A sheet is ours when either marker says so.
 *
 * Pure text rules only: no Office or exceljs import.
 */

/** Worksheet custom property holding the plan key (keys are case-insensitive in Excel). */
export const SHEET_KEY_PROPERTY = 'rmo.sheetKey';

/** Prefix of our defined names; the plan key follows it unchanged. */
export const MARKER_PREFIX = '_rmo.';

/** Excel's limit on the length of a defined name. */
export const MAX_DEFINED_NAME = 255;

/**
 * Excel's rules for a defined name, as far as our names need them: letters, digits,
 * '_' and '.', starting with a letter or '_', at most 255 characters, and not
 * readable as a cell reference (A1, XFD1048576, R1C1, R, C).
 */
export function isValidDefinedName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_DEFINED_NAME) return false;
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) return false;
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return false;
  if (/^(?:[Rr][0-9]*)?(?:[Cc][0-9]*)?$/.test(name)) return false;
  return true;
}

/** True when `key` can be carried by a marker name (every plan key "rmo.<id>" can). */
export function isMarkableKey(key: string): boolean {
  return key.length > 0 && isValidDefinedName(MARKER_PREFIX + key);
}

/**
 * The defined name marking the sheet of `key`. Plan keys are ours, so a key that
 * breaks the name rules is a programming error, not something to repair silently
 * (a repaired name would no longer give the key back).
 */
export function markerName(key: string): string {
  if (!isMarkableKey(key)) throw new RangeError(`Plan key "${key}" cannot be written as an Excel defined name`);
  return MARKER_PREFIX + key;
}

/** The plan key a defined name marks, or undefined when it is not one of ours. Excel names are case-insensitive. */
export function keyFromMarkerName(name: string): string | undefined {
  if (name.slice(0, MARKER_PREFIX.length).toLowerCase() !== MARKER_PREFIX) return undefined;
  const key = name.slice(MARKER_PREFIX.length);
  return isMarkableKey(key) ? key : undefined;
}

/** The reference our marker name holds: A1 of the sheet, quoted as Excel quotes sheet names. */
export function sheetA1Reference(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1`;
}

/**
 * The sheet a reference points at: "='Bob''s sheet'!$A$1" → "Bob's sheet",
 * "Results!$A$1" → "Results". Undefined when there is no live sheet in it:
 * "#REF!$A$1" (the sheet was deleted), "#REF!", a constant, or a reference into
 * another workbook ("[1]Sheet1!A1").
 */
export function sheetOfReference(reference: string): string | undefined {
  let s = reference.trim();
  if (s.startsWith('=')) s = s.slice(1).trimStart();
  let sheet: string;
  let rest: string;
  const quoted = s.startsWith("'");
  if (quoted) {
    let i = 1;
    let name = '';
    for (;;) {
      if (i >= s.length) return undefined;
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += s[i++];
    }
    sheet = name;
    rest = s.slice(i + 1);
  } else {
    const bang = s.indexOf('!');
    if (bang < 0) return undefined;
    sheet = s.slice(0, bang);
    rest = s.slice(bang);
  }
  if (!rest.startsWith('!') || sheet.length === 0) return undefined;
  if (sheet.startsWith('[') || (!quoted && sheet.toUpperCase() === '#REF')) return undefined;
  return sheet;
}
