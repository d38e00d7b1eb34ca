import { isBlank } from './coerce';
import { columnLetter } from './columns';
import { headerText, matchHeaderRow } from './headers';
import type { ColumnInfo, ColumnMapping, Field, Problem, RawTable, TableKind } from './types';

/** How many non-empty rows from the top may hold titles before the header row. */
export const HEADER_SEARCH_ROWS = 10;
/** A row is a header row when at least this many of its cells name known columns. */
export const MIN_HEADER_MATCHES = 2;

/** The two scores each model needs. */
export const SCORE_PAIRS: readonly (readonly [Field, Field])[] = [
  ['affective', 'calculative'],
  ['activity', 'constructiveness'],
  ['service', 'business'],
];

export interface DetectedTable {
  readonly raw: RawTable;
  /** undefined when the header row fits no kind of table (missingColumn errors say why). */
  readonly kind?: TableKind;
  /** Zero-based index of the header row in raw.values. */
  readonly headerIndex: number;
  /** One-based sheet row of the header row. */
  readonly headerRow: number;
  readonly columns: ReadonlyMap<Field, ColumnInfo>;
  /** missingColumn problems: errors when no kind fits, warnings for a half score pair. */
  readonly problems: readonly Problem[];
}

export type Detection =
  | { readonly status: 'blank' }
  | { readonly status: 'noHeader' }
  | { readonly status: 'found'; readonly table: DetectedTable };

export function isBlankRow(row: readonly unknown[]): boolean {
  for (const c of row) if (!isBlank(c)) return false;
  return true;
}

/**
 * Finds the header row (the first of the first 10 non-empty rows naming at least two known
 * columns; title rows above it are skipped) and what kind of table it heads.
 */
export function detectTable(raw: RawTable, mapping: ColumnMapping = {}): Detection {
  let nonEmpty = 0;
  for (let i = 0; i < raw.values.length && nonEmpty < HEADER_SEARCH_ROWS; i++) {
    const row = raw.values[i];
    if (isBlankRow(row)) continue;
    nonEmpty++;
    const found = matchHeaderRow(row, mapping);
    if (found.size < MIN_HEADER_MATCHES) continue;
    const columns = new Map<Field, ColumnInfo>();
    for (const [field, index] of found) {
      columns.set(field, { field, header: headerText(row[index]), index, letter: columnLetter(raw.firstCol + index) });
    }
    const headerRow = raw.firstRow + i;
    const { kind, missing } = classifyColumns((f) => columns.has(f));
    const problems: Problem[] = missing.map((field) => ({
      code: 'missingColumn',
      severity: kind === undefined ? 'error' : 'warning',
      sheet: raw.sheet,
      params: { field, headerRow },
    }));
    return { status: 'found', table: { raw, kind, headerIndex: i, headerRow, columns, problems } };
  }
  return { status: nonEmpty === 0 ? 'blank' : 'noHeader' };
}

/**
 * Decides the table kind from its columns, and which columns are missing.
 * - supplier + date + impact → incident table (even if it also has scores);
 * - supplier + at least one complete score pair → supplier table; a half pair is a warning;
 * - manager + service + business without supplier → manager table;
 * - otherwise no kind: we guess what was meant to name the missing columns
 *   (incident columns present → incident; manager without supplier or other scores →
 *   manager; else supplier).
 */
export function classifyColumns(has: (f: Field) => boolean): { kind?: TableKind; missing: Field[] } {
  const absent = (fs: readonly Field[]) => fs.filter((f) => !has(f));
  if (has('supplier') && has('date') && has('impact')) return { kind: 'incident', missing: [] };
  const complete = SCORE_PAIRS.filter(([a, b]) => has(a) && has(b));
  const halfPartners = SCORE_PAIRS.filter(([a, b]) => has(a) !== has(b)).map(([a, b]) => (has(a) ? b : a));
  if (has('supplier') && complete.length > 0) return { kind: 'supplier', missing: halfPartners };
  if (!has('supplier') && has('manager') && has('service') && has('business')) return { kind: 'manager', missing: [] };
  if (has('date') || has('impact') || has('category') || has('description')) {
    return { missing: absent(['supplier', 'date', 'impact']) };
  }
  const supplierScores = has('affective') || has('calculative') || has('activity') || has('constructiveness');
  if (has('manager') && !has('supplier') && !supplierScores) return { missing: absent(['service', 'business']) };
  const scores: Field[] = complete.length > 0 || halfPartners.length > 0 ? halfPartners : ['affective', 'calculative'];
  return { missing: [...absent(['supplier']), ...scores] };
}
