import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetPlan } from '../../src/report/plan';
import { markerName } from '../../src/report/ownership-marker';
import { applyPlans } from '../../src/xlsx/apply';
import { ownedSheetFor, ownedSheetNames } from '../../src/xlsx/ownership';
import { loadWorkbookFile, readXlsx } from '../../src/xlsx/read';
import { shellOf, tempDir } from './helpers';

const plan = (key: string, name: string, text: string): SheetPlan => ({
  key,
  name,
  blocks: [{ row: 0, col: 0, values: [[text]] }],
  styles: [],
  columnWidths: {},
  charts: [],
});

/** name → reference text of every defined name in the saved file, as Excel will read them. */
async function definedNames(file: string): Promise<Record<string, string>> {
  const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('xl/workbook.xml')!.async('string');
  const out: Record<string, string> = {};
  for (const m of xml.matchAll(/<definedName name="([^"]*)"[^>]*>([^<]*)<\/definedName>/g)) out[m[1]] = m[2].replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return out;
}

async function rewriteWorkbookXml(file: string, edit: (xml: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  zip.file('xl/workbook.xml', edit(await zip.file('xl/workbook.xml')!.async('string')));
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

describe('.xlsx ownership markers', () => {
  const dir = tempDir();

  it('writes one shared-format name per sheet, referring to its A1', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Data').getCell('A1').value = 'Supplier';
    const shell = await shellOf(wb);
    applyPlans(shell, [plan('rmo.results', "Bob's results", 'x'), plan('rmo.problems', 'Problems', 'y')]);
    const file = path.join(dir, 'marks.xlsx');
    fs.writeFileSync(file, shell.pkg.save());
    const names = await definedNames(file);
    expect(Object.keys(names).sort()).toEqual([markerName('rmo.problems'), markerName('rmo.results')].sort());
    expect(names['_rmo.rmo.results']).toBe("'Bob''s results'!$A$1");
    expect(names['_rmo.rmo.problems']).toMatch(/^'?Problems'?!\$A\$1$/);
  });

  it('recognises a name as Excel saves it, without quotes around a plain sheet name', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Data').getCell('A1').value = 'Supplier';
    wb.addWorksheet('Output').getCell('A1').value = 'ours';
    wb.addWorksheet('My Output').getCell('A1').value = 'ours too';
    const file = path.join(dir, 'excel-saved.xlsx');
    await wb.xlsx.writeFile(file);
    const names =
      '<definedNames><definedName name="_rmo.rmo.results">Output!$A$1</definedName>' +
      '<definedName name="_rmo.rmo.review">\'My Output\'!$A$1</definedName></definedNames>';
    // definedNames precede calcPr in workbook.xml.
    await rewriteWorkbookXml(file, (xml) => (/<calcPr\b/.test(xml) ? xml.replace(/<calcPr\b/, names + '<calcPr') : xml.replace('</workbook>', names + '</workbook>')));
    expect((await readXlsx(file)).map((t) => t.sheet)).toEqual(['Data']);
    const loaded = await loadWorkbookFile(file);
    expect(ownedSheetFor(loaded, 'rmo.results')).toBe('Output');
    expect(ownedSheetFor(loaded, 'rmo.review')).toBe('My Output');
  });

  it('treats a name left #REF! by a deleted sheet as no mark, and replaces it cleanly', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Data').getCell('A1').value = 'Supplier';
    wb.addWorksheet('Results').getCell('A1').value = 'my own notes';
    wb.definedNames.add("'Data'!$A$1", markerName('rmo.results')); // placeholder target, turned into #REF! below
    const file = path.join(dir, 'stale.xlsx');
    await wb.xlsx.writeFile(file);
    await rewriteWorkbookXml(file, (xml) => xml.replace(/(<definedName name="_rmo\.rmo\.results"[^>]*>)[^<]*</, (_, open: string) => `${open}#REF!$A$1<`));
    expect((await definedNames(file))['_rmo.rmo.results']).toBe('#REF!$A$1');

    // Neither sheet is ours: both are read as input.
    expect((await readXlsx(file)).map((t) => t.sheet)).toEqual(['Data', 'Results']);

    const loaded = await loadWorkbookFile(file);
    expect(ownedSheetNames(loaded).size).toBe(0);
    const applied = applyPlans(loaded, [plan('rmo.results', 'Results', 'new')]);
    expect(applied).toEqual([{ key: 'rmo.results', name: 'Results (2)' }]);
    const out = path.join(dir, 'stale-out.xlsx');
    fs.writeFileSync(out, loaded.pkg.save());
    // One live reference, no leftover '#REF' area beside it.
    expect((await definedNames(out))['_rmo.rmo.results']).toBe("'Results (2)'!$A$1");
    expect((await readXlsx(out)).map((t) => t.sheet)).toEqual(['Data', 'Results']);
  });
});
