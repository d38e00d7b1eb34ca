import JSZip from 'jszip';
import type ExcelJS from 'exceljs';
import { SHEET_KEY_PROPERTY } from '../report/ownership-marker';

/**
 * What we need from the raw .xlsx package that exceljs 4.4 does not give us:
 * - tables that really have no header row (see restoreTableHeaders);
 * - sheets the Excel add-in marked as its own with a worksheet custom property
 *   `rmo.sheetKey` (Office.js Worksheet.customProperties). exceljs drops those
 *   properties, so we read them here and turn them into our defined-name marks.
 */
export interface PackageFacts {
  /** Names of tables whose XML says headerRowCount="0". */
  readonly tablesWithoutHeader: ReadonlySet<string>;
  /** Sheet name → plan key, for sheets carrying the add-in's custom property. */
  readonly addinSheets: ReadonlyMap<string, string>;
}

export async function scanPackage(bytes: Uint8Array): Promise<PackageFacts> {
  const zip = await JSZip.loadAsync(bytes);
  return { tablesWithoutHeader: await headerlessTables(zip), addinSheets: await addinSheets(zip) };
}

async function text(zip: JSZip, name: string): Promise<string | undefined> {
  return zip.file(name)?.async('string');
}

async function headerlessTables(zip: JSZip): Promise<Set<string>> {
  const names = new Set<string>();
  for (const file of Object.values(zip.files)) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(file.name)) continue;
    const open = /<(?:\w+:)?table\b[^>]*>/.exec(await file.async('string'))?.[0] ?? '';
    const name = attr(open, 'name');
    if (/\sheaderRowCount="0"/.test(open) && name !== undefined) names.add(name);
  }
  return names;
}

async function addinSheets(zip: JSZip): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const workbook = await text(zip, 'xl/workbook.xml');
  const rels = relationships(await text(zip, 'xl/_rels/workbook.xml.rels'));
  if (!workbook) return found;
  for (const tag of workbook.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attr(tag, 'name');
    const target = rels.get(attr(tag, 'r:id') ?? '');
    if (name === undefined || !target) continue;
    const sheetPath = resolve('xl/', target);
    const xml = await text(zip, sheetPath);
    if (!xml || !xml.includes('customPr')) continue;
    const sheetRels = relationships(await text(zip, sheetPath.replace(/([^/]+)$/, '_rels/$1.rels')));
    for (const pr of xml.match(/<(?:\w+:)?customPr\b[^>]*>/g) ?? []) {
      // Custom property keys are case-insensitive in Office.js.
      if (attr(pr, 'name')?.toLowerCase() !== SHEET_KEY_PROPERTY.toLowerCase()) continue;
      const valueTarget = sheetRels.get(attr(pr, 'r:id') ?? '');
      const file = valueTarget ? zip.file(resolve(sheetPath.replace(/[^/]+$/, ''), valueTarget)) : null;
      if (!file) continue;
      const key = decodeValue(await file.async('uint8array'));
      if (key) found.set(name, key);
    }
  }
  return found;
}

/**
 * Excel keeps a custom property's value as a binary part; for text that is UTF-16LE.
 * We accept UTF-8 as well (zero bytes at odd positions tell UTF-16 apart).
 */
function decodeValue(bytes: Uint8Array): string {
  const utf16 = bytes.length >= 2 && bytes.length % 2 === 0 && bytes[1] === 0;
  const s = utf16 ? Buffer.from(bytes).toString('utf16le') : Buffer.from(bytes).toString('utf8');
  return s.replace(/^\uFEFF/, '').replace(/\0+$/, '').trim();
}

function relationships(xml: string | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const tag of xml?.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) m.set(id, target);
  }
  return m;
}

/** Resolves a relationship target against the folder of its source part. */
function resolve(folder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (folder + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/**
 * exceljs 4.4 reads a table's header row as present only when the file says
 * headerRowCount="1", but Excel leaves the attribute out for the default (a header row).
 * Saved again, such a table would get headerRowCount="0" and the user's header would
 * turn into data. We restore the flag for every table that does not explicitly say "0".
 */
export function restoreTableHeaders(wb: ExcelJS.Workbook, withoutHeader: ReadonlySet<string>): void {
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as ExcelJS.Table[]) {
      const model = (t as unknown as { table?: { name: string; headerRow?: boolean } }).table;
      if (model && !withoutHeader.has(model.name)) model.headerRow = true;
    }
  }
}
