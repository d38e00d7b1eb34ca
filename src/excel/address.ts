/**
 * A1-address helpers for the Office.js shell. Pure: no Office import, so the
 * fake and the tests can use them too.
 */
import { columnLetter, columnNumber } from '../input/columns';

/** Letters → zero-based column index ("A" → 0, "AA" → 26). */
export function columnIndex(letters: string): number {
  return columnNumber(letters) - 1;
}

/** Sheet name as it must appear in a formula or address: always quoted, quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Absolute reference to a zero-based cell rectangle on a sheet, e.g. 'Results'!$A$2:$A$11. */
export function absoluteRef(sheet: string, row: number, col: number, rows: number, cols: number): string {
  const start = `$${columnLetter(col + 1)}$${row + 1}`;
  const single = rows === 1 && cols === 1;
  const end = `$${columnLetter(col + cols)}$${row + rows}`;
  return `${quoteSheetName(sheet)}!${single ? start : `${start}:${end}`}`;
}

export interface ParsedAddress {
  readonly sheet?: string;
  /** One-based, like RawTable. */
  readonly firstRow: number;
  readonly firstCol: number;
  readonly rows?: number;
  readonly cols?: number;
}

/**
 * Parses what Office.js returns in Range.address: "Sheet1!B3:D10",
 * "'My sheet'!A1", "'It''s'!C2:C9". Whole-column/row forms ("A:C", "3:5") are not
 * produced by getUsedRange, so they are rejected rather than guessed.
 */
export function parseAddress(address: string): ParsedAddress {
  let sheet: string | undefined;
  let ref = address;
  const bang = address.lastIndexOf('!');
  if (bang >= 0) {
    const raw = address.slice(0, bang);
    sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    ref = address.slice(bang + 1);
  }
  const m = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(ref);
  if (!m) throw new Error(`Unsupported range address: ${address}`);
  const firstCol = columnIndex(m[1]) + 1;
  const firstRow = Number(m[2]);
  if (m[3] === undefined) return { sheet, firstRow, firstCol, rows: 1, cols: 1 };
  const lastCol = columnIndex(m[3]) + 1;
  const lastRow = Number(m[4]);
  return { sheet, firstRow, firstCol, rows: lastRow - firstRow + 1, cols: lastCol - firstCol + 1 };
}
