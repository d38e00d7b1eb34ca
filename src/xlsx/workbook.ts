import type { XlsxPackage } from './package';
import { attr, escapeAttr, folderOf, prefixOf, relativeTarget, relsPathOf, tags, unescapeXml } from './xml';

/** One entry of the workbook's sheet list (worksheets and chartsheets alike). */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly rid: string;
  /** visible | hidden | veryHidden */
  readonly state: string;
  /** The sheet's part, e.g. "xl/worksheets/sheet1.xml"; undefined when the relationship is missing. */
  readonly part?: string;
  /** True for a worksheet (false for a chartsheet, dialog or macro sheet). */
  readonly isWorksheet: boolean;
}

export interface DefinedName {
  readonly name: string;
  readonly localSheetId?: number;
  /** The formula text, unescaped. */
  readonly value: string;
}

export const REL = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
} as const;

export const CONTENT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
} as const;

export function sheetEntries(pkg: XlsxPackage, workbookPart: string): SheetEntry[] {
  const xml = pkg.text(workbookPart) ?? '';
  const rels = pkg.relationships(workbookPart);
  const sheetsBlock = /<(?:[\w.-]+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?sheets>/.exec(xml)?.[1] ?? '';
  return tags(sheetsBlock, 'sheet').map((tag) => {
    const rid = attr(tag, 'r:id') ?? relIdAnyPrefix(tag) ?? '';
    const rel = rels.get(rid);
    return {
      name: attr(tag, 'name') ?? '',
      sheetId: Number(attr(tag, 'sheetId') ?? 0),
      rid,
      state: attr(tag, 'state') ?? 'visible',
      ...(rel && !rel.external ? { part: rel.target } : {}),
      isWorksheet: rel !== undefined && /\/worksheet$/.test(rel.type),
    };
  });
}

/** The relationship id of a sheet tag whose relationships namespace has another prefix than "r". */
function relIdAnyPrefix(tag: string): string | undefined {
  return /\s[\w.-]+:id="([^"]*)"/.exec(tag)?.[1];
}

export function definedNames(pkg: XlsxPackage, workbookPart: string): DefinedName[] {
  const xml = pkg.text(workbookPart) ?? '';
  const out: DefinedName[] = [];
  const re = /<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?definedName>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const open = `<x ${m[1]}>`;
    const local = attr(open, 'localSheetId');
    out.push({ name: attr(open, 'name') ?? '', ...(local !== undefined ? { localSheetId: Number(local) } : {}), value: unescapeXml(m[2] ?? '') });
  }
  return out;
}

/** Adds a part to [Content_Types].xml as an Override (or a Default for an extension). */
export function addContentType(pkg: XlsxPackage, part: string, type: string): void {
  const name = '[Content_Types].xml';
  const xml = pkg.text(name) ?? '';
  if (xml.includes(`PartName="/${part}"`)) return;
  pkg.setText(name, xml.replace(/<\/(?:[\w.-]+:)?Types>\s*$/, (end) => `<Override PartName="/${escapeAttr(part)}" ContentType="${type}"/>${end}`));
}

export function addDefaultContentType(pkg: XlsxPackage, extension: string, type: string): void {
  const name = '[Content_Types].xml';
  const xml = pkg.text(name) ?? '';
  if (new RegExp(`Extension="${extension}"`, 'i').test(xml)) return;
  pkg.setText(name, xml.replace(/<\/(?:[\w.-]+:)?Types>\s*$/, (end) => `<Default Extension="${extension}" ContentType="${type}"/>${end}`));
}

export function removeContentType(pkg: XlsxPackage, part: string): void {
  const name = '[Content_Types].xml';
  const xml = pkg.text(name) ?? '';
  const esc = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const next = xml.replace(new RegExp(`<(?:[\\w.-]+:)?Override\\b[^>]*PartName="/${esc}"[^>]*/>`, 'i'), '');
  if (next !== xml) pkg.setText(name, next);
}

/** Adds a relationship from `source` to `target` (a part name) and returns its id. */
export function addRelationship(pkg: XlsxPackage, source: string, type: string, target: string): string {
  const relsName = relsPathOf(source);
  let xml = pkg.text(relsName) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const ids = new Set(tags(xml, 'Relationship').map((t) => attr(t, 'Id')));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const p = prefixOf(xml, 'Relationships');
  const rel = `<${p}Relationship Id="${id}" Type="${type}" Target="${escapeAttr(relativeTarget(folderOf(source), target))}"/>`;
  xml = xml.replace(/<\/((?:[\w.-]+:)?)Relationships>\s*$/, (end) => rel + end);
  if (!xml.includes(rel)) xml = xml.replace(/<((?:[\w.-]+:)?)Relationships\b([^>]*)\/>/, `<$1Relationships$2>${rel}</$1Relationships>`);
  pkg.setText(relsName, xml);
  return id;
}

export function removeRelationship(pkg: XlsxPackage, source: string, id: string): void {
  const relsName = relsPathOf(source);
  const xml = pkg.text(relsName);
  if (!xml) return;
  pkg.setText(relsName, xml.replace(new RegExp(`<(?:[\\w.-]+:)?Relationship\\b[^>]*\\sId="${id}"[^>]*/>`), ''));
}

/** A part name not yet in the package: "xl/worksheets/sheet" + n + ".xml". */
export function freePartName(pkg: XlsxPackage, stem: string, ext: string): string {
  let n = 1;
  while (pkg.has(`${stem}${n}.${ext}`)) n++;
  return `${stem}${n}.${ext}`;
}
