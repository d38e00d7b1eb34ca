/**
 * Response workbooks as files: one made with the project's own writer (rmo survey, then
 * answers typed in as a colleague would), one made independently — a CSV as a forms export
 * gives it, turned into .xlsx by LibreOffice (or, where LibreOffice is absent, a minimal
 * OOXML package built by hand with JSZip) — read by the CLI's analysis pipeline.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings';
import { loadWorkbookFile, readTables } from '../../src/xlsx/read';

/** The file as an independent reader (exceljs) sees it. */
async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The blocks the file shell hands to input/, as the command line reads them. */
async function rawTables(file: string) {
  return readTables(await loadWorkbookFile(file)).tables;
}
import { parseTables } from '../../src/input';
import { catalogue } from '../../src/i18n';
import { tempDir } from '../xlsx/helpers';
import { HEADER, ROWS } from './fixture';

const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: {} } };
};

describe('a questionnaire written by rmo survey and filled in', () => {
  const dir = tempDir();

  it('writes the response table, the instruction and the items sheet in Dutch, unmarked', async () => {
    const file = path.join(dir, 'vragenlijst.xlsx');
    const r = io();
    expect(await main(['survey', '--lang', 'nl', '-o', file, '--form'], r.io)).toBe(0);
    expect(r.out).toEqual([`Vragenlijst met 40 stellingen geschreven naar ${file}`]);
    const wb = await loadWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['RMO Vragenlijst', 'RMO Items', 'RMO Formulier']);
    const ws = wb.getWorksheet('RMO Vragenlijst')!;
    expect(ws.getCell('A1').value).toBe(catalogue('nl').survey.instruction.title);
    expect([1, 2, 3, 4, 5, 44].map((c) => ws.getRow(8).getCell(c).value)).toEqual(['Respondent', 'Partij', 'Leverancier', 'Periode', 'AFF1', 'ADV4']);
    const items = wb.getWorksheet('RMO Items')!;
    expect(items.getCell('C6').value).toBe('Of deze relatie doorgaat, laat ons onverschillig.'); // AFF3 on the 3rd data row
    expect(items.getCell('D6').value).toBe('Ja');
    expect(items.getCell('E6').value).toBe('1–5');
    expect(String(items.getCell('F6').value)).toMatch(/^Geyskens, Steenkamp, Scheer & Kumar \(1996\)/);
    expect(String(items.getCell('F21').value)).toMatch(/^RMO-gids .*: de service-invalshoek/); // SRV1 on data row 17
    // Written for the user: no _rmo. marker, so no later run replaces it.
    expect((wb.definedNames.model as { name: string }[]).map((n) => n.name)).toEqual([]);
    // Unanswered, it is no input and no problem: the items sheet and the form are recognised as guides.
    const input = parseTables(await rawTables(file), DEFAULT_SETTINGS);
    expect(input.problems).toEqual([]);
    expect(input.tables?.map((t) => [t.sheet, t.kind, t.rowsUsed])).toEqual([['RMO Vragenlijst', 'responses', 0]]);
    expect(input.survey).toBeUndefined();
  });

  it('reads the answers typed into it and measures them (hand values in fixture.ts)', async () => {
    const file = path.join(dir, 'survey.xlsx');
    expect(await main(['survey', '-o', file], io().io)).toBe(0);
    const wb = await loadWorkbook(file);
    const ws = wb.getWorksheet('RMO Questionnaire')!;
    const header = (ws.getRow(8).values as unknown[]).slice(1).map(String);
    // A colleague fills in the table: each fixture answer under the column of its code.
    ROWS.forEach((row, i) => {
      HEADER.forEach((h, j) => {
        const col = header.indexOf(h);
        if (col >= 0 && row[j] !== null) ws.getRow(9 + i).getCell(col + 1).value = row[j] as ExcelJS.CellValue;
      });
    });
    const filled = path.join(dir, 'filled.xlsx');
    await wb.xlsx.writeFile(filled);

    const input = parseTables(await rawTables(filled), DEFAULT_SETTINGS);
    const acme = input.survey?.groups.find((g) => g.supplier === 'Acme' && g.party === 'client');
    expect(acme?.respondents).toBe(3);
    expect(acme?.measures.find((m) => m.construct === 'affective')?.mean).toBeCloseTo(4, 12);
    expect(input.survey?.reliability.find((r) => r.construct === 'affective' && r.group === 'all')?.alpha).toBeCloseTo(2 / 3, 12);
    expect(input.problems.filter((p) => p.code === 'surveyTextAnswer').map((p) => [p.sheet, p.row, p.column])).toEqual([['RMO Questionnaire', 13, 'AFF1 (E)']]);
    expect(input.problems.filter((p) => p.code === 'noTableFound')).toEqual([]); // the items sheet is no input

    const out = path.join(dir, 'analysed.xlsx');
    const r = io();
    expect(await main(['analyze', filled, '-o', out], r.io)).toBe(0);
    const res = await loadWorkbook(out);
    expect(res.getWorksheet('RMO Survey')).toBeDefined();
    expect(res.getWorksheet('RMO Questionnaire')!.getRow(9).getCell(1).value).toBe('R1'); // the answers are untouched
  });

  it('adds the questionnaire to a copy of an existing workbook without touching its sheets', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('RMO Questionnaire').getCell('A1').value = 'my own notes';
    const src = path.join(dir, 'book.xlsx');
    await book.xlsx.writeFile(src);
    const out = path.join(dir, 'book-survey.xlsx');
    expect(await main(['survey', '--into', src, '-o', out, '--parts', 'commitment'], io().io)).toBe(0);
    const wb = await loadWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['RMO Questionnaire', 'RMO Questionnaire (2)', 'RMO Items']);
    expect(wb.getWorksheet('RMO Questionnaire')!.getCell('A1').value).toBe('my own notes');
    expect((wb.getWorksheet('RMO Questionnaire (2)')!.getRow(8).values as unknown[]).slice(1)).toEqual(['Respondent', 'Party', 'Supplier', 'Period', 'AFF1', 'AFF2', 'AFF3', 'AFF4', 'CAL1', 'CAL2', 'CAL3', 'CAL4']);
    const bad = io();
    expect(await main(['survey', '--into', src, '-o', src], bad.io)).toBe(2);
    expect(await main(['survey', '--parts', 'everything'], bad.io)).toBe(2);
    expect(bad.err[bad.err.length - 3]).toBe('Option --parts expects a comma-separated choice of commitment, reactions, approach, tasks, got "everything".');
  });
});

// ---- An independent workbook: a Dutch forms export as CSV ----

const nl = catalogue('nl').survey.items;
/** Forms-style headers: metadata columns, then the full statement texts as questions. */
const FORMS_HEADER = ['ID', 'Begintijd', 'Tijd van voltooien', 'E-mail', 'Naam', 'Leverancier', 'Partij', nl.AFF1, nl.AFF2, nl.AFF3, nl.AFF4];
/**
 * Answers as forms export them: numbers or the answer labels. Reverse-coded AFF3/AFF4 turned:
 *   a@x.nl 4, Eens(4), 2→4, Oneens(2)→4   score 4
 *   b@x.nl Helemaal eens(5), 4, 1→5, 2→4  score 4.5
 *   c@x.nl 3, 4, 3→3, 2→4                 score 3.5
 *   → our organisation: mean 4, alpha 2/3, r_wg 12/13 (same answers as fixture.ts R1–R3)
 *   d@x.nl (supplier) 9 is off the scale (left out), 4, 2→4, 2→4  score 4
 */
const FORMS_ROWS = [
  ['1', '1-12-2026 09:00', '1-12-2026 09:04', 'a@x.nl', 'anoniem', 'Acme', 'Eigen organisatie', '4', 'Eens', '2', 'Oneens'],
  ['2', '1-12-2026 09:10', '1-12-2026 09:15', 'b@x.nl', 'anoniem', 'Acme', 'Eigen organisatie', 'Helemaal eens', '4', '1', '2'],
  ['3', '1-12-2026 09:20', '1-12-2026 09:22', 'c@x.nl', 'anoniem', 'Acme', 'Eigen organisatie', '3', '4', '3', '2'],
  ['4', '1-12-2026 10:00', '1-12-2026 10:03', 'd@x.nl', 'anoniem', 'Acme', 'Leverancier', '9', '4', '2', '2'],
];

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** CSV → .xlsx by LibreOffice, headless, with its own profile so parallel runs do not clash; undefined where it is not installed. */
function viaLibreOffice(dir: string): string | undefined {
  const soffice = '/usr/bin/soffice';
  if (!fs.existsSync(soffice)) return undefined;
  const csv = path.join(dir, 'forms-export.csv');
  fs.writeFileSync(csv, [FORMS_HEADER, ...FORMS_ROWS].map((r) => r.map(csvCell).join(',')).join('\n') + '\n', 'utf8');
  execFileSync(soffice, [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--infilter=CSV:44,34,76', '--convert-to', 'xlsx', '--outdir', dir, csv], { stdio: 'ignore', timeout: 120_000 });
  const out = path.join(dir, 'forms-export.xlsx');
  if (!fs.existsSync(out)) throw new Error('LibreOffice is installed but wrote no forms-export.xlsx');
  return out;
}

/** The same export as a minimal OOXML package written by hand (inline strings, numbers as numbers). */
async function viaJsZip(dir: string): Promise<string> {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const col = (j: number) => String.fromCharCode(65 + j);
  const rows = [FORMS_HEADER, ...FORMS_ROWS]
    .map((r, i) => `<row r="${i + 1}">${r.map((v, j) => (i > 0 && /^\d+$/.test(v) ? `<c r="${col(j)}${i + 1}"><v>${v}</v></c>` : `<c r="${col(j)}${i + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`)).join('')}</row>`)
    .join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  zip.file('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="forms-export" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`);
  const out = path.join(dir, 'forms-export-ooxml.xlsx');
  fs.writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer' }));
  return out;
}

describe('a forms export converted independently', () => {
  const dir = tempDir();

  it.each([['LibreOffice from CSV'], ['hand-written OOXML']])('%s: statements as headers, labels as answers, both parties', async (route) => {
    const file = route === 'LibreOffice from CSV' ? (viaLibreOffice(dir) ?? (await viaJsZip(dir))) : await viaJsZip(dir);
    const input = parseTables(await rawTables(file), DEFAULT_SETTINGS);
    expect(input.tables?.[0]).toMatchObject({ sheet: 'forms-export', kind: 'responses', headerRow: 1, rowsUsed: 4 });
    const ours = input.survey?.groups.find((g) => g.party === 'client');
    const aff = ours?.measures.find((m) => m.construct === 'affective');
    expect([ours?.supplier, ours?.respondents, aff?.mean]).toEqual(['Acme', 3, 4]);
    expect(aff?.rwg).toBeCloseTo(12 / 13, 12);
    expect(input.survey?.reliability.find((r) => r.group === 'client')?.alpha).toBeCloseTo(2 / 3, 12);
    expect(input.survey?.groups.find((g) => g.party === 'supplier')?.measures[0].mean).toBe(4);
    expect(input.survey?.responses.map((r) => r.respondent)).toEqual(['a@x.nl', 'b@x.nl', 'c@x.nl', 'd@x.nl']);
    expect(input.problems.filter((p) => p.code === 'surveyAnswerOutOfScale').map((p) => [p.row, p.column, p.value])).toEqual([[5, `${nl.AFF1} (H)`, '9']]);
    // The only supplier row comes from the survey: our organisation's view 4 on affective.
    expect(input.suppliers.find((s) => s.party === 'client')?.affective).toBe(4);
  }, 150_000);
});
