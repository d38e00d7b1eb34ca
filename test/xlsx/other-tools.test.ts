/**
 * Workbooks written by another program: LibreOffice Calc converts a .fods and a .csv
 * (kept as text in test/fixtures) to .xlsx during the test run, with its own writer.
 * The file shell must read them as the user meant, and its output must keep every
 * part LibreOffice wrote byte for byte, and open again in LibreOffice with our sheets
 * and charts. Needs /usr/bin/soffice (scripts/setup.sh installs libreoffice-calc-nogui).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main, EXIT_OK } from '../../src/cli/main';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings';
import { parseTables } from '../../src/input';
import { loadWorkbookFile, readTables } from '../../src/xlsx/read';
import { tempDir } from './helpers';

const SOFFICE = '/usr/bin/soffice';
const FODS = path.join(__dirname, '..', 'fixtures', 'libreoffice-input.fods');
const EDITED = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

/** Runs LibreOffice headless with its own profile, so parallel runs do not share one. */
function convert(dir: string, file: string, to: string, filter?: string): string {
  const args = [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', ...(filter ? [`--infilter=${filter}`] : []), '--convert-to', to, '--outdir', dir, file];
  execFileSync(SOFFICE, args, { stdio: 'pipe', timeout: 120_000 });
  const out = path.join(dir, `${path.parse(file).name}.${to.split(':')[0]}`);
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}

describe('a workbook written by LibreOffice Calc', () => {
  const dir = tempDir();
  let xlsx: string;
  let output: string;
  let out: string[];

  beforeAll(async () => {
    xlsx = convert(dir, FODS, 'xlsx');
    output = path.join(dir, 'analysed.xlsx');
    const lines: string[] = [];
    const code = await main(['analyze', xlsx, '-o', output, '--lang', 'en'], { out: (l) => lines.push(l), err: (l) => lines.push(l), env: {} });
    out = lines;
    expect(code).toBe(EXIT_OK);
  }, 180_000);

  it('is read as the user typed it: text stays text, decimal-comma text, dates, cached formula results', async () => {
    const { tables, problems } = readTables(await loadWorkbookFile(xlsx));
    expect(problems).toEqual([]);
    const [sup, inc] = tables;
    expect(sup.values.slice(1, 5)).toEqual([
      ['Leverancier', 'Affectieve betrokkenheid', 'Berekende betrokkenheid'],
      ['Acme Print', 4, 3.5],
      ['=Bolt Logistics', 2, '4,5'],
      ['Cora Cleaning', 5, 1],
    ]);
    // 15 March 2025 is serial 45731 (45658 = 1 January 2025, + 31 + 28 + 14), with a date format.
    expect(inc.values[1][1]).toBe(45731);
    expect(inc.numberFormats![1][1]).toMatch(/d.*m.*y/);
    expect(inc.values[2][1]).toBe('01-04-2025');
  });

  it('analyses the three suppliers and leaves the note under the table out, with a warning', async () => {
    const input = parseTables(readTables(await loadWorkbookFile(xlsx)).tables, DEFAULT_SETTINGS);
    expect(input.suppliers.map((s) => [s.supplier, s.affective, s.calculative])).toEqual([
      ['Acme Print', 4, 3.5],
      ['=Bolt Logistics', 2, 4.5],
      ['Cora Cleaning', 5, 1],
    ]);
    expect(input.incidents.map((i) => [i.supplier, i.day])).toEqual([
      ['Acme Print', 45731],
      ['Cora Cleaning', 45748],
    ]);
    expect(input.problems.map((p) => [p.code, p.sheet, p.row])).toEqual([['rowBelowTable', 'Leveranciers', 7]]);
    expect(out.join('\n')).toMatch(/Suppliers analysed: 3/);
  });

  it("keeps every part LibreOffice wrote, byte for byte, and every element of the parts it edits", () => {
    const before = unzipSync(fs.readFileSync(xlsx));
    const after = unzipSync(fs.readFileSync(output));
    const changed = Object.keys(before).filter((n) => !EDITED.includes(n) && Buffer.compare(Buffer.from(before[n]), Buffer.from(after[n] ?? new Uint8Array())) !== 0);
    expect(changed).toEqual([]);
    expect(Object.keys(before).length).toBeGreaterThan(6);
    const wb = strFromU8(after['xl/workbook.xml']);
    expect(wb).toMatch(/<definedName[^>]*name="Scores"[^>]*>\$?'?Leveranciers'?!\$B\$3:\$C\$5<\/definedName>/);
    const styles = strFromU8(after['xl/styles.xml']);
    expect(/<font>[\s\S]*?<\/font>/.exec(styles.slice(styles.indexOf('<fonts')))![0]).toMatch(/Arial/);
    for (const name of EDITED) {
      const old = strFromU8(before[name]);
      for (const el of old.match(/<[^/?!][^>]*\/>/g) ?? []) if (!/\scount="/.test(el)) expect({ name, el, kept: strFromU8(after[name]).includes(el) }).toEqual({ name, el, kept: true });
    }
  });

  it('opens again in LibreOffice with our sheets and native charts', () => {
    const back = convert(path.join(dir), output, 'fods');
    const fods = fs.readFileSync(back, 'utf8');
    const sheets = [...fods.matchAll(/<table:table table:name="([^"]*)"/g)].map((m) => m[1]).filter((n) => n !== 'local-table');
    expect(sheets.slice(0, 2)).toEqual(['Leveranciers', 'Incidenten']);
    expect(sheets).toEqual(expect.arrayContaining(['RMO Results', 'RMO Typology', 'RMO Roles', 'RMO Reactions', 'RMO Problems']));
    // Every chart part we wrote (the three matrices, and timelines where there are some) arrives as a chart object.
    const charts = Object.keys(unzipSync(fs.readFileSync(output))).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length;
    expect(charts).toBeGreaterThanOrEqual(3);
    expect((fods.match(/<draw:object\b/g) ?? []).length).toBe(charts);
  }, 180_000);
});

describe('a CSV file converted by LibreOffice', () => {
  it('reads the semicolon-separated table LibreOffice turned into a workbook', async () => {
    const dir = tempDir();
    const csv = path.join(dir, 'leveranciers.csv');
    fs.writeFileSync(csv, 'Leverancier;Affectieve betrokkenheid;Berekende betrokkenheid\nAcme Print;4;3\n"Bolt; Logistics";2;5\n');
    const xlsx = convert(dir, csv, 'xlsx', 'CSV:59,34,76,1');
    const { tables } = readTables(await loadWorkbookFile(xlsx));
    expect(tables.map((t) => t.values)).toEqual([
      [
        ['Leverancier', 'Affectieve betrokkenheid', 'Berekende betrokkenheid'],
        ['Acme Print', 4, 3],
        ['Bolt; Logistics', 2, 5],
      ],
    ]);
  }, 180_000);
});
