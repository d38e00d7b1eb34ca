/**
 * Issue 6, "one analysis date": the command line, the task pane (whose pipeline the
 * ribbon's Run analysis calls too) and the custom functions give the same status for
 * the same incidents and settings. Before, =RMO.STATUS on one supplier's incidents
 * evaluated on that supplier's last incident while Results used the workbook's last
 * incident, so a supplier hit long ago read Critical in a cell and Normal on Results.
 *
 * A small workbook is written with exceljs, analysed by `rmo analyze` (main), and the
 * status of every supplier on its Results sheet is compared with statusCore given
 * only that supplier's dates and impacts, and with hand-computed values.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main, EXIT_OK } from '../../src/cli/main';
import { statusCore } from '../../src/functions/appreciation-core';
import { catalogue } from '../../src/i18n';
import { isoFromSerial, serialDayOf, serialFromDate } from '../../src/model';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings';
import { runPipeline as runPanePipeline } from '../../src/taskpane/pipeline';
import { FakeExcel } from '../excel/fake-excel';

type Row = (string | number)[];
interface Book {
  readonly suppliers: Row[];
  readonly incidents: Row[];
}

const SUPPLIER_HEADER = ['Supplier', 'Period', 'Affective commitment', 'Calculative commitment'];
const INCIDENT_HEADER = ['Supplier', 'Date', 'Impact'];
const en = catalogue('en');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rmo-asof-'));

async function writeBook(file: string, book: Book): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Suppliers').addRows([SUPPLIER_HEADER, ...book.suppliers]);
  const inc = wb.addWorksheet('Incidents');
  inc.addRows([INCIDENT_HEADER, ...book.incidents]);
  inc.getColumn(2).numFmt = 'yyyy-mm-dd';
  await wb.xlsx.writeFile(file);
}

/** Runs `rmo analyze` and returns the Results sheet as supplier → { column header → cell }. */
async function analyseFile(book: Book, extra: string[] = [], out: string[] = []): Promise<Map<string, Record<string, unknown>>> {
  const input = path.join(dir, `in-${extra.join('') || 'default'}.xlsx`);
  const output = input.replace('.xlsx', '-rmo.xlsx');
  await writeBook(input, book);
  const err: string[] = [];
  // The hand calculations below use a 180-day half-life (decay is off by default).
  const code = await main(['analyze', input, '-o', output, '--lang', 'en', '--half-life', '180', ...extra], { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  expect(err).toEqual([]);
  expect(code).toBe(EXIT_OK);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  const ws = wb.getWorksheet(en.report.sheets.results)!;
  const grid: unknown[][] = [];
  ws.eachRow((row, r) => (grid[r - 1] = (row.values as unknown[]).slice(1)));
  return byHeader(grid);
}

/** Results rows by supplier name, cells by header text (robust to columns added later). */
function byHeader(grid: readonly (readonly unknown[])[]): Map<string, Record<string, unknown>> {
  // The results table ends at its first blank header cell; a legend table may stand beside it.
  const blank = grid[0].findIndex((h) => h === null || h === undefined || h === '');
  const header = (blank < 0 ? grid[0] : grid[0].slice(0, blank)).map(String);
  const out = new Map<string, Record<string, unknown>>();
  for (const row of grid.slice(1)) {
    if (!row) continue;
    const rec: Record<string, unknown> = {};
    header.forEach((h, j) => (rec[h] = row[j] ?? null));
    out.set(String(rec[en.report.columns.supplier]), rec);
  }
  return out;
}

/** statusCore on one supplier's rows of the incident table, as a user would pass them (two columns). */
function functionStatus(book: Book, supplier: string, asOf?: number): unknown {
  const rows = book.incidents.filter((r) => r[0] === supplier);
  return statusCore(
    rows.map((r) => [r[1]]),
    rows.map((r) => [r[2]]),
    asOf,
    180,
    undefined,
    undefined,
    undefined,
    'en',
  );
}

describe('without an analysis date: every shell and the functions evaluate on today', () => {
  // Incidents relative to today, so the hand calculation holds on any day the test runs.
  const T = serialDayOf(new Date());
  const book: Book = {
    suppliers: [
      ['Anchor', '', 4, 4],
      ['Bravo', '', 4, 4],
      ['Charlie', '', 2, 2],
    ],
    incidents: [
      // -8 ten days ago (impacts are -5…+5, so two incidents), halved every 180 days:
      // -8·2^(-10/180) ≈ -7.7, below -6, for 10 days.
      ['Anchor', T - 10, -5],
      ['Anchor', T - 10, -3],
      // -8 two hundred days ago: -8·2^(-200/180) ≈ -3.7 today. Critical on its own last
      // incident day, which is what =RMO.STATUS used to answer.
      ['Bravo', T - 200, -5],
      ['Bravo', T - 200, -3],
      // -7 a hundred days ago and -4 ten days later: -7·2^(-10/180) - 4 ≈ -10.7, then
      // ·2^(-90/180) ≈ -7.6 today; outside since day T-100, 100 days > 60: prolonged.
      ['Charlie', T - 100, -5],
      ['Charlie', T - 100, -2],
      ['Charlie', T - 90, -4],
      // Dated after today: left out, so Delta is still Normal.
      ['Delta', T + 5, -5],
    ],
  };
  const expected: Record<string, string> = {
    Anchor: 'Critical',
    Bravo: 'Normal',
    Charlie: 'Critical — Prolonged outside bounds',
    Delta: 'Normal',
  };

  it('gives on Results (command line) the status the hand calculation and STATUS give', async () => {
    const out: string[] = [];
    const results = await analyseFile(book, [], out);
    expect(out).toContain(`Analysis date: ${isoFromSerial(T)} (today)`);
    for (const [name, status] of Object.entries(expected)) {
      expect([name, results.get(name)?.[en.report.columns.status]]).toEqual([name, status]);
      expect([name, functionStatus(book, name)]).toEqual([name, status]);
    }
    // The case of the issue: STATUS on Bravo's own incidents no longer says Critical.
    expect(functionStatus(book, 'Bravo', T - 200)).toBe('Critical');
  });

  it('gives the same status in the task pane (and so the ribbon, which runs the same pipeline)', async () => {
    const fake = new FakeExcel();
    fake.putValues(fake.addSheet('Suppliers'), 0, 0, [SUPPLIER_HEADER, ...book.suppliers]);
    const inc = fake.addSheet('Incidents');
    fake.putValues(inc, 0, 0, [INCIDENT_HEADER]);
    fake.putValues(inc, 1, 0, book.incidents, 'yyyy-mm-dd');
    (globalThis as Record<string, unknown>).Excel = { run: (f: (ctx: unknown) => Promise<unknown>) => f(fake.context) };
    try {
      const summary = await runPanePipeline({ ...DEFAULT_SETTINGS, language: 'en', appreciation: { ...DEFAULT_SETTINGS.appreciation, halfLifeDays: 180 } }, {}, undefined, () => undefined);
      expect(summary.analysisDate).toEqual({ day: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), source: 'today' });
    } finally {
      delete (globalThis as Record<string, unknown>).Excel;
    }
    const sheet = fake.sheet(en.report.sheets.results)!;
    const grid: unknown[][] = [];
    for (let r = 0; r < 5; r++) {
      grid.push([]);
      for (let c = 0; c < 12; c++) grid[r].push(fake.cell(sheet, r, c)?.value ?? null);
    }
    const results = byHeader(grid);
    for (const [name, status] of Object.entries(expected)) expect([name, results.get(name)?.[en.report.columns.status]]).toEqual([name, status]);
  });
});

describe('with --as-of: the same date for the functions, and periods after it left out', () => {
  const day = (y: number, m: number, d: number) => serialFromDate(y, m, d)!;
  const AS_OF = day(2025, 6, 30);
  // Pillar in the period up to the analysis date, free rider in the one after it: the type
  // on Results shows which period was used. Every form the add-in reads as a date range.
  const pairs: [string, string, string][] = [
    ['Quarter', '2025-Q2', '2025-Q3'],
    ['Kwartaal', '2025-K2', '2025-K3'],
    ['Half', '2025-H1', '2025-H2'],
    ['Month', '2025-06', '2025-07'],
    // 2025 starts on 1 January, before the analysis date: it is kept.
    ['Year', '2024', '2025'],
  ];
  const book: Book = {
    suppliers: pairs.flatMap(([name, before, after]) => [
      [name, before, 4, 4],
      [name, after, 2, 2],
    ]),
    incidents: [
      // -8 on 20 June: -8·2^(-10/180) ≈ -7.7 on 30 June, Critical; the +5 on 1 July is after it.
      ['Quarter', day(2025, 6, 20), -5],
      ['Quarter', day(2025, 6, 20), -3],
      ['Quarter', day(2025, 7, 1), 5],
      // -8 on 1 January: ·2^(-180/180) = -4 on 30 June, Normal.
      ['Half', day(2025, 1, 1), -5],
      ['Half', day(2025, 1, 1), -3],
    ],
  };

  it('evaluates Results and STATUS on the date given, and classifies by the periods up to it', async () => {
    const out: string[] = [];
    const results = await analyseFile(book, ['--as-of', '2025-06-30'], out);
    expect(out).toContain('Analysis date: 2025-06-30 (set with --as-of)');
    expect(out).toContain('Periods after the analysis date, left out: 2025-Q3, 2025-K3, 2025-H2, 2025-07');
    const type = (name: string) => [name, results.get(name)?.[en.report.columns.period], results.get(name)?.[en.report.columns.type]];
    expect(type('Quarter')).toEqual(['Quarter', '2025-Q2', 'Pillar']);
    expect(type('Kwartaal')).toEqual(['Kwartaal', '2025-K2', 'Pillar']);
    expect(type('Half')).toEqual(['Half', '2025-H1', 'Pillar']);
    expect(type('Month')).toEqual(['Month', '2025-06', 'Pillar']);
    expect(type('Year')).toEqual(['Year', '2025', 'Free rider']);

    for (const [name, status] of [['Quarter', 'Critical'], ['Half', 'Normal']]) {
      expect([name, results.get(name)?.[en.report.columns.status]]).toEqual([name, status]);
      expect([name, functionStatus(book, name, AS_OF)]).toEqual([name, status]);
    }
  });
});
