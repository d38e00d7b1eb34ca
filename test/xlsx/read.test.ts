import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../src/xlsx/read';
import { tempDir } from './helpers';

/** 2025-03-15 as an Excel serial: 2025-01-01 is 45658, plus 31 (Jan) + 28 (Feb) + 14. */
const MARCH_15_2025 = 45731;

async function userWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet('Incidents');
  data.getCell('A1').value = 'Notes above the table are not part of it';
  data.addTable({
    name: 'tblIncidents',
    ref: 'C3',
    headerRow: true,
    columns: [{ name: 'Supplier' }, { name: 'Date' }, { name: 'Impact' }],
    rows: [
      ['Acme', new Date(Date.UTC(2025, 2, 15)), -2],
      ['Globex', 45000, { formula: '1+2', result: 3 } as ExcelJS.CellValue],
    ],
  });

  const plain = wb.addWorksheet('Scores');
  plain.getCell('B2').value = 'Title';
  plain.mergeCells('B2:D2');
  plain.getCell('B4').value = 'Supplier';
  plain.getCell('C4').value = 'Score';
  plain.getCell('D4').value = 'Link';
  plain.getCell('B5').value = { richText: [{ text: 'Ac', font: { bold: true } }, { text: 'me' }] };
  plain.getCell('C5').value = { formula: 'VLOOKUP("x",F1:G2,2,FALSE)', result: { error: '#N/A' } } as ExcelJS.CellValue;
  plain.getCell('D5').value = { text: 'site', hyperlink: 'https://acme.example' };
  plain.getCell('B6').value = '=1+1';
  plain.getCell('C6').value = { error: '#DIV/0!' } as ExcelJS.CellValue;
  plain.getCell('D6').value = true;
  // Formatting alone does not widen the used range.
  plain.getCell('H20').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };

  wb.addWorksheet('Empty');
  const ours = wb.addWorksheet('Results');
  ours.getCell('A1').value = 'Supplier';
  // Our marker, as the add-in and the command line write it (report/ownership-marker.ts).
  wb.definedNames.add("'Results'!$A$1", '_rmo.rmo.results');
  await wb.xlsx.writeFile(file);
}

describe('readXlsx', () => {
  const dir = tempDir();
  const file = path.join(dir, 'in.xlsx');
  beforeAll(() => userWorkbook(file));

  it('gives each Excel table with its real position, and the used range of a sheet without tables', async () => {
    const tables = await readXlsx(file);
    expect(tables.map((t) => [t.sheet, t.table, t.firstRow, t.firstCol])).toEqual([
      ['Incidents', 'tblIncidents', 3, 3],
      ['Scores', undefined, 2, 2],
    ]);
  });

  it('reads table cells: dates as serials with their format, formulas as cached results', async () => {
    const [t] = await readXlsx(file);
    expect(t.values).toEqual([
      ['Supplier', 'Date', 'Impact'],
      ['Acme', MARCH_15_2025, -2],
      ['Globex', 45000, 3],
    ]);
    // The date cell keeps a date format, the bare serial does not: input/ can tell them apart.
    expect(t.numberFormats![1][1]).toMatch(/[dmy]/);
    expect(t.numberFormats![2][1]).toBe('General');
  });

  it('flattens rich text, hyperlinks and errors and keeps formula-like text as text', async () => {
    const t = (await readXlsx(file))[1];
    expect(t.values).toEqual([
      ['Title', null, null],
      [null, null, null],
      ['Supplier', 'Score', 'Link'],
      ['Acme', '#N/A', 'site'],
      ['=1+1', '#DIV/0!', true],
    ]);
  });

  it('skips sheets the tool owns and reads the same from a Buffer', async () => {
    const fromBuffer = await readXlsx(fs.readFileSync(file));
    expect(fromBuffer.map((t) => t.sheet)).not.toContain('Results');
    expect(fromBuffer).toEqual(await readXlsx(file));
  });

  it('leaves out a table totals row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('T');
    ws.addTable({
      name: 'withTotals',
      ref: 'A1',
      totalsRow: true,
      columns: [{ name: 'Supplier', totalsRowLabel: 'Total' }, { name: 'Impact', totalsRowFunction: 'sum' }],
      rows: [['A', 1], ['B', 2]],
    });
    const f = path.join(dir, 'totals.xlsx');
    await wb.xlsx.writeFile(f);
    const [t] = await readXlsx(f);
    expect(t.values).toEqual([
      ['Supplier', 'Impact'],
      ['A', 1],
      ['B', 2],
    ]);
  });

  it('rejects a file that is not a workbook', async () => {
    const f = path.join(dir, 'not.xlsx');
    fs.writeFileSync(f, 'just text');
    await expect(readXlsx(f)).rejects.toThrow();
  });
});
