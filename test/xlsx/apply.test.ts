import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { applyPlans } from '../../src/xlsx/apply';
import { ownedSheetNames } from '../../src/xlsx/ownership';
import { readXlsx } from '../../src/xlsx/read';
import type { SheetPlan } from '../../src/report/plan';
import { nl } from '../../src/i18n/nl';
import { cellXml, saveAndReload, sheetValues, sheetXml, tempDir } from './helpers';

function resultsPlan(supplier: string, score: number): SheetPlan {
  return {
    key: 'rmo.results',
    name: 'Results',
    blocks: [
      { row: 0, col: 0, values: [['Supplier', 'Score', 'Type']] },
      { row: 1, col: 0, values: [[supplier]], userText: true },
      { row: 1, col: 1, values: [[score, 'Pillar']] },
    ],
    styles: [
      { rect: { row: 0, col: 0, rows: 1, cols: 3 }, style: { bold: true, fill: '#1F4E79', fontColor: '#FFFFFF' } },
      { rect: { row: 1, col: 1, rows: 1, cols: 1 }, style: { numberFormat: '0.00', hAlign: 'center' } },
      // A style rectangle that (wrongly) covers user text: the text format must still win.
      { rect: { row: 1, col: 0, rows: 1, cols: 2 }, style: { numberFormat: '0.0', border: true } },
    ],
    columnWidths: { 0: 30, 2: 12 },
    charts: [],
    freezeRows: 1,
  };
}

const problemsPlan: SheetPlan = {
  key: 'rmo.problems',
  name: 'Problems',
  blocks: [{ row: 0, col: 0, values: [['Sheet', 'Row'], ['Data', 7]] }],
  styles: [],
  columnWidths: {},
  charts: [],
};

async function userWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet('Data');
  data.getCell('A1').value = 'Supplier';
  data.getCell('B1').value = 'Score';
  data.getCell('A2').value = 'Acme';
  data.getCell('B2').value = 4;
  data.getCell('C2').value = { formula: 'B2*2', result: 8 } as ExcelJS.CellValue;
  // The user's own sheet that happens to carry the name of one of ours.
  const mine = wb.addWorksheet('results');
  mine.getCell('A1').value = 'my own notes';
  return wb;
}

describe('applyPlans', () => {
  const dir = tempDir();

  it('adds our sheets, renames on a clash with a user sheet, and replaces only ours on a second run', async () => {
    const wb = await userWorkbook();
    const before = { data: sheetValues(wb.getWorksheet('Data')!), mine: sheetValues(wb.getWorksheet('results')!) };

    const first = applyPlans(wb, [resultsPlan('Acme', 4), problemsPlan]);
    expect(first).toEqual([
      { key: 'rmo.results', name: 'Results (2)' },
      { key: 'rmo.problems', name: 'Problems' },
    ]);
    const once = await saveAndReload(wb, path.join(dir, 'once.xlsx'));
    expect(once.worksheets.map((w) => w.name)).toEqual(['Data', 'results', 'Results (2)', 'Problems']);
    expect([...ownedSheetNames(once)].sort()).toEqual(['Problems', 'Results (2)']);

    const second = applyPlans(once, [resultsPlan('Globex', 2.5), problemsPlan]);
    expect(second.map((s) => s.name)).toEqual(['Results (2)', 'Problems']);
    const twice = await saveAndReload(once, path.join(dir, 'twice.xlsx'));
    expect(twice.worksheets.map((w) => w.name)).toEqual(['Data', 'results', 'Results (2)', 'Problems']);
    expect(sheetValues(twice.getWorksheet('Data')!)).toEqual(before.data);
    expect(sheetValues(twice.getWorksheet('results')!)).toEqual(before.mine);
    const ours = twice.getWorksheet('Results (2)')!;
    expect(ours.getCell('A2').value).toBe('Globex');
    expect(ours.getCell('B2').value).toBe(2.5);
  });

  it('removes a stale sheet of ours but never a user sheet', async () => {
    const wb = await userWorkbook();
    applyPlans(wb, [resultsPlan('Acme', 4), problemsPlan]);
    const back = await saveAndReload(wb, path.join(dir, 'stale1.xlsx'));
    applyPlans(back, [resultsPlan('Acme', 4)]);
    const again = await saveAndReload(back, path.join(dir, 'stale2.xlsx'));
    expect(again.worksheets.map((w) => w.name)).toEqual(['Data', 'results', 'Results (2)']);
  });

  it('keeps text that starts with = + - @ as text: a shared string, text format, no formula', async () => {
    const wb = new ExcelJS.Workbook();
    const texts = ['=HYPERLINK("http://x","y")', '+31 6 1234', '-late delivery', '@Acme'];
    applyPlans(wb, [
      {
        key: 'rmo.texts',
        name: 'Texts',
        blocks: [{ row: 0, col: 0, values: texts.map((t) => [t]), userText: true }],
        styles: [],
        columnWidths: {},
        charts: [],
      },
    ]);
    const file = path.join(dir, 'texts.xlsx');
    const back = await saveAndReload(wb, file);
    const xml = await sheetXml(file, 'Texts');
    expect(xml).not.toContain('<f>');
    expect(xml).not.toContain('<f ');
    for (const [i, t] of texts.entries()) {
      expect(cellXml(xml, `A${i + 1}`)).toMatch(/t="s"/);
      const cell = back.getWorksheet('Texts')!.findCell(i + 1, 1)!;
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(t);
      expect(cell.numFmt).toBe('@');
    }
  });

  it('writes styles per rectangle, number formats, column widths and frozen header rows', async () => {
    const wb = new ExcelJS.Workbook();
    applyPlans(wb, [resultsPlan('Acme', 4)]);
    const ws = (await saveAndReload(wb, path.join(dir, 'style.xlsx'))).getWorksheet('Results')!;
    for (const a of ['A1', 'B1', 'C1']) {
      expect(ws.getCell(a).font?.bold).toBe(true);
      expect((ws.getCell(a).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF1F4E79');
      expect(ws.getCell(a).font?.color?.argb).toBe('FFFFFFFF');
    }
    expect(ws.getCell('D1').font?.bold).toBeFalsy();
    // The later rectangle's format wins over the earlier one on B2; the user-text cell keeps "@".
    expect(ws.getCell('B2').numFmt).toBe('0.0');
    expect(ws.getCell('B2').alignment?.horizontal).toBe('center');
    expect(ws.getCell('A2').numFmt).toBe('@');
    expect(ws.getCell('A2').border?.top?.style).toBe('thin');
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(3).width).toBe(12);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes a note where a chart would be, in the chosen language, and skips our sheets on reading', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Data').getCell('A1').value = 'Supplier';
    const rect = { row: 1, col: 0, rows: 2, cols: 1 };
    applyPlans(
      wb,
      [
        {
          key: 'rmo.chart',
          name: 'Typologie',
          blocks: [{ row: 0, col: 0, values: [['x', 'y'], [1, 2], [3, 4]] }],
          styles: [],
          columnWidths: {},
          charts: [
            {
              kind: 'scatter',
              title: 'Relatietypologie',
              xTitle: 'x',
              yTitle: 'y',
              anchor: { row: 0, col: 4, rows: 15, cols: 8 },
              series: [{ name: 's', x: rect, y: { ...rect, col: 1 }, line: false, marker: true }],
            },
          ],
        },
      ],
      { language: 'nl' },
    );
    const file = path.join(dir, 'chart.xlsx');
    const back = await saveAndReload(wb, file);
    const note = back.getWorksheet('Typologie')!.getCell('E1').value;
    expect(note).toBe(nl.xlsx.chartNote.replace('{title}', 'Relatietypologie'));
    expect(String(note)).toContain('Relatietypologie');
    // The note fills a box the size of the chart (15 rows × 8 columns from E1 = E1:L15).
    const sheet = back.getWorksheet('Typologie')!;
    expect(sheet.getCell('L15').master.address).toBe('E1');
    expect(sheet.getCell('M15').isMerged).toBe(false);
    expect(sheet.getCell('L16').isMerged).toBe(false);
    expect((await readXlsx(file)).map((t) => t.sheet)).toEqual(['Data']);
  });

  it('never writes a chart note over data in the chart area', async () => {
    const wb = new ExcelJS.Workbook();
    const rect = { row: 0, col: 0, rows: 2, cols: 1 };
    const chart = { kind: 'scatter' as const, title: 'T', xTitle: 'x', yTitle: 'y', series: [{ name: 's', x: rect, y: rect, line: false, marker: true }] };
    applyPlans(wb, [
      {
        key: 'rmo.c',
        name: 'C',
        blocks: [{ row: 0, col: 0, values: [[1, null], [2, 'x']] }],
        styles: [],
        columnWidths: {},
        // One chart right on the data, one whose area overlaps the data.
        charts: [{ ...chart, anchor: { row: 0, col: 0, rows: 3, cols: 3 } }, { ...chart, anchor: { row: 0, col: 1, rows: 3, cols: 2 } }],
      },
    ]);
    const ws = (await saveAndReload(wb, path.join(dir, 'overlap.xlsx'))).getWorksheet('C')!;
    expect(ws.getCell('A1').value).toBe(1);
    expect(ws.getCell('A2').value).toBe(2);
    expect(ws.getCell('B2').value).toBe('x');
    expect(String(ws.getCell('B1').value)).toContain('T');
    expect(ws.getCell('B1').isMerged).toBe(false);
  });
});
