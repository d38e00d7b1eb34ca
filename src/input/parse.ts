import { DetectedTable, detectTable } from './detect';
import { columnLetter } from './columns';
import { headerText } from './headers';
import { columnLabel, incidentRow, managerRow, RowReader, supplierRow } from './schemas';
import { nameKey } from './names';
import { detectResponseTable, isQuestionnaireAid, ResponseTable } from './survey-columns';
import { readResponses } from './survey-rows';
import { measureSurvey } from './survey-measure';
import type { ColumnInfo, ColumnMapping, Field, IncidentRow, InputSettings, ManagerRow, ParsedInput, Problem, RawTable, SupplierRow, TableSummary } from './types';

/** Comparison key of a name (names.ts); exported here as before. */
export { nameKey };

/**
 * Data rows per table above which we stop (tooManyRows). Excel's own sheet limit is
 * 1,048,576 rows, so a real worksheet never reaches it; the guard is for other feeds.
 * Parsing is linear in the number of cells either way.
 */
export const MAX_DATA_ROWS = 1_000_000;

export interface ParseOptions {
  /** Overrides MAX_DATA_ROWS (tests). */
  readonly maxRows?: number;
}

/** A typed row plus where it came from, for the cross-table checks. */
interface Entry<T> {
  row: T;
  table: number;
  supplierColumn?: string;
}

/**
 * Raw tables → typed rows and problems. Every table is detected on its own; each bad cell
 * is a problem naming sheet, row and column, and good rows are always kept. Then, across
 * all tables: names are unified (trimmed, case-insensitive, first spelling wins, supplier
 * tables before incident tables), duplicates are dropped, and incidents are checked
 * against the supplier tables.
 */
export function parseTables(
  tables: readonly RawTable[],
  settings: InputSettings,
  mapping: ColumnMapping = {},
  options: ParseOptions = {},
): ParsedInput {
  const maxRows = options.maxRows ?? MAX_DATA_ROWS;
  const problems: Problem[] = [];
  const found: DetectedTable[] = [];
  const noHeader: RawTable[] = [];
  const responseTables: ResponseTable[] = [];
  for (const raw of tables) {
    // The questionnaire's items sheet and form are guides, not input; a response table is
    // recognised by its statement columns before the other kinds.
    if (isQuestionnaireAid(raw)) continue;
    const rt = detectResponseTable(raw);
    if (rt) {
      responseTables.push(rt);
      continue;
    }
    const d = detectTable(raw, mapping);
    if (d.status === 'found') found.push(d.table);
    else if (d.status === 'noHeader') noHeader.push(raw);
  }

  // A sheet without a recognisable table is only an error when no table was found at all.
  const anyTable = found.some((t) => t.kind !== undefined) || responseTables.length > 0;
  for (const raw of noHeader) problems.push({ code: 'noTableFound', severity: anyTable ? 'warning' : 'error', sheet: raw.sheet });
  if (found.length === 0 && noHeader.length === 0 && responseTables.length === 0) problems.push({ code: 'noTableFound', severity: 'error', sheet: tables[0]?.sheet ?? '' });

  const suppliers: Entry<SupplierRow>[] = [];
  const incidents: Entry<IncidentRow>[] = [];
  const managers: Entry<ManagerRow>[] = [];
  found.forEach((t, ti) => {
    problems.push(...t.problems);
    if (t.kind === undefined) return;
    const partyInfo = t.columns.get('party');
    // A relationship manager belongs to no party of one relationship: the column is ignored, the rows are used.
    if (t.kind === 'manager' && partyInfo) {
      problems.push({ code: 'partyOnManagerTable', severity: 'warning', sheet: t.raw.sheet, row: t.headerRow, column: columnLabel(partyInfo) });
    }
    const dataRows = t.raw.values.length - t.headerIndex - 1;
    if (dataRows > maxRows) {
      problems.push({ code: 'tooManyRows', severity: 'error', sheet: t.raw.sheet, params: { count: dataRows, limit: maxRows } });
    }
    const end = Math.min(t.dataEnd ?? t.raw.values.length, t.headerIndex + 1 + maxRows);
    const supplierInfo = t.columns.get('supplier');
    const supplierColumn = supplierInfo && columnLabel(supplierInfo);
    for (let i = t.headerIndex + 1; i < end; i++) {
      const r = new RowReader(t, i, problems);
      if (r.allBlank()) continue;
      if (t.kind === 'supplier') {
        const row = supplierRow(r, settings);
        if (row) suppliers.push({ row, table: ti, supplierColumn });
      } else if (t.kind === 'incident') {
        const row = incidentRow(r, settings);
        if (row) incidents.push({ row, table: ti, supplierColumn });
      } else {
        const row = managerRow(r, settings);
        if (row) managers.push({ row, table: ti });
      }
    }
  });

  const supplierNames = new NameBook();
  const managerNames = new NameBook();
  const sup = dedupe(
    suppliers.map((e) => {
      const supplier = supplierNames.canonical(e.row.supplier);
      const manager = e.row.manager === undefined ? undefined : managerNames.canonical(e.row.manager);
      // Most names are already their first spelling: keep the row instead of copying it.
      if (supplier === e.row.supplier && manager === e.row.manager) return e;
      return { ...e, row: { ...e.row, supplier, ...(manager === undefined ? {} : { manager }) } };
    }),
    // Both parties may score the same period (guide 002: the relationship is mutual): not a duplicate.
    (r) => `${nameKey(r.supplier)}\u0000${nameKey(r.period ?? '')}\u0000${r.party ?? ''}`,
    (a, b) =>
      a.affective === b.affective &&
      a.calculative === b.calculative &&
      a.activity === b.activity &&
      a.constructiveness === b.constructiveness &&
      a.service === b.service &&
      a.business === b.business &&
      a.manager === b.manager,
    (r) => label(r.supplier, r.period),
    problems,
  );
  const mgr = dedupe(
    managers.map((e) => {
      const manager = managerNames.canonical(e.row.manager);
      return manager === e.row.manager ? e : { ...e, row: { ...e.row, manager } };
    }),
    (r) => `${nameKey(r.manager)}\u0000${nameKey(r.period ?? '')}`,
    (a, b) => a.service === b.service && a.business === b.business,
    (r) => label(r.manager, r.period),
    problems,
  );
  const inc = dedupe(
    incidents.map((e) => {
      const supplier = supplierNames.canonical(e.row.supplier);
      return supplier === e.row.supplier ? e : { ...e, row: { ...e.row, supplier } };
    }),
    (r) => `${nameKey(r.supplier)}\u0000${r.day}\u0000${r.impact}\u0000${r.description ?? ''}\u0000${r.party ?? ''}`,
    () => true,
    (r) => r.supplier,
    problems,
  );

  // Questionnaire responses: measured scores onto the supplier rows, as if typed there (survey-measure.ts).
  const hasSupplierTable = found.some((t) => t.kind === 'supplier');
  let supplierRows: SupplierRow[] = sup.map((e) => e.row);
  let survey: ParsedInput['survey'];
  const responsesPerTable: number[] = [];
  if (responseTables.length > 0) {
    const seen = new Map<string, { sheet: string; row: number }>();
    const responses = responseTables.flatMap((rt) => {
      problems.push(...rt.problems);
      const rs = readResponses(rt, problems, seen, settings.defaultParty);
      responsesPerTable.push(rs.length);
      return rs;
    });
    const typed = sup.map((e) => ({ row: e.row, column: (f: Field) => columnLabelOf(found[e.table].columns.get(f)) }));
    // An empty questionnaire (no answers yet) measures nothing and writes no survey sheet.
    if (responses.length > 0) {
      const measured = measureSurvey(responses, typed, settings, hasSupplierTable);
      supplierRows = measured.suppliers;
      survey = measured.survey;
      problems.push(...measured.problems);
    }
  }

  if (hasSupplierTable || survey) reportUnknownSuppliers(inc, new Set(supplierRows.map((r) => nameKey(r.supplier))), problems);

  const used = new Map<number, number>();
  for (const e of [...sup, ...inc, ...mgr]) used.set(e.table, (used.get(e.table) ?? 0) + 1);
  const summaries: TableSummary[] = found.map((t, ti) => ({
    sheet: t.raw.sheet,
    ...(t.raw.table === undefined ? {} : { table: t.raw.table }),
    ...(t.kind === undefined ? {} : { kind: t.kind }),
    headerRow: t.headerRow,
    columns: [...t.columns.values()].sort((a, b) => a.index - b.index),
    rowsUsed: used.get(ti) ?? 0,
  }));
  responseTables.forEach((rt, i) => {
    const columns: ColumnInfo[] = [
      { field: 'supplier', header: headerText(rt.raw.values[rt.headerIndex][rt.supplier.index]), index: rt.supplier.index, letter: columnLetter(rt.raw.firstCol + rt.supplier.index) },
    ];
    summaries.push({ sheet: rt.raw.sheet, ...(rt.raw.table === undefined ? {} : { table: rt.raw.table }), kind: 'responses', headerRow: rt.headerRow, columns, rowsUsed: responsesPerTable[i] ?? 0 });
  });

  return {
    suppliers: supplierRows,
    incidents: inc.map((e) => e.row),
    managers: mgr.map((e) => e.row),
    problems,
    tables: summaries,
    ...(survey ? { survey } : {}),
  };
}

function columnLabelOf(info: ColumnInfo | undefined): string | undefined {
  return info && columnLabel(info);
}

/** Remembers the first spelling of each name so "ACME " and "Acme" become one supplier. */
class NameBook {
  private readonly first = new Map<string, string>();
  canonical(name: string): string {
    const k = nameKey(name);
    const known = this.first.get(k);
    if (known !== undefined) return known;
    this.first.set(k, name);
    return name;
  }
}

function label(name: string, period: string | undefined): string {
  return period === undefined ? name : `${name} / ${period}`;
}

/**
 * Keeps the first row per key. A later row with the same data is a duplicateRow warning
 * (counted once); with different data a conflictingDuplicate error naming both rows (the
 * first is kept: it is the one the user most likely maintains at the top).
 */
function dedupe<T extends { source: { sheet: string; row: number } }>(
  entries: readonly Entry<T>[],
  key: (r: T) => string,
  same: (a: T, b: T) => boolean,
  describe: (r: T) => string,
  problems: Problem[],
): Entry<T>[] {
  const firstByKey = new Map<string, T>();
  const kept: Entry<T>[] = [];
  for (const e of entries) {
    const k = key(e.row);
    const first = firstByKey.get(k);
    if (first === undefined) {
      firstByKey.set(k, e.row);
      kept.push(e);
      continue;
    }
    const isSame = same(first, e.row);
    problems.push({
      code: isSame ? 'duplicateRow' : 'conflictingDuplicate',
      severity: isSame ? 'warning' : 'error',
      sheet: e.row.source.sheet,
      row: e.row.source.row,
      value: describe(e.row),
      params: { firstSheet: first.source.sheet, firstRow: first.source.row },
    });
  }
  return kept;
}

/** One warning per unknown supplier, at its first incident, with the number of its incidents. */
function reportUnknownSuppliers(incidents: readonly Entry<IncidentRow>[], known: ReadonlySet<string>, problems: Problem[]): void {
  const unknown = new Map<string, { first: Entry<IncidentRow>; count: number }>();
  for (const e of incidents) {
    const k = nameKey(e.row.supplier);
    if (known.has(k)) continue;
    const u = unknown.get(k);
    if (u) u.count++;
    else unknown.set(k, { first: e, count: 1 });
  }
  for (const { first, count } of unknown.values()) {
    problems.push({
      code: 'unknownSupplier',
      severity: 'warning',
      sheet: first.row.source.sheet,
      row: first.row.source.row,
      column: first.supplierColumn,
      value: first.row.supplier,
      params: { count },
    });
  }
}
