import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { openWorkbook, type WorkbookFile } from '../../src/xlsx/read';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rmo-xlsx-'));
}

/** The bytes of a workbook written by exceljs (another program's writer, for inputs). */
export async function exceljsBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Opens a workbook made by exceljs in the file shell. */
export async function shellOf(wb: ExcelJS.Workbook): Promise<WorkbookFile> {
  return openWorkbook(await exceljsBytes(wb));
}

/** Saves with the file shell and reads back with exceljs: an independent reader of what we wrote. */
export async function saveAndReload(file: WorkbookFile, to?: string): Promise<ExcelJS.Workbook> {
  const bytes = file.pkg.save();
  if (to) fs.writeFileSync(to, bytes);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ArrayBuffer);
  return back;
}

/** Every part of a saved package, as text (binary parts too, as latin1-ish text; compare bytes with `partBytes`). */
export function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** The raw XML of one worksheet, found through workbook.xml and its relationships, as Excel would. */
export function sheetXml(bytes: Uint8Array, sheetName: string): string {
  const zip = unzipSync(bytes);
  const workbook = strFromU8(zip['xl/workbook.xml']);
  const rels = strFromU8(zip['xl/_rels/workbook.xml.rels']);
  const unescape = (v: string) => v.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const sheet = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]+)"/g)].map((m) => [unescape(m[1]), m[2]]).find(([n]) => n === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const target = new RegExp(`<Relationship [^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels);
  if (!target) throw new Error(`no relationship ${sheet[1]}`);
  const p = target[1].startsWith('/') ? target[1].slice(1) : 'xl/' + target[1];
  return strFromU8(zip[p]);
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
