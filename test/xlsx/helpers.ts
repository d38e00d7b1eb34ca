import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rmo-xlsx-'));
}

export async function saveAndReload(wb: ExcelJS.Workbook, file: string): Promise<ExcelJS.Workbook> {
  await wb.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  return back;
}

/** The raw XML of one worksheet, found through workbook.xml and its relationships, as Excel would. */
export async function sheetXml(file: string, sheetName: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const esc = sheetName.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const sheet = new RegExp(`<sheet [^>]*name="${esc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"`).exec(workbook);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const target = new RegExp(`<Relationship [^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels);
  if (!target) throw new Error(`no relationship ${sheet[1]}`);
  const p = target[1].startsWith('/') ? target[1].slice(1) : 'xl/' + target[1];
  return zip.file(p)!.async('string');
}

/** The <c> element of one cell in a sheet's XML. */
export function cellXml(xml: string, address: string): string | undefined {
  const m = new RegExp(`<c r="${address}"[^>]*?(/>|>[\\s\\S]*?</c>)`).exec(xml);
  return m?.[0];
}

/** Every cell value of a sheet as address → JSON, to compare sheets value by value. */
export function sheetValues(ws: ExcelJS.Worksheet): Record<string, string> {
  const out: Record<string, string> = {};
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (c) => (out[c.address] = JSON.stringify(c.value))));
  return out;
}
