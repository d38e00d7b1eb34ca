import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { applyPlans } from '../../src/xlsx/apply';
import { ownedSheetNames } from '../../src/xlsx/ownership';
import { openWorkbook, readXlsx } from '../../src/xlsx/read';
import type { SheetPlan } from '../../src/report/plan';
import { cellXml, saveAndReload, sheetValues, sheetXml, shellOf } from './helpers';

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

  it('adds our sheets, renames on a clash with a user sheet, and replaces only ours on a second run', async () => {
    const wb = await userWorkbook();
    const before = { data: sheetValues(wb.getWorksheet('Data')!), mine: sheetValues(wb.getWorksheet('results')!) };

    const file = await shellOf(wb);
    const first = applyPlans(file, [resultsPlan('Acme', 4), problemsPlan]);
    expect(first).toEqual([
      { key: 'rmo.results', name: 'Results (2)' },
      { key: 'rmo.problems', name: 'Problems' },
    ]);
    const onceBytes = file.pkg.save();
    const once = await saveAndReload(file);
    expect(once.worksheets.map((w) => w.name)).toEqual(['Data', 'results', 'Results (2)', 'Problems']);
    expect([...ownedSheetNames(openWorkbook(onceBytes))].sort()).toEqual(['Problems', 'Results (2)']);

    const again = openWorkbook(onceBytes);
    const second = applyPlans(again, [resultsPlan('Globex', 2.5), problemsPlan]);
    expect(second.map((s) => s.name)).toEqual(['Results (2)', 'Problems']);
    const twice = await saveAndReload(again);
    expect(twice.worksheets.map((w) => w.name)).toEqual(['Data', 'results', 'Results (2)', 'Problems']);
    expect(sheetValues(twice.getWorksheet('Data')!)).toEqual(before.data);
    expect(sheetValues(twice.getWorksheet('results')!)).toEqual(before.mine);
    const ours = twice.getWorksheet('Results (2)')!;
    expect(ours.getCell('A2').value).toBe('Globex');
    expect(ours.getCell('B2').value).toBe(2.5);
    // The replaced sheets' parts are gone: one worksheet part per sheet, no orphans.
    const names = Object.keys(unzipSync(again.pkg.save())).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
    expect(names).toHaveLength(4);
  });

  it('removes a stale sheet of ours but never a user sheet', async () => {
    const file = await shellOf(await userWorkbook());
    applyPlans(file, [resultsPlan('Acme', 4), problemsPlan]);
    const back = openWorkbook(file.pkg.save());
    applyPlans(back, [resultsPlan('Acme', 4)]);
    const again = await saveAndReload(back);
    expect(again.worksheets.map((w) => w.name)).toEqual(['Data', 'results', 'Results (2)']);
  });

  it('keeps text that starts with = + - @ as text: a string cell in text format, no formula', async () => {
    const file = await shellOf(withSheet('Data'));
    const texts = ['=HYPERLINK("http://x","y")', '+31 6 1234', '-late delivery', '@Acme'];
    applyPlans(file, [
      {
        key: 'rmo.texts',
        name: 'Texts',
        blocks: [{ row: 0, col: 0, values: texts.map((t) => [t]), userText: true }],
        styles: [],
        columnWidths: {},
        charts: [],
      },
    ]);
    const bytes = file.pkg.save();
    const back = await saveAndReload(file);
    const xml = sheetXml(bytes, 'Texts');
    expect(xml).not.toContain('<f>');
    expect(xml).not.toContain('<f ');
    for (const [i, t] of texts.entries()) {
      expect(cellXml(xml, `A${i + 1}`)).toMatch(/t="inlineStr"/);
      const cell = back.getWorksheet('Texts')!.findCell(i + 1, 1)!;
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(t);
      expect(cell.numFmt).toBe('@');
    }
  });

  it('writes styles per rectangle, number formats, column widths and frozen header rows', async () => {
    const file = await shellOf(withSheet('Data'));
    applyPlans(file, [resultsPlan('Acme', 4)]);
    const ws = (await saveAndReload(file)).getWorksheet('Results')!;
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

  it('draws a native scatter chart over its anchor, reading the planned ranges, and skips our sheets on reading', async () => {
    const file = await shellOf(withSheet('Data'));
    const rect = { row: 1, col: 0, rows: 2, cols: 1 };
    applyPlans(file, [
      {
        key: 'rmo.chart',
        name: "Bob's typologie",
        blocks: [{ row: 0, col: 0, values: [['x', 'y', 'name'], [1, 2, 'Acme'], [3, 4, 'Bolt']] }],
        styles: [],
        columnWidths: {},
        charts: [
          {
            kind: 'scatter',
            title: 'Relatietypologie',
            xTitle: 'Affectief',
            yTitle: 'Calculatief',
            xMin: 1,
            xMax: 5,
            anchor: { row: 0, col: 4, rows: 15, cols: 8 },
            series: [
              { name: 'Leveranciers', x: rect, y: { ...rect, col: 1 }, labels: { ...rect, col: 2 }, line: false, marker: true, color: '#2F5597' },
              { name: 'Splitsing', x: rect, y: { ...rect, col: 1 }, line: true, marker: false },
            ],
          },
        ],
      },
    ]);
    const bytes = file.pkg.save();
    const zip = unzipSync(bytes);
    const sheet = sheetXml(bytes, "Bob's typologie");
    expect(sheet).toMatch(/<drawing r:id="rId\d+"\/>/);
    const drawing = strFromU8(zip['xl/drawings/drawing1.xml']);
    // Anchored from E1 (col 4, row 0) to 8 columns and 15 rows further.
    expect(drawing).toContain('<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row>');
    expect(drawing).toContain('<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row>');
    const chart = strFromU8(zip['xl/charts/chart1.xml']);
    expect(chart).toContain('<c:scatterChart>');
    expect(chart).toContain("<c:f>'Bob''s typologie'!$A$2:$A$3</c:f>");
    expect(chart).toContain("<c:f>'Bob''s typologie'!$B$2:$B$3</c:f>");
    // One label per point with the supplier's name, as planned.
    expect(chart).toMatch(/<c:dLbl><c:idx val="0"\/><c:tx><c:rich>.*?<a:t>Acme<\/a:t>/);
    expect(chart).toMatch(/<c:dLbl><c:idx val="1"\/><c:tx><c:rich>.*?<a:t>Bolt<\/a:t>/);
    expect(chart).toContain('<c:min val="1"/>');
    expect(chart).toContain('<c:max val="5"/>');
    expect(chart).toContain('Relatietypologie');
    // Markers only for the points series, a line without markers for the divider.
    expect(chart.split('<c:ser>')[2]).toContain('<c:symbol val="none"/>');
    expect(chart.split('<c:ser>')[1]).toContain('<a:ln w="19050"><a:noFill/></a:ln>');
    const types = strFromU8(zip['[Content_Types].xml']);
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    expect((await readXlsx(bytes)).map((t) => t.sheet)).toEqual(['Data']);
  });

  it('writes tables, validations and notes of a plan, and leaves a user sheet unmarked', async () => {
    const file = await shellOf(withSheet('Data'));
    const applied = applyPlans(file, [
      {
        key: 'rmo.template',
        name: 'Invoer',
        blocks: [{ row: 0, col: 0, values: [['Leverancier', 'Score', 'Datum'], ['Acme', 3, null]], userText: true }],
        styles: [],
        columnWidths: {},
        charts: [],
        tables: [{ name: 'Data', rect: { row: 0, col: 0, rows: 2, cols: 3 } }],
        validations: [
          { kind: 'whole', rect: { row: 1, col: 1, rows: 10, cols: 1 }, min: 1, max: 5, prompt: 'Score 1–5', error: 'Alleen 1 tot en met 5' },
          { kind: 'list', rect: { row: 1, col: 0, rows: 10, cols: 1 }, items: ['Acme', 'Bolt "B"'] },
        ],
        notes: [{ row: 0, col: 1, text: 'Hoe tevreden bent u?' }],
        userSheet: true,
      },
    ]);
    expect(applied).toEqual([{ key: 'rmo.template', name: 'Invoer' }]);
    const bytes = file.pkg.save();
    const zip = unzipSync(bytes);
    const sheet = sheetXml(bytes, 'Invoer');
    expect(sheet).toContain('<dataValidation type="whole" operator="between" allowBlank="1" showInputMessage="1" prompt="Score 1–5" showErrorMessage="1" error="Alleen 1 tot en met 5" sqref="B2:B11"><formula1>1</formula1><formula2>5</formula2></dataValidation>');
    expect(sheet).toContain('<formula1>"Acme,Bolt ""B"""</formula1>');
    const table = strFromU8(zip['xl/tables/table1.xml']);
    // "Data" is a sheet name, not a table or defined name, so it may stay; the columns are the header cells.
    expect(table).toMatch(/name="Data" displayName="Data" ref="A1:C2"/);
    expect(table).toContain('<tableColumn id="1" name="Leverancier"/><tableColumn id="2" name="Score"/><tableColumn id="3" name="Datum"/>');
    expect(strFromU8(zip['xl/comments1.xml'])).toContain('<comment ref="B1" authorId="0"><text><t xml:space="preserve">Hoe tevreden bent u?</t></text></comment>');
    expect(sheet).toMatch(/<legacyDrawing r:id="rId\d+"\/>/);
    // A sheet for the user carries no marker: the next run reads it as input and never deletes it.
    expect(strFromU8(zip['xl/workbook.xml'])).not.toContain('_rmo.rmo.template');
    expect((await readXlsx(bytes)).map((t) => t.sheet)).toEqual(['Data', 'Invoer']);
    const back = await saveAndReload(openWorkbook(bytes));
    expect(back.getWorksheet('Invoer')!.getCell('A2').value).toBe('Acme');
  });
});

function withSheet(name: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(name).getCell('A1').value = 'Supplier';
  return wb;
}

