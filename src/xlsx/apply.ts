import { catalogue, type Language } from '../i18n';
import { markerName, sheetA1Reference, sheetOfReference, keyFromMarkerName } from '../report/ownership-marker';
import type { PlanValue, SheetPlan, ValueBlock } from '../report/plan';
import { uniqueSheetName } from '../report/sheet-names';
import { chartXml, drawingXml } from './chart-write';
import { ownedSheets } from './ownership';
import type { XlsxPackage } from './package';
import type { WorkbookFile } from './read';
import { commentsXml, notesVml, tableColumnNames, tableXml } from './sheet-parts';
import { sheetXml } from './sheet-write';
import { StyleBook } from './styles';
import {
  addContentType,
  addDefaultContentType,
  addRelationship,
  CONTENT,
  definedNames,
  freePartName,
  REL,
  removeContentType,
  sheetEntries,
  type SheetEntry,
} from './workbook';
import { attr, escapeAttr, escapeText, prefixDeclaredOn, prefixOf, relsPathOf, tags } from './xml';

const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface ApplyOptions {
  /** Language of texts the shell itself writes (the notes' author); default English. */
  readonly language?: Language;
  /**
   * Also delete sheets of ours whose key is not in `plans` (e.g. an incident sheet
   * from an earlier run that had incidents). Default true: the output shows one run.
   */
  readonly removeStale?: boolean;
}

export interface AppliedSheet {
  readonly key: string;
  readonly name: string;
}

/**
 * Writes the plans into the package. Only sheets marked as ours (ownership.ts) are
 * deleted or replaced, with the parts only they used (their charts, drawings,
 * tables); when a plan's name is taken by a user sheet, ours gets "Name (2)". New
 * sheets go after the existing ones. Every other part of the package is left as it
 * was; the workbook part, its relationships, the content types and the styles part
 * are edited in place (our entries added or removed, the user's untouched).
 */
export function applyPlans(file: WorkbookFile, plans: readonly SheetPlan[], options: ApplyOptions = {}): AppliedSheet[] {
  const { pkg, workbookPart } = file;
  const removeStale = options.removeStale ?? true;
  const wanted = new Set(plans.filter((p) => !p.userSheet).map((p) => p.key));
  const owned = ownedSheets(pkg, workbookPart, sheetEntries(pkg, workbookPart));
  for (const [name, key] of owned) {
    if (!removeStale && !wanted.has(key)) continue;
    const entry = sheetEntries(pkg, workbookPart).find((s) => s.name === name);
    if (entry) removeSheet(pkg, workbookPart, entry);
  }
  // Marker names of keys we write again, and stale ones (#REF!) of any key, go; ours are added below.
  dropMarkerNames(pkg, workbookPart, (key, value) => wanted.has(key) || (removeStale && sheetOfReference(value) === undefined));

  const styles = new StyleBook(pkg, workbookPart);
  const taken = new Set(sheetEntries(pkg, workbookPart).map((s) => s.name.toLowerCase()));
  const names = new Set([...existingTableNames(pkg), ...definedNames(pkg, workbookPart).map((d) => d.name)].map((n) => n.toLowerCase()));
  const ids = { table: maxTableId(pkg), vml: 1000 + pkg.names().filter((n) => n.endsWith('.vml')).length };
  const applied: AppliedSheet[] = [];
  const markers: string[] = [];
  for (const plan of plans) {
    const name = uniqueSheetName(plan.name, taken);
    taken.add(name.toLowerCase());
    addSheet(pkg, workbookPart, withTableHeaders(plan, names), name, styles, ids, names, options.language ?? 'en');
    if (!plan.userSheet) markers.push(`<definedName name="${escapeAttr(markerName(plan.key))}">${escapeText(sheetA1Reference(name))}</definedName>`);
    applied.push({ key: plan.key, name });
  }
  styles.commit();
  addDefinedNames(pkg, workbookPart, markers);
  return applied;
}

// ---- removing our sheets ----

function removeSheet(pkg: XlsxPackage, workbookPart: string, entry: SheetEntry): void {
  let xml = pkg.text(workbookPart)!;
  const sheets = sheetEntries(pkg, workbookPart);
  const index = sheets.findIndex((s) => s.rid === entry.rid);
  const tag = new RegExp(`<(?:[\\w.-]+:)?sheet\\b[^>]*\\s[\\w.-]+:id="${entry.rid}"[^>]*/>`);
  xml = xml.replace(tag, '');
  xml = shiftLocalNames(xml, index);
  xml = fixActiveTab(xml, index, sheets.length - 1);
  pkg.setText(workbookPart, xml);
  const relsName = relsPathOf(workbookPart);
  pkg.setText(relsName, (pkg.text(relsName) ?? '').replace(new RegExp(`<(?:[\\w.-]+:)?Relationship\\b[^>]*\\sId="${entry.rid}"[^>]*/>`), ''));
  if (entry.part) removePartTree(pkg, entry.part);
}

/** Names local to the removed sheet go; those of later sheets move one index down. */
function shiftLocalNames(xml: string, index: number): string {
  return xml.replace(/<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?definedName>)/g, (whole, attrs: string) => {
    const local = /\slocalSheetId="(\d+)"/.exec(attrs);
    if (!local) return whole;
    const n = Number(local[1]);
    if (n === index) return '';
    return n > index ? whole.replace(/\slocalSheetId="\d+"/, ` localSheetId="${n - 1}"`) : whole;
  });
}

function fixActiveTab(xml: string, index: number, remaining: number): string {
  return xml.replace(/<(?:[\w.-]+:)?workbookView\b[^>]*>/g, (tag) =>
    tag.replace(/\s(activeTab|firstSheet)="(\d+)"/g, (_m, a: string, v: string) => {
      let n = Number(v);
      if (n > index) n--;
      return ` ${a}="${Math.max(0, Math.min(n, remaining - 1))}"`;
    }),
  );
}

/** Deletes a part and the parts only it refers to (drawings, charts, tables, notes), with their content types. */
function removePartTree(pkg: XlsxPackage, root: string): void {
  const doomed = new Set<string>();
  const visit = (part: string) => {
    if (doomed.has(part) || !pkg.has(part)) return;
    doomed.add(part);
    for (const rel of pkg.relationships(part).values()) if (!rel.external) visit(rel.target);
  };
  visit(root);
  // Keep whatever another part still refers to (a shared image, a pivot cache).
  const kept = new Set<string>();
  for (const name of pkg.names()) {
    if (!name.endsWith('.rels')) continue;
    const source = name.replace(/_rels\/([^/]*)\.rels$/, '$1');
    if (doomed.has(source)) continue;
    for (const rel of pkg.relationships(source === name ? '' : source).values()) if (doomed.has(rel.target) && rel.target !== root) kept.add(rel.target);
  }
  for (const part of doomed) {
    if (kept.has(part)) continue;
    pkg.remove(part);
    pkg.remove(relsPathOf(part));
    removeContentType(pkg, part);
  }
}

function dropMarkerNames(pkg: XlsxPackage, workbookPart: string, drop: (key: string, value: string) => boolean): void {
  const xml = pkg.text(workbookPart)!;
  const next = xml.replace(/<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?definedName>)/g, (whole, attrs: string, value = '') => {
    if (/\slocalSheetId=/.test(attrs)) return whole;
    const key = keyFromMarkerName(attr(`<x ${attrs}>`, 'name') ?? '');
    return key !== undefined && drop(key, value.replace(/&apos;/g, "'").replace(/&amp;/g, '&')) ? '' : whole;
  });
  if (next !== xml) pkg.setText(workbookPart, next.replace(/<((?:[\w.-]+:)?)definedNames\b[^>]*>\s*<\/\1definedNames>/, ''));
}

function addDefinedNames(pkg: XlsxPackage, workbookPart: string, items: readonly string[]): void {
  if (!items.length) return;
  let xml = pkg.text(workbookPart)!;
  const p = prefixOf(xml, 'workbook');
  const pre = (s: string) => (p ? s.replace(/<(\/?)definedName/g, `<$1${p}definedName`) : s);
  if (/<(?:[\w.-]+:)?definedNames\b[^>]*\/>/.test(xml)) xml = xml.replace(/<((?:[\w.-]+:)?)definedNames\b([^>]*)\/>/, '<$1definedNames$2></$1definedNames>');
  if (/<\/(?:[\w.-]+:)?definedNames>/.test(xml)) {
    xml = xml.replace(/<\/((?:[\w.-]+:)?)definedNames>/, (end) => items.map(pre).join('') + end);
  } else {
    // CT_Workbook: definedNames follows sheets, functionGroups and externalReferences.
    const after = /<\/(?:[\w.-]+:)?externalReferences>/.exec(xml) ?? /<\/(?:[\w.-]+:)?functionGroups>|<(?:[\w.-]+:)?functionGroups\b[^>]*\/>/.exec(xml) ?? /<\/(?:[\w.-]+:)?sheets>/.exec(xml);
    if (!after) return;
    const at = after.index + after[0].length;
    xml = `${xml.slice(0, at)}<${p}definedNames>${items.map(pre).join('')}</${p}definedNames>${xml.slice(at)}`;
  }
  pkg.setText(workbookPart, xml);
}

// ---- adding a sheet ----

function existingTableNames(pkg: XlsxPackage): string[] {
  return pkg
    .names()
    .filter((n) => /\/tables\/[^/]+\.xml$/.test(n))
    .flatMap((n) => {
      const open = tags(pkg.text(n) ?? '', 'table')[0] ?? '';
      return [attr(open, 'name'), attr(open, 'displayName')].filter((x): x is string => x !== undefined);
    });
}

function maxTableId(pkg: XlsxPackage): number {
  let max = 0;
  for (const n of pkg.names()) if (/\/tables\/[^/]+\.xml$/.test(n)) max = Math.max(max, Number(attr(tags(pkg.text(n) ?? '', 'table')[0] ?? '', 'id') ?? 0));
  return max;
}

/** Excel names each table column after its header cell, so the header cells get exactly those names. */
function withTableHeaders(plan: SheetPlan, _names: Set<string>): SheetPlan {
  if (!plan.tables?.length) return plan;
  const cell = lookup(plan);
  const blocks: ValueBlock[] = [...plan.blocks];
  for (const t of plan.tables) {
    const headers = Array.from({ length: t.rect.cols }, (_, c) => cell(t.rect.row, t.rect.col + c));
    blocks.push({ row: t.rect.row, col: t.rect.col, values: [tableColumnNames(headers)], userText: true });
  }
  return { ...plan, blocks };
}

/** The planned value of a cell: the last block that covers it wins, as in the sheet. */
function lookup(plan: SheetPlan): (row: number, col: number) => PlanValue | undefined {
  return (row, col) => {
    for (let i = plan.blocks.length - 1; i >= 0; i--) {
      const b = plan.blocks[i];
      if (row < b.row || row >= b.row + b.values.length) continue;
      const v = b.values[row - b.row][col - b.col];
      if (col >= b.col && v !== undefined && v !== null) return v;
    }
    return undefined;
  };
}

/** The planned number format of a cell: the last style rectangle covering it that sets one. */
function formatLookup(plan: SheetPlan): (row: number, col: number) => string {
  return (row, col) => {
    for (let i = plan.styles.length - 1; i >= 0; i--) {
      const { rect, style } = plan.styles[i];
      if (style.numberFormat && row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols) return style.numberFormat;
    }
    return 'General';
  };
}

function uniqueName(base: string, names: Set<string>): string {
  let clean = base.replace(/[^A-Za-z0-9_.]/g, '_');
  if (!/^[A-Za-z_]/.test(clean)) clean = `_${clean}`;
  let name = clean;
  for (let n = 2; names.has(name.toLowerCase()); n++) name = `${clean}_${n}`;
  names.add(name.toLowerCase());
  return name;
}

function addSheet(
  pkg: XlsxPackage,
  workbookPart: string,
  plan: SheetPlan,
  name: string,
  styles: StyleBook,
  ids: { table: number; vml: number },
  names: Set<string>,
  language: Language,
): void {
  const part = freePartName(pkg, 'xl/worksheets/sheet', 'xml');
  // Reserve the part name before sub-parts pick theirs.
  pkg.setText(part, '');
  let drawing: string | undefined;
  if (plan.charts.length) {
    const drawingPart = freePartName(pkg, 'xl/drawings/drawing', 'xml');
    pkg.setText(drawingPart, '');
    const cell = lookup(plan);
    const charts = plan.charts.map((spec, i) => {
      const chartPart = freePartName(pkg, 'xl/charts/chart', 'xml');
      pkg.setText(chartPart, chartXml(name, spec, cell, formatLookup(plan)));
      addContentType(pkg, chartPart, CONTENT.chart);
      return { spec, rid: addRelationship(pkg, drawingPart, REL.chart, chartPart), name: `Chart ${i + 1}` };
    });
    pkg.setText(drawingPart, drawingXml(charts));
    addContentType(pkg, drawingPart, CONTENT.drawing);
    drawing = addRelationship(pkg, part, REL.drawing, drawingPart);
  }
  let legacyDrawing: string | undefined;
  if (plan.notes?.length) {
    const commentsPart = freePartName(pkg, 'xl/comments', 'xml');
    pkg.setText(commentsPart, commentsXml(plan.notes, catalogue(language).xlsx.noteAuthor));
    addContentType(pkg, commentsPart, CONTENT.comments);
    addRelationship(pkg, part, REL.comments, commentsPart);
    const vmlPart = freePartName(pkg, 'xl/drawings/vmlDrawing', 'vml');
    pkg.setText(vmlPart, notesVml(plan.notes, ids.vml++));
    addDefaultContentType(pkg, 'vml', CONTENT.vml);
    legacyDrawing = addRelationship(pkg, part, REL.vml, vmlPart);
  }
  const tables: string[] = [];
  const cell = lookup(plan);
  for (const t of plan.tables ?? []) {
    const tablePart = freePartName(pkg, 'xl/tables/table', 'xml');
    const columns = Array.from({ length: t.rect.cols }, (_, c) => String(cell(t.rect.row, t.rect.col + c) ?? ''));
    pkg.setText(tablePart, tableXml(t, ++ids.table, uniqueName(t.name, names), columns));
    addContentType(pkg, tablePart, CONTENT.table);
    tables.push(addRelationship(pkg, part, REL.table, tablePart));
  }
  pkg.setCompressed(part, sheetXml(plan, styles, { ...(drawing ? { drawing } : {}), ...(legacyDrawing ? { legacyDrawing } : {}), tables }));
  addContentType(pkg, part, CONTENT.worksheet);
  const rid = addRelationship(pkg, workbookPart, REL.worksheet, part);
  let xml = pkg.text(workbookPart)!;
  const p = prefixOf(xml, 'sheets');
  // Only a binding on an ancestor of the new <sheet> (<sheets>, then the root) is in scope for it:
  // openpyxl binds xmlns:r on each <sheet> element itself, a scope that ends with that element.
  const rPrefix = [tags(xml, 'sheets')[0], tags(xml, 'workbook')[0]].map((t) => (t ? prefixDeclaredOn(t, R_NS) : undefined)).find((x) => x !== undefined);
  const sheetId = 1 + Math.max(0, ...sheetEntries(pkg, workbookPart).map((s) => s.sheetId));
  let relAttr = `${rPrefix ?? 'r'}:id="${rid}"`;
  if (!rPrefix) relAttr += ` xmlns:r="${R_NS}"`;
  const entry = `<${p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}" ${relAttr}/>`;
  xml = /<\/(?:[\w.-]+:)?sheets>/.test(xml) ? xml.replace(/<\/((?:[\w.-]+:)?)sheets>/, (end) => entry + end) : xml.replace(/<((?:[\w.-]+:)?)sheets\b([^>]*)\/>/, `<$1sheets$2>${entry}</$1sheets>`);
  pkg.setText(workbookPart, xml);
}
