/**
 * Reads an .xlsx package's cells straight from its XML (JSZip + regular expressions),
 * the way Office.js would report them: numbers (dates included) as numbers, error
 * cells as their "#N/A" text, formulas by their cached value, shared/rich/inline
 * strings as plain text, and each cell's number format code. Deliberately independent
 * of exceljs, so the FakeExcel workbook built from it is a second route to the same
 * cells, not a copy of what the file shell computed.
 */
import * as fs from 'node:fs';
import JSZip from 'jszip';
import { FakeExcel } from '../excel/fake-excel';

export interface PackageCell {
  /** Zero-based. */
  readonly row: number;
  readonly col: number;
  readonly value: string | number | boolean;
  readonly numberFormat: string;
}

export interface PackageSheet {
  readonly name: string;
  readonly cells: readonly PackageCell[];
  /** Excel tables on the sheet: name and A1 reference. */
  readonly tables: readonly { readonly name: string; readonly ref: string }[];
}

/** Built-in format ids that can occur here; Office.js reports the code, not the id. */
const BUILTIN_FORMATS: Record<number, string> = { 0: 'General', 1: '0', 2: '0.00', 14: 'm/d/yyyy', 49: '@' };

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** Text of an <si> or <is> element: all its <t> runs joined (rich text included, phonetic runs excluded). */
function stringItem(xml: string): string {
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  return [...withoutPhonetic.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1])).join('');
}

function cellRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

async function relationships(zip: JSZip, path: string): Promise<Map<string, { target: string; type: string }>> {
  const xml = (await zip.file(path)?.async('string')) ?? '';
  const map = new Map<string, { target: string; type: string }>();
  for (const tag of xml.match(/<Relationship\b[^>]*>/g) ?? []) map.set(attr(tag, 'Id')!, { target: attr(tag, 'Target')!, type: attr(tag, 'Type')! });
  return map;
}

export async function readPackage(file: string): Promise<PackageSheet[]> {
  const zip = await JSZip.loadAsync(await fs.promises.readFile(file));
  const text = async (p: string) => (await zip.file(p)?.async('string')) ?? '';

  const shared = [...(await text('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => stringItem(m[1]));
  const styles = await text('xl/styles.xml');
  const custom = new Map<number, string>();
  for (const tag of styles.match(/<numFmt\b[^>]*>/g) ?? []) custom.set(Number(attr(tag, 'numFmtId')), unescapeXml(attr(tag, 'formatCode')!));
  const xfs = (/<cellXfs\b[\s\S]*?<\/cellXfs>/.exec(styles)?.[0].match(/<xf\b[^>]*>/g) ?? []).map((tag) => {
    const id = Number(attr(tag, 'numFmtId') ?? 0);
    return custom.get(id) ?? BUILTIN_FORMATS[id] ?? `builtin:${id}`;
  });

  const workbookRels = await relationships(zip, 'xl/_rels/workbook.xml.rels');
  const sheets: PackageSheet[] = [];
  for (const tag of (await text('xl/workbook.xml')).match(/<sheet\b[^>]*>/g) ?? []) {
    const sheetPath = resolvePath('xl', workbookRels.get(attr(tag, 'r:id')!)!.target);
    const xml = await text(sheetPath);
    const cells: PackageCell[] = [];
    for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const open = m[1];
      const body = m[2] ?? '';
      const { row, col } = cellRef(attr(open, 'r')!);
      const numberFormat = xfs[Number(attr(open, 's') ?? 0)] ?? 'General';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const type = attr(open, 't') ?? 'n';
      let value: string | number | boolean;
      if (type === 'inlineStr') value = stringItem(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (v === undefined) value = '';
      else if (type === 's') value = shared[Number(v)];
      else if (type === 'b') value = v === '1';
      else if (type === 'str' || type === 'e') value = unescapeXml(v);
      else value = Number(v);
      if (value === '' && numberFormat === 'General') continue;
      cells.push({ row, col, value, numberFormat });
    }
    const sheetRels = await relationships(zip, sheetPath.replace(/([^/]+)$/, '_rels/$1.rels'));
    const tables: { name: string; ref: string }[] = [];
    for (const rel of sheetRels.values()) {
      if (!rel.type.endsWith('/table')) continue;
      const open = /<table\b[^>]*>/.exec(await text(resolvePath(sheetPath.replace(/[^/]+$/, ''), rel.target)))![0];
      tables.push({ name: attr(open, 'displayName') ?? attr(open, 'name')!, ref: attr(open, 'ref')! });
    }
    sheets.push({ name: unescapeXml(attr(tag, 'name')!), cells, tables });
  }
  return sheets;
}

/** A FakeExcel workbook holding the package's sheets, cells and tables. */
export function fakeFromPackage(sheets: readonly PackageSheet[]): FakeExcel {
  const fake = new FakeExcel();
  for (const s of sheets) {
    const model = fake.addSheet(s.name);
    for (const c of s.cells) fake.putValues(model, c.row, c.col, [[c.value]], c.numberFormat === 'General' ? undefined : c.numberFormat);
    for (const t of s.tables) {
      const [a, b = a] = t.ref.split(':');
      const from = cellRef(a);
      const to = cellRef(b);
      fake.addTable(t.name, model, { row: from.row, col: from.col, rows: to.row - from.row + 1, cols: to.col - from.col + 1 });
    }
  }
  return fake;
}
