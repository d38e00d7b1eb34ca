import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { main, EXIT_INPUT, EXIT_OK, EXIT_USAGE } from '../../src/cli/main';
import { packageFeatures } from '../support/package-features';
import { richWorkbook } from '../support/rich-workbook';
import { ownedSheetFor, ownedSheetNames } from '../../src/xlsx/ownership';
import { loadWorkbookFile } from '../../src/xlsx/read';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'rmo-sample.xlsx');
const USER_SHEETS = ['Leveranciers', 'Incidenten', 'Relatiemanagers', 'Enquête'];

function capture(): { io: Parameters<typeof main>[1]; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: 'C' } }, out, err };
}

const sha = (f: string): string => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function values(ws: ExcelJS.Worksheet): string {
  const rows: string[] = [];
  ws.eachRow((row, n) => rows.push(`${n}:${JSON.stringify(row.values)}`));
  return rows.join('\n');
}

describe('rmo analyze on the sample workbook', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rmo-cli-'));
  const input = path.join(dir, 'sample.xlsx');
  const output = path.join(dir, 'out', 'analysed.xlsx');
  let code: number;
  let run: ReturnType<typeof capture>;
  let before: string;

  beforeAll(async () => {
    fs.copyFileSync(SAMPLE, input);
    before = sha(input);
    run = capture();
    code = await main(['analyze', input, '-o', output], run.io);
  });

  it('exits 0, writes the output in a new folder and leaves the input byte for byte alone', () => {
    expect(run.err).toEqual([]);
    expect(code).toBe(EXIT_OK);
    expect(fs.existsSync(output)).toBe(true);
    expect(sha(input)).toBe(before);
    expect(fs.readdirSync(path.dirname(output))).toEqual(['analysed.xlsx']);
  });

  it('keeps the user sheets with their values and adds every rmo sheet', async () => {
    const [src, out] = [await load(input), await load(output)];
    const shell = await loadWorkbookFile(output);
    const owned = ownedSheetNames(shell);
    expect(out.worksheets.slice(0, USER_SHEETS.length).map((w) => w.name)).toEqual(USER_SHEETS);
    for (const name of USER_SHEETS) expect(values(out.getWorksheet(name)!)).toBe(values(src.getWorksheet(name)!));
    for (const key of ['results', 'typology', 'roles', 'reactions', 'timeline', 'trajectories', 'review', 'survey', 'problems']) {
      expect(ownedSheetFor(shell, `rmo.${key}`)).toBeDefined();
    }
    expect(out.worksheets.length).toBe(USER_SHEETS.length + owned.size);
  });

  it('names sheet, row and column of the "goed" cell on the problems sheet', async () => {
    const out = await load(output);
    const ws = out.getWorksheet(ownedSheetFor(await loadWorkbookFile(output), 'rmo.problems')!)!;
    const rows: string[] = [];
    ws.eachRow((row) => rows.push(JSON.stringify(row.values)));
    // Header on row 3, data from row 4; Quantum Payroll is the 8th supplier, its 2nd quarter: 4 + 7×3 + 1 = 26.
    // "Activiteit" is the 5th column: E.
    const hit = rows.filter((r) => r.includes('goed'));
    expect(hit).toHaveLength(1);
    expect(hit[0]).toContain('"Leveranciers"');
    expect(hit[0]).toContain('26');
    expect(hit[0]).toContain('Activiteit (E)');
  });

  it("shows the sample's two parties: the supplier's own rows and questionnaire answers as their view, with the gap", async () => {
    const out = await load(output);
    const shell = await loadWorkbookFile(output);
    const ws = out.getWorksheet(ownedSheetFor(shell, 'rmo.results')!)!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const col = (h: string) => header.indexOf(h);
    const rowOf = (supplier: string) => {
      let found: unknown[] = [];
      ws.eachRow((r) => void ((r.values as unknown[])[1] === supplier && (found = r.values as unknown[])));
      return found;
    };
    // samples/make-sample.ts: Nordic's own Q4 row is affective 3.5, calculative 2, activity 4,
    // constructiveness 4 → prospect (calculative < 3 ≤ affective), voice (active, constructive).
    expect(rowOf('Nordic Cloud Services')[col('Their view')]).toBe('Prospect · Voice');
    expect(rowOf('Nordic Cloud Services')[col('Perception gap')]).toBe('Free rider (us) ↔ Prospect (supplier)');
    // Rijnmond's supplier respondents: affective mean 2.5, calculative 4.58 (hand-worked in the generator) → hostage.
    expect(rowOf('Rijnmond Security')[col('Their view')]).toBe('Hostage');
    expect(rowOf('Rijnmond Security')[col('Perception gap')]).toBe('Pillar (us) ↔ Hostage (supplier)');
    expect(ownedSheetFor(shell, 'rmo.survey')).toBeDefined();
  });

  it('prints suppliers per type, problem counts, problem messages and the output path', () => {
    const text = run.out.join('\n');
    expect(text).toMatch(/Suppliers analysed: 12/);
    expect(text).toMatch(/Problems: \d+ errors, \d+ warnings/);
    expect(text).toContain('goed');
    expect(run.out[run.out.length - 1]).toContain(output);
  });

  it('replaces its own sheets when run on its own output', async () => {
    const again = path.join(dir, 'again.xlsx');
    expect(await main(['analyze', output, '-o', again, '--lang', 'nl'], capture().io)).toBe(EXIT_OK);
    const [first, second] = [await load(output), await load(again)];
    expect(second.worksheets.length).toBe(first.worksheets.length);
    expect(second.worksheets.map((w) => w.name)).not.toContainEqual(expect.stringMatching(/\(2\)$/));
  });

  it('writes <in>-rmo.xlsx next to the input by default', async () => {
    const c = capture();
    expect(await main(['analyze', input, '--lang', 'nl'], c.io)).toBe(EXIT_OK);
    expect(fs.existsSync(path.join(dir, 'sample-rmo.xlsx'))).toBe(true);
    expect(c.out[c.out.length - 1]).toBe(`Resultaten geschreven naar ${path.join(dir, 'sample-rmo.xlsx')}`);
  });

  it('refuses to overwrite the input, also through another spelling of its path', async () => {
    for (const o of [input, path.join(dir, '.', 'x', '..', 'sample.xlsx')]) {
      const c = capture();
      expect(await main(['analyze', input, '-o', o], c.io)).toBe(EXIT_USAGE);
      expect(c.err.join('\n')).toMatch(/overwrite the input/);
    }
    expect(sha(input)).toBe(before);
  });

  it('exits 1 for a missing or unreadable input and 2 for bad options', async () => {
    const notXlsx = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(notXlsx, 'plain text');
    expect(await main(['analyze', path.join(dir, 'nope.xlsx')], capture().io)).toBe(EXIT_INPUT);
    expect(await main(['analyze', notXlsx], capture().io)).toBe(EXIT_INPUT);
    expect(fs.existsSync(path.join(dir, 'notes-rmo.xlsx'))).toBe(false);
    expect(await main(['analyze', input, '--scale', 'x'], capture().io)).toBe(EXIT_USAGE);
    expect(await main(['frobnicate'], capture().io)).toBe(EXIT_USAGE);
    const help = capture();
    expect(await main([], help.io)).toBe(EXIT_OK);
    expect(help.out.join('\n')).toMatch(/rmo analyze/);
  });

  it('reads relative paths from the directory the user is in', async () => {
    const c = { ...capture() };
    const io = { ...c.io!, cwd: dir };
    expect(await main(['analyze', 'sample.xlsx', '-o', 'rel/out.xlsx'], io)).toBe(EXIT_OK);
    expect(fs.existsSync(path.join(dir, 'rel', 'out.xlsx'))).toBe(true);
    expect(c.out[c.out.length - 1]).toBe(`Results written to ${path.join('rel', 'out.xlsx')}`);
  });

  it('lists errors before warnings in the first problems', () => {
    const lines = run.out.slice(run.out.findIndex((l) => l.startsWith('First ')) + 1).filter((l) => l.startsWith('  - '));
    // The sample's three errors (a text score, an error value, a score outside the scale) come first.
    expect(lines.slice(0, 3).join('\n')).toMatch(/goed/);
    expect(lines.slice(0, 3).join('\n')).toMatch(/#N\/A/);
    expect(lines.slice(0, 3).join('\n')).toMatch(/outside the scale/);
    expect(lines.slice(3).join('\n')).not.toMatch(/goed|#N\/A|outside the scale/);
  });
});

describe('rmo analyze on files that are not a readable workbook', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rmo-cli-bad-'));
  const zipOf = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
  /** An OLE compound file header followed by stream names in UTF-16, as encrypted packages and .xls files have them. */
  const compound = (stream: string) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(stream, 'utf16le')]);
  const sample = fs.readFileSync(SAMPLE);
  const cases: [string, string, Uint8Array, RegExp, RegExp][] = [
    ['an empty file', 'empty.xlsx', new Uint8Array(0), /is empty/, /is leeg/],
    ['a password-protected workbook', 'secret.xlsx', compound('EncryptionInfo'), /save a copy without a password/, /zonder wachtwoord/],
    ['an old .xls workbook', 'old.xls', compound('Workbook'), /save it as an Excel workbook \(\.xlsx\)/, /sla het op als Excel-werkmap \(\.xlsx\)/],
    ['a CSV renamed .xlsx', 'data.xlsx', strToU8('Supplier;Affective\nAcme;4\n'), /may be a CSV or text file/, /CSV- of tekstbestand/],
    ['a truncated workbook', 'cut.xlsx', sample.subarray(0, Math.floor(sample.length / 2)), /damaged or incomplete/, /beschadigd of onvolledig/],
    ['a zip without a workbook', 'doc.xlsx', zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), /holds no Excel workbook/, /bevat geen Excel-werkmap/],
  ];

  it.each(cases)('explains %s in English and Dutch, exits 1 and leaves no file behind', async (_what, name, bytes, en, nl) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    for (const [lang, pattern] of [['en', en], ['nl', nl]] as const) {
      const c = capture();
      expect(await main(['analyze', file, '--lang', lang, '-o', path.join(dir, 'out', 'x.xlsx')], c.io)).toBe(EXIT_INPUT);
      expect(c.err.join('\n')).toMatch(pattern);
      expect(c.err.join('\n')).toContain(file);
      // No developer text: no library's message or web address.
      expect(c.err.join('\n')).not.toMatch(/https?:|zip file\?|Corrupted|undefined/);
    }
    expect(fs.readdirSync(dir).sort()).toEqual([name]);
    fs.rmSync(file);
  });

  it('keeps a macro workbook a macro workbook: .xlsm by default, and refuses an explicit .xlsx name', async () => {
    const file = path.join(dir, 'macros.xlsm');
    fs.writeFileSync(file, richWorkbook());
    const c = capture();
    expect(await main(['analyze', file], c.io)).toBe(EXIT_OK);
    const out = path.join(dir, 'macros-rmo.xlsm');
    expect(fs.existsSync(out)).toBe(true);
    expect(packageFeatures(fs.readFileSync(out)).vba).toBe(true);
    const bad = capture();
    expect(await main(['analyze', file, '-o', path.join(dir, 'plain.xlsx')], bad.io)).toBe(EXIT_USAGE);
    expect(bad.err.join('\n')).toMatch(/must end in \.xlsm/);
    expect(fs.existsSync(path.join(dir, 'plain.xlsx'))).toBe(false);
  });
});
