/**
 * "The sheet plan is the seam": the Office.js shell (src/excel, on the recording fake)
 * and the .xlsx shell (src/xlsx) must read the same workbook into the same RawTables
 * and write the same plans into sheets that show the same cells and the same charts.
 *
 * The fake workbook is built from the sample's XML by an independent reader
 * (package-cells.ts), and the file shell's output is read back with exceljs, so each
 * comparison checks the file shell against a second route.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { analyse } from '../../src/analysis';
import { DEFAULT_SETTINGS, type Settings } from '../../src/analysis/settings';
import { applyPlans as applyExcel } from '../../src/excel/apply';
import { readWorkbook } from '../../src/excel/read';
import type { Language } from '../../src/i18n';
import { parseTables, problemText } from '../../src/input';
import type { RawTable } from '../../src/input/types';
import { buildReport, type SheetPlan } from '../../src/report';
import { applyPlans as applyXlsx } from '../../src/xlsx/apply';
import { loadWorkbookFile, readTables, readXlsx } from '../../src/xlsx/read';
import { strFromU8, unzipSync } from 'fflate';
import { saveAndReload } from '../xlsx/helpers';
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

  it('reads the four user blocks with the same positions and values', () => {
    // Independent facts about the sample (see samples/make-sample.ts).
    expect(viaExcel.map((t) => [t.sheet, t.table ?? null])).toEqual([
      ['Leveranciers', null],
      ['Incidenten', 'Incidenten'],
      ['Relatiemanagers', null],
      ['Enquête', null],
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

/** What Excel shows per cell of a sheet in the saved file, read by the independent package reader. */
function shownInFile(sheets: readonly PackageSheet[], name: string): Map<string, ShownCell> {
  const out = new Map<string, ShownCell>();
  for (const c of sheets.find((s) => s.name === name)?.cells ?? []) {
    if (c.value === '') continue;
    out.set(key(c.row, c.col), { value: c.value, numberFormat: c.numberFormat || 'General' });
  }
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
  let written: Uint8Array;
  let writtenCells: PackageSheet[];
  let plans: SheetPlan[];
  let appliedExcel: { key: string; name: string }[];
  let appliedXlsx: { key: string; name: string }[];
  let userBeforeFake: unknown[];
  let userBeforeXlsx: unknown[];

  beforeAll(async () => {
    const file = await loadWorkbookFile(SAMPLE);
    plans = plansFor(readTables(file).tables, lang);
    fake = fakeFromPackage(pkg);
    userBeforeFake = fake.sheets.map((s) => fake.snapshot(s));
    userBeforeXlsx = (await saveAndReload(await loadWorkbookFile(SAMPLE))).worksheets.map(xlsxSnapshot);
    appliedExcel = await applyExcel(fake.context, plans, OPTS);
    appliedXlsx = applyXlsx(file, plans, { language: lang });
    written = file.pkg.save();
    wb = await saveAndReload(file);
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rmo-agree-')), 'written.xlsx');
    fs.writeFileSync(tmp, written);
    writtenCells = await readPackage(tmp);
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
      const inXlsx = shownInFile(writtenCells, name);
      expect(plan).toBeDefined();
      expect({ sheet: name, cells: Object.fromEntries(inXlsx) }).toEqual({ sheet: name, cells: Object.fromEntries(inFake) });
      // Something was compared: every plan sheet has at least a header.
      expect(inFake.size).toBeGreaterThan(0);
    }
    // Office.js draws every planned chart.
    const charts = appliedExcel.reduce((n, a) => n + fake.sheet(a.name)!.charts.length, 0);
    expect(charts).toBe(plans.reduce((n, p) => n + p.charts.length, 0));
  });

  it('draws the same charts: titles, axes, bounds, series ranges and point labels', () => {
    let compared = 0;
    let labelled = 0;
    for (const { name } of appliedExcel) {
      const sheet = fake.sheet(name)!;
      const labelText = (formula: string) => {
        const m = /([A-Z]+)(\d+)$/.exec(bare(formula))!;
        const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        return String(fake.cell(sheet, Number(m[2]) - 1, col)?.value);
      };
      const fromFake = sheet.charts.map((c) => fakeChartSummary(c, labelText));
      const fromFile = fileCharts(written, name).map(fileChartSummary);
      expect({ sheet: name, charts: fromFile }).toEqual({ sheet: name, charts: fromFake });
      compared += fromFake.length;
      labelled += fromFake.flatMap((c) => c.series).filter((x) => x.labels && x.labels.length > 0).length;
    }
    // The three matrices label their points with supplier names.
    expect(labelled).toBeGreaterThanOrEqual(3);
    // The sample charts: three matrices and the appreciation timelines, every plan chart.
    expect(compared).toBe(plans.reduce((n, p) => n + p.charts.length, 0));
    expect(compared).toBeGreaterThanOrEqual(4);
  });

  it('keeps formula-like user text as text in both', () => {
    const risky = ['=HYPERLINK("https://zenith.example","Zenith Telecom")', '@Acme Print'];
    for (const { name } of appliedExcel) {
      for (const cell of fake.sheet(name)!.cells.values()) expect(cell.formula).toBeUndefined();
      // exceljs reads no formula anywhere in our sheets (dates come back as Date objects).
      wb.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((cell) => expect(cell.value instanceof Date || ['string', 'number', 'boolean'].includes(typeof cell.value)).toBe(true)),
      );
    }
    // The sample's risky supplier names reach the results sheet as text in both shells.
    const results = appliedExcel.find((a) => a.key === plans[0].key)!.name;
    const fakeTexts = [...fake.sheet(results)!.cells.values()].map((c) => c.value);
    const xlsxTexts = [...shownInFile(writtenCells, results).values()].map((c) => c.value);
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

// ---- charts, as each shell leaves them ----

interface ChartSummary {
  title: string;
  xTitle: string;
  yTitle: string;
  bounds: (number | null)[];
  series: { name: string; x: string; y: string; labels: string[] | null }[];
}

/** A range address without sheet, quotes and $: "E5:E20". */
function bare(ref: string): string {
  return ref.replace(/^.*!/, '').replace(/\$/g, '');
}

/**
 * What the recording fake saw the Office.js shell do to one chart; each point label's
 * formula is resolved to the text of the cell it refers to (`labelText`).
 */
function fakeChartSummary(chart: { ops: { path: string; value?: unknown; args?: unknown[] }[] }, labelText: (ref: string) => string): ChartSummary {
  const set = (p: string) => chart.ops.find((o) => o.path === p)?.value;
  const num = (p: string) => (typeof set(p) === 'number' ? (set(p) as number) : null);
  const series: ChartSummary['series'] = [];
  const labelRefs = new Map<number, string[]>();
  const ids: string[] = [];
  for (const op of chart.ops) {
    let id: string;
    let rest: string;
    if (op.path.startsWith('series.getItemAt(0).')) {
      id = '#first';
      rest = op.path.slice('series.getItemAt(0).'.length);
    } else if (op.path.startsWith('series.add(')) {
      const end = op.path.search(/\)\.(?:name|setXAxisValues|setValues|points|chartType|marker\w*|format|hasDataLabels|dataLabels)\b/);
      if (end < 0) continue;
      id = op.path.slice('series.add('.length, end);
      rest = op.path.slice(end + 2);
    } else continue;
    if (!ids.includes(id)) ids.push(id);
    const index = ids.indexOf(id);
    series[index] ??= { name: '', x: '', y: '', labels: null };
    const s = series[index];
    if (rest === 'name') s.name = String(op.value);
    if (rest === 'setXAxisValues') s.x = bare(String(op.args![0]));
    if (rest === 'setValues') s.y = bare(String(op.args![0]));
    const label = /^points\.getItemAt\((\d+)\)\.dataLabel\.formula$/.exec(rest);
    if (label) labelRefs.set(index, [...(labelRefs.get(index) ?? []), String(op.value)]);
  }
  for (const [i, refs] of labelRefs) series[i].labels = refs.length ? refs.map(labelText) : null;
  return {
    title: String(set('title.text')),
    xTitle: String(set('axes.categoryAxis.title.text')),
    yTitle: String(set('axes.valueAxis.title.text')),
    bounds: [num('axes.categoryAxis.minimum'), num('axes.categoryAxis.maximum'), num('axes.valueAxis.minimum'), num('axes.valueAxis.maximum')],
    series,
  };
}

/** The chart parts of one sheet of a saved package, in drawing order. */
function fileCharts(bytes: Uint8Array, sheet: string): string[] {
  const zip = unzipSync(bytes);
  const text = (n: string) => (zip[n] ? strFromU8(zip[n]) : '');
  const rels = (part: string) => {
    const i = part.lastIndexOf('/');
    const folder = part.slice(0, i + 1);
    return [...text(`${folder}_rels/${part.slice(i + 1)}.rels`).matchAll(/<Relationship [^>]*Id="([^"]*)"[^>]*Target="([^"]*)"/g)].map((m) => ({
      id: m[1],
      target: path.posix.normalize(folder + m[2]),
    }));
  };
  const wbXml = text('xl/workbook.xml');
  const esc = sheet.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const rid = new RegExp(`<sheet name="${esc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"`).exec(wbXml)![1];
  const sheetPart = rels('xl/workbook.xml').find((r) => r.id === rid)!.target;
  const drawing = /<drawing r:id="([^"]+)"/.exec(text(sheetPart));
  if (!drawing) return [];
  const drawingPart = rels(sheetPart).find((r) => r.id === drawing[1])!.target;
  const chartRels = rels(drawingPart);
  return [...text(drawingPart).matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map((m) => text(chartRels.find((r) => r.id === m[1])!.target));
}

/** The text of each per-point label, in point order, or null without labels. */
function pointLabels(series: string, unesc: (s: string) => string): string[] | null {
  const texts = [...series.matchAll(/<c:dLbl><c:idx val="\d+"\/><c:tx><c:rich>[\s\S]*?<a:t>([\s\S]*?)<\/a:t>/g)].map((m) => unesc(m[1]));
  return texts.length ? texts : null;
}

function fileChartSummary(xml: string): ChartSummary {
  const unesc = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const titleOf = (s: string) => unesc(/<c:title>[\s\S]*?<a:t>([\s\S]*?)<\/a:t>/.exec(s)?.[1] ?? '');
  const [plot, ...axes] = xml.split('<c:valAx>');
  const bound = (axis: string, which: 'min' | 'max') => {
    const m = new RegExp(`<c:${which} val="([^"]+)"/>`).exec(axis);
    return m ? Number(m[1]) : null;
  };
  const series = plot
    .split('<c:ser>')
    .slice(1)
    .map((s) => ({
      name: unesc(/<c:tx><c:v>([\s\S]*?)<\/c:v>/.exec(s)![1]),
      x: bare(unesc(/<c:xVal><c:numRef><c:f>([^<]*)<\/c:f>/.exec(s)![1])),
      y: bare(unesc(/<c:yVal><c:numRef><c:f>([^<]*)<\/c:f>/.exec(s)![1])),
      labels: pointLabels(s.split('<c:xVal>')[0], unesc),
    }));
  return {
    title: titleOf(plot.replace(/<c:ser>[\s\S]*/, '')),
    xTitle: titleOf(axes[0]),
    yTitle: titleOf(axes[1]),
    bounds: [bound(axes[0], 'min'), bound(axes[0], 'max'), bound(axes[1], 'min'), bound(axes[1], 'max')],
    series,
  };
}
