import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbookFile, readXlsx } from '../../src/xlsx/read';
import { tempDir } from './helpers';

async function tableTags(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const f of Object.values(zip.files).filter((f) => /^xl\/tables\/.*\.xml$/.test(f.name))) {
    const open = /<table\b[^>]*>/.exec(await f.async('string'))![0];
    out[/ name="([^"]*)"/.exec(open)![1]] = open;
  }
  return out;
}

describe('tables read and written back', () => {
  it('keep the header row of a table Excel saved without headerRowCount, and a real header-less table stays so', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addTable({ name: 'WithHeader', ref: 'A1', headerRow: true, columns: [{ name: 'Supplier' }], rows: [['A']] });
    ws.addTable({ name: 'NoHeader', ref: 'D1', headerRow: false, columns: [{ name: 'Supplier' }], rows: [['B']] });
    const made = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;

    // Excel itself omits the attribute when the table has its default single header row.
    const zip = await JSZip.loadAsync(made);
    for (const f of Object.values(zip.files).filter((f) => /^xl\/tables\/.*\.xml$/.test(f.name))) {
      zip.file(f.name, (await f.async('string')).replace(' headerRowCount="1"', ''));
    }
    const dir = tempDir();
    const excelLike = path.join(dir, 'excel-like.xlsx');
    fs.writeFileSync(excelLike, await zip.generateAsync({ type: 'nodebuffer' }));
    const before = await tableTags(fs.readFileSync(excelLike));
    expect(before.WithHeader).not.toContain('headerRowCount');
    expect(before.NoHeader).toContain('headerRowCount="0"');

    const loaded = await loadWorkbookFile(excelLike);
    const after = await tableTags(loaded.pkg.save());
    // Untouched parts are written back as they were.
    expect(after).toEqual(before);
    const [withHeader, noHeader] = await readXlsx(excelLike);
    expect(withHeader.values).toEqual([['Supplier'], ['A']]);
    expect(noHeader.values).toEqual([['B']]);
  });
});
