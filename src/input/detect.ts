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
  /** Index in raw.values after the last data row: rows below it are a note or a total (see dataEnd). */
  readonly dataEnd?: number;
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
    if (kind === undefined && !MEASURES.some((f) => columns.has(f))) {
      // Names, managers and periods but nothing to measure and no incident columns: a
      // contracts or supplier list. Not a broken RMO table, so it is skipped with a note
      // instead of errors (a table with dates or descriptions is taken for incidents).
      const skipped: Problem = { code: 'notAnRmoTable', severity: 'warning', sheet: raw.sheet, params: { headerRow } };
      return { status: 'found', table: { raw, headerIndex: i, headerRow, columns, problems: [skipped] } };
    }
    const problems: Problem[] = missing.map((field) => ({
      code: 'missingColumn',
      severity: kind === undefined ? 'error' : 'warning',
      sheet: raw.sheet,
      params: { field, headerRow },
    }));
    const end = dataEnd(raw, i, columns);
    problems.push(...end.below);
    return { status: 'found', table: { raw, kind, headerIndex: i, headerRow, columns, problems, dataEnd: end.end } };
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

/** Columns that hold what the models measure, or incident columns; a table without any is not an RMO table. */
const MEASURES: readonly Field[] = ['affective', 'calculative', 'activity', 'constructiveness', 'service', 'business', 'impact', 'date', 'category', 'description'];

/** First cell text of a summary row: "Totaal", "Total", "Gemiddelde", "Sum of…". */
const TOTAL_LABEL = /^\s*(?:sub)?(?:totaal|totalen|total|totals|som|sum|gemiddelde|gemiddeld|average|avg|mean)\b/i;

/**
 * Where a table's data ends. Trailing rows that do not fit the table are not data: a
 * row whose name cell says "Totaal"/"Total"/"Average", a row below a blank row that
 * fills fewer than two of the table's columns (a note, a source line), or a row
 * whose only cell lies outside the table's columns. Reading stops above them, and each
 * gets a warning so the user sees it was left out.
 */
export function dataEnd(raw: RawTable, headerIndex: number, columns: ReadonlyMap<Field, ColumnInfo>): { end: number; below: Problem[] } {
  const key = columns.get('supplier') ?? columns.get('manager');
  const known = new Set([...columns.values()].map((c) => c.index));
  let end = raw.values.length;
  const below: Problem[] = [];
  for (let i = raw.values.length - 1; i > headerIndex; i--) {
    const row = raw.values[i];
    if (isBlankRow(row)) {
      if (i === end - 1) end = i;
      continue;
    }
    const filled = row.map((v, j) => (isBlank(v) ? -1 : j)).filter((j) => j >= 0);
    const inTable = filled.filter((j) => known.has(j)).length;
    const keyText = key !== undefined && typeof row[key.index] === 'string' ? (row[key.index] as string) : '';
    const afterGap = i > headerIndex + 1 && isBlankRow(raw.values[i - 1]);
    const fits = !TOTAL_LABEL.test(keyText) && !(afterGap && inTable < 2) && !(filled.length === 1 && inTable === 0);
    // A gap followed by rows that fit is data continuing; only a trailing run of misfits is cut.
    if (fits) break;
    end = i;
    below.unshift({ code: 'rowBelowTable', severity: 'warning', sheet: raw.sheet, row: raw.firstRow + i, value: String(row[filled[0]]) });
  }
  return { end, below };
}
