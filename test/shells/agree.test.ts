/**
 * "The sheet plan is the seam": the Office.js shell (src/excel, on the recording fake)
 * and the .xlsx shell (src/xlsx, exceljs) must read the same workbook into the same
 * RawTables and write the same plans into sheets that show the same cells.
 *
 * The fake workbook is built from the sample's XML by an independent reader
 * (package-cells.ts), not from exceljs, so the reading comparison checks the file
 * shell's cell conversion against a second route.
 */
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { analyse } from '../../src/analysis';
import { DEFAULT_SETTINGS, type Settings } from '../../src/analysis/settings';
import { applyPlans as applyExcel } from '../../src/excel/apply';
import { readWorkbook } from '../../src/excel/read';
import { catalogue, format, type Language } from '../../src/i18n';
import { parseTables, problemText } from '../../src/input';
import type { RawTable } from '../../src/input/types';
import { buildReport, type SheetPlan } from '../../src/report';
import { applyPlans as applyXlsx } from '../../src/xlsx/apply';
import { loadWorkbook, rawTables, readXlsx } from '../../src/xlsx/read';
import type { FakeExcel, SheetModel } from '../excel/fake-excel';
import { fakeFromPackage, readPackage, type PackageSheet } from './package-cells';

const SAMPLE = path.join(__dirname, '../../samples/rmo-sample.xlsx');
const OPTS = { ownership: 'customProperties' as const };

let pkg: PackageSheet[];
beforeAll(async () => {
  pkg = await readPackage(SAMPLE);
});

/**
 * Office.js reports a blank cell as "", exceljs has no value and the file shell hands
 * on null; RawTable allows both and input/ treats both as blank. That is the only
 * representation difference in values; we map "" to null before comparing.
 */
function comparable(tables: readonly RawTable[]) {
  return tables.map((t) => ({
    sheet: t.sheet,
    table: t.table,
    firstRow: t.firstRow,
    firstCol: t.firstCol,
    values: t.values.map((r) => r.map((v) => (v === '' || v === undefined ? null : v))),
  }));
}

describe('reading: both shells give the same raw tables for the sample', () => {
  let viaExcel: RawTable[];
  let viaXlsx: RawTable[];
  beforeAll(async () => {
    viaExcel = await readWorkbook(fakeFromPackage(pkg).context, OPTS);
    viaXlsx = await readXlsx(SAMPLE);
  });

  it('reads the three user blocks with the same positions and values', () => {
    // Independent facts about the sample (see samples/make-sample.ts).
    expect(viaExcel.map((t) => [t.sheet, t.table ?? null])).toEqual([
      ['Leveranciers', null],
      ['Incidenten', 'Incidenten'],
      ['Relatiemanagers', null],
    ]);
    expect(comparable(viaXlsx)).toEqual(comparable(viaExcel));
  });

  it('reads the awkward cells as Office.js reports them', () => {
    const sup = viaXlsx.find((t) => t.sheet === 'Leveranciers')!;
    const flat = sup.values.flat();
    expect(flat).toContain('#N/A'); // the VLOOKUP's cached error
    expect(flat).toContain('Van Dijk Logistiek'); // hyperlink → its text
    expect(flat).toContain('=HYPERLINK("https://zenith.example","Zenith Telecom")'); // typed text, not a formula
    const inc = viaXlsx.find((t) => t.table === 'Incidenten')!;
    // 3 April 2025 is serial 45750 (45658 = 1 Jan 2025, + 31 + 28 + 31 + 2).
    expect(inc.values.flat()).toContain(45750);
  });

  it('gives the same number formats where a format decides the meaning (dates, text)', () => {
    const formats = (tables: readonly RawTable[]) =>
      tables.map((t) => (t.numberFormats ?? []).map((r) => r.map((f) => (f === 'General' || f === '' ? 'General' : f))));
    expect(formats(viaXlsx)).toEqual(formats(viaExcel));
    const inc = viaExcel.find((t) => t.table === 'Incidenten')!;
    const dateFormats = inc.numberFormats!.flat().filter((f) => f === 'dd-mm-yyyy');
    expect(dateFormats.length).toBeGreaterThan(0);
  });

  it('parses to identical typed rows and problems', () => {
    const a = parseTables(viaExcel, DEFAULT_SETTINGS);
    const b = parseTables(viaXlsx, DEFAULT_SETTINGS);
    expect(b.suppliers).toEqual(a.suppliers);
    expect(b.incidents).toEqual(a.incidents);
    expect(b.managers).toEqual(a.managers);
    expect(b.problems).toEqual(a.problems);
    expect(b.tables).toEqual(a.tables);
    // Not vacuous: the sample has data and deliberate problems.
    expect(a.suppliers.length).toBeGreaterThan(30);
    expect(a.incidents.length).toBeGreaterThan(10);
    expect(a.managers).toHaveLength(4);
    expect(a.problems.length).toBeGreaterThan(3);
    // The date typed as a real date is recognised as a date in both (serial 45750, row 3).
    expect(a.incidents.find((i) => i.source.row === 3)?.day).toBe(45750);
  });
});

// ---- writing ----

type Shown = string | number | boolean;

interface ShownCell {
  value: Shown;
  numberFormat: string;
}

const key = (row: number, col: number) => `${row},${col}`;

/** What Excel shows per cell of a fake sheet; a formula would show its result, so it is reported as such. */
function shownInFake(fake: FakeExcel, sheet: SheetModel): Map<string, ShownCell> {
  const out = new Map<string, ShownCell>();
  for (const [k, cell] of sheet.cells) {
    const row = Math.floor(k / 20000);
    const col = k % 20000;
    const value: Shown = cell.formula !== undefined ? `<formula ${cell.formula}>` : cell.value;
    if (value === '') continue;
    // The cell must be the one fake.cell() reports (guards the key arithmetic above).
    expect(fake.cell(sheet, row, col)).toBe(cell);
    out.set(key(row, col), { value, numberFormat: cell.numberFormat ?? 'General' });
  }
  return out;
}

/** What Excel shows per cell of an exceljs sheet; anything that is not a plain value is reported. */
function shownInXlsx(ws: ExcelJS.Worksheet): Map<string, ShownCell> {
  const out = new Map<string, ShownCell>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value;
      if (v === null || v === undefined || v === '') return;
      if (cell.isMerged && cell.master !== cell) return;
      const value: Shown = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : `<object ${JSON.stringify(v)}>`;
      out.set(key(r - 1, c - 1), { value, numberFormat: cell.numFmt || 'General' });
    });
  });
  return out;
}

/** Every cell of an exceljs sheet with its raw value and format, for "unchanged" checks. */
function xlsxSnapshot(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => cells.push([r, c, JSON.stringify(cell.value), cell.numFmt ?? null])),
  );
  return { name: ws.name, cells, merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort() };
}

/** The whole pipeline: raw tables → typed input → analysis → sheet plans. */
function plansFor(tables: readonly RawTable[], lang: Language): SheetPlan[] {
  const settings: Settings = { ...DEFAULT_SETTINGS, language: lang };
  return buildReport(analyse(parseTables(tables, settings), settings), settings, (p) => problemText(p, lang));
}

describe.each(['en', 'nl'] as const)('writing (%s): both shells show the same cells', (lang) => {
  let fake: FakeExcel;
  let wb: ExcelJS.Workbook;
  let plans: SheetPlan[];
  let appliedExcel: { key: string; name: string }[];
  let appliedXlsx: { key: string; name: string }[];
  let userBeforeFake: unknown[];
  let userBeforeXlsx: unknown[];

  beforeAll(async () => {
    wb = await loadWorkbook(SAMPLE);
    plans = plansFor(rawTables(wb), lang);
    fake = fakeFromPackage(pkg);
    userBeforeFake = fake.sheets.map((s) => fake.snapshot(s));
    userBeforeXlsx = wb.worksheets.map(xlsxSnapshot);
    appliedExcel = await applyExcel(fake.context, plans, OPTS);
    appliedXlsx = applyXlsx(wb, plans, { language: lang });
  });

  it('creates one sheet per plan under the same names', () => {
    expect(appliedXlsx).toEqual(appliedExcel);
    expect(appliedExcel.map((a) => a.key)).toEqual(plans.map((p) => p.key));
    expect(plans.length).toBeGreaterThanOrEqual(8);
  });

  it('shows the same value and number format in every cell of every plan sheet', () => {
    for (const { key: planKey, name } of appliedExcel) {
      const plan = plans.find((p) => p.key === planKey)!;
      const inFake = shownInFake(fake, fake.sheet(name)!);
      const inXlsx = shownInXlsx(wb.getWorksheet(name)!);
      // The one genuine difference: exceljs cannot draw charts, so the file shell writes a
      // note in the chart's top-left cell where Office.js places a chart object instead.
      for (const chart of plan.charts) {
        const at = key(chart.anchor.row, chart.anchor.col);
        const note = format(catalogue(lang).xlsx.chartNote, { title: chart.title });
        if (inXlsx.get(at)?.value === note) inXlsx.delete(at);
      }
      expect({ sheet: name, cells: Object.fromEntries(inXlsx) }).toEqual({ sheet: name, cells: Object.fromEntries(inFake) });
      // Something was compared: every plan sheet has at least a header.
      expect(inFake.size).toBeGreaterThan(0);
    }
    // Office.js draws every planned chart.
    const charts = appliedExcel.reduce((n, a) => n + fake.sheet(a.name)!.charts.length, 0);
    expect(charts).toBe(plans.reduce((n, p) => n + p.charts.length, 0));
  });

  it('keeps formula-like user text as text in both', () => {
    const risky = ['=HYPERLINK("https://zenith.example","Zenith Telecom")', '@Acme Print'];
    for (const { name } of appliedExcel) {
      for (const cell of fake.sheet(name)!.cells.values()) expect(cell.formula).toBeUndefined();
      wb.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((cell) => expect(['string', 'number', 'boolean']).toContain(typeof cell.value)),
      );
    }
    // The sample's risky supplier names reach the results sheet as text in both shells.
    const results = appliedExcel.find((a) => a.key === plans[0].key)!.name;
    const fakeTexts = [...fake.sheet(results)!.cells.values()].map((c) => c.value);
    const xlsxTexts = [...shownInXlsx(wb.getWorksheet(results)!).values()].map((c) => c.value);
    for (const text of risky) {
      expect(fakeTexts).toContain(text);
      expect(xlsxTexts).toContain(text);
    }
    // In the fake they got there as typed strings (StringCellValue through valuesAsJson), not as input to parse.
    const typed = fake.log
      .filter((o) => o.kind === 'valuesAsJson')
      .flatMap((o) => (o.value as { type: string; basicValue: unknown }[][]).flat())
      .filter((v) => v.type === 'String')
      .map((v) => v.basicValue);
    expect(typed).toEqual(expect.arrayContaining(risky));
  });

  it('leaves no text outside user-text blocks that Excel would turn into a number or formula', () => {
    // The fake models formulas and the quote-prefix but not Excel's coercion of typed
    // text like "+3", "0012" or "1/2"; the comparison above is only complete if the
    // plans hold no such text where the shells write it unprotected.
    const coercible = /^[=+\-@']|^\s*[-+]?[\d.,]+\s*%?\s*$|^\d+\s*[-/]\s*\d+/;
    expect(['=A1', '+3', '0012', '1/2', '12%'].filter((t) => coercible.test(t))).toHaveLength(5);
    const unprotected = plans.flatMap((plan) =>
      plan.blocks
        .filter((block) => !block.userText)
        .flatMap((block) => block.values.flat())
        .filter((v): v is string => typeof v === 'string' && coercible.test(v))
        .map((v) => `${plan.key}: ${v}`),
    );
    expect(unprotected).toEqual([]);
  });

  it("leaves the user's own sheets unchanged", () => {
    const userNames = pkg.map((s) => s.name);
    expect(fake.sheets.filter((s) => userNames.includes(s.name)).map((s) => fake.snapshot(s))).toEqual(userBeforeFake);
    expect(wb.worksheets.filter((ws) => userNames.includes(ws.name)).map(xlsxSnapshot)).toEqual(userBeforeXlsx);
  });
});
