import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { applyPlans } from '../../src/xlsx/apply';
import { loadWorkbookFile, readXlsx } from '../../src/xlsx/read';
import { saveAndReload, tempDir } from './helpers';
import { markerName } from '../../src/report/ownership-marker';

/** Adds a worksheet custom property the way Excel stores one: <customPr> + a binary part with UTF-16LE text. */
async function withCustomProperty(bytes: Uint8Array, sheetFile: string, key: string, value: string, n: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const sheetPath = `xl/worksheets/${sheetFile}`;
  const xml = await zip.file(sheetPath)!.async('string');
  const rid = `rIdCp${n}`;
  zip.file(sheetPath, xml.replace('</worksheet>', `<customProperties><customPr name="${key}" r:id="${rid}"/></customProperties></worksheet>`));
  const relsPath = `xl/worksheets/_rels/${sheetFile}.rels`;
  const rel = `<Relationship Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customProperty" Target="../customProperty${n}.bin"/>`;
  const rels = (await zip.file(relsPath)?.async('string')) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  zip.file(relsPath, rels.replace('</Relationships>', rel + '</Relationships>'));
  zip.file(`xl/customProperty${n}.bin`, Buffer.from(value, 'utf16le'));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('sheets marked by the Excel add-in', () => {
  it('are skipped when reading and replaced, not duplicated, when applying', async () => {
    const wb = new ExcelJS.Workbook();
    const data = wb.addWorksheet('Data');
    data.getCell('A1').value = 'Supplier';
    data.getCell('A2').value = 'Acme';
    wb.addWorksheet('Resultaten').getCell('A1').value = 'Leverancier';
    wb.addWorksheet('Notes').getCell('A1').value = 'mine';
    let bytes = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
    bytes = await withCustomProperty(bytes, 'sheet2.xml', 'RMO.SheetKey', 'rmo.results', 1);
    // A user's own custom property with another key does not make a sheet ours.
    bytes = await withCustomProperty(bytes, 'sheet3.xml', 'owner', 'rmo.results', 2);
    const file = path.join(tempDir(), 'addin.xlsx');
    fs.writeFileSync(file, bytes);

    expect((await readXlsx(file)).map((t) => t.sheet)).toEqual(['Data', 'Notes']);

    const loaded = await loadWorkbookFile(file);
    const applied = applyPlans(loaded, [
      { key: 'rmo.results', name: 'Results', blocks: [{ row: 0, col: 0, values: [['Supplier']] }], styles: [], columnWidths: {}, charts: [] },
    ]);
    expect(applied).toEqual([{ key: 'rmo.results', name: 'Results' }]);
    expect((await saveAndReload(loaded)).worksheets.map((w) => w.name)).toEqual(['Data', 'Notes', 'Results']);
    // The add-in's sheet went with the parts only it used (its custom property value).
    expect(loaded.pkg.has('xl/customProperty1.bin')).toBe(false);
    expect(loaded.pkg.has('xl/customProperty2.bin')).toBe(true);
  });

  it("leave a user's copy of one of our sheets alone: only one sheet per key is ours", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Data').getCell('A1').value = 'Supplier';
    wb.addWorksheet('RMO Results').getCell('A1').value = 'old output';
    wb.addWorksheet('RMO Results (copy)').getCell('A1').value = 'my annotated copy';
    let bytes = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
    // Copying a sheet in Excel copies its custom properties too.
    bytes = await withCustomProperty(bytes, 'sheet2.xml', 'rmo.sheetKey', 'rmo.results', 1);
    bytes = await withCustomProperty(bytes, 'sheet3.xml', 'rmo.sheetKey', 'rmo.results', 2);
    const file = path.join(tempDir(), 'copy.xlsx');
    fs.writeFileSync(file, bytes);

    expect((await readXlsx(file)).map((t) => t.sheet)).toEqual(['Data', 'RMO Results (copy)']);
    const loaded = await loadWorkbookFile(file);
    applyPlans(loaded, [
      { key: 'rmo.results', name: 'RMO Results', blocks: [{ row: 0, col: 0, values: [['new output']] }], styles: [], columnWidths: {}, charts: [] },
    ]);
    const back = await saveAndReload(loaded);
    expect(back.worksheets.map((w) => w.name).sort()).toEqual(['Data', 'RMO Results', 'RMO Results (copy)']);
    expect(back.getWorksheet('RMO Results (copy)')!.getCell('A1').value).toBe('my annotated copy');
    expect(back.getWorksheet('RMO Results')!.getCell('A1').value).toBe('new output');
  });

  it("leave a user's copy alone when our original sheet was deleted (its name is stale)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Data').getCell('A1').value = 'Supplier';
    wb.addWorksheet('RMO Results (copy)').getCell('A1').value = 'my annotated copy';
    // Our name survived the deletion of the original sheet as a #REF! reference.
    wb.definedNames.add("'#REF'!$A$1", markerName('rmo.results'));
    let bytes = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
    bytes = await withCustomProperty(bytes, 'sheet2.xml', 'rmo.sheetKey', 'rmo.results', 1);
    const file = path.join(tempDir(), 'stale.xlsx');
    fs.writeFileSync(file, bytes);

    expect((await readXlsx(file)).map((t) => t.sheet)).toEqual(['Data', 'RMO Results (copy)']);
    const loaded = await loadWorkbookFile(file);
    applyPlans(loaded, [
      { key: 'rmo.results', name: 'RMO Results', blocks: [{ row: 0, col: 0, values: [['new output']] }], styles: [], columnWidths: {}, charts: [] },
    ]);
    const back = await saveAndReload(loaded);
    expect(back.getWorksheet('RMO Results (copy)')!.getCell('A1').value).toBe('my annotated copy');
    expect(back.getWorksheet('RMO Results')!.getCell('A1').value).toBe('new output');
  });
});
