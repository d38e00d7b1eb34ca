/**
 * What of a user's workbook survived a round trip, checked on the package itself
 * (fflate + regular expressions, no spreadsheet library): one yes/no per feature the
 * issue lists, for the rich test workbook (rich-workbook.ts). Used by the library
 * comparison (bench/xlsx-libraries.ts) and by the file shell's tests.
 */
import { strFromU8, unzipSync } from 'fflate';
import { VBA_BYTES } from './rich-workbook';

export const FEATURES = [
  'chart',
  'chartsheet',
  'pivot',
  'sparklines',
  'textBox',
  'vba',
  'constantName',
  'sheetProtection',
  'workbookProtection',
  'validation',
  'autoFilterSort',
  'internalHyperlink',
  'defaultFont',
  'cachedValue',
  'textNumber',
] as const;
export type Feature = (typeof FEATURES)[number];

function resolve(folder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = folder.split('/').filter(Boolean);
  for (const s of target.split('/')) {
    if (s === '..') out.pop();
    else if (s !== '.' && s) out.push(s);
  }
  return out.join('/');
}

export function packageFeatures(bytes: Uint8Array): Record<Feature, boolean> {
  const zip = unzipSync(bytes);
  const text = (n: string) => (zip[n] ? strFromU8(zip[n]) : '');
  const relsOf = (part: string) => {
    const i = part.lastIndexOf('/');
    const folder = part.slice(0, i + 1);
    const xml = text(`${folder}_rels/${part.slice(i + 1)}.rels`);
    return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
      id: /\sId="([^"]*)"/.exec(m[0])?.[1] ?? '',
      type: /\sType="([^"]*)"/.exec(m[0])?.[1] ?? '',
      target: resolve(folder, /\sTarget="([^"]*)"/.exec(m[0])?.[1] ?? ''),
    }));
  };
  const workbook = text('xl/workbook.xml');
  const wbRels = relsOf('xl/workbook.xml');
  const sheetPart = (name: string) => {
    const tag = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${name}"`));
    const rid = tag && /\sr:id="([^"]*)"/.exec(tag)?.[1];
    return wbRels.find((r) => r.id === rid);
  };
  const data = sheetPart('Data');
  const dataXml = data ? text(data.target) : '';
  const drawings = data ? relsOf(data.target).filter((r) => /\/drawing$/.test(r.type)) : [];
  const charts = drawings.flatMap((d) => relsOf(d.target).filter((r) => /\/chart$/.test(r.type)));
  const chartsheet = sheetPart('Chart1');
  const sst = [...text('xl/sharedStrings.xml').matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
  const cell = (ref: string) => new RegExp(`<(?:\\w+:)?c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?c>)`).exec(dataXml)?.[0] ?? '';
  const styles = text('xl/styles.xml');
  const firstFont = /<(?:\w+:)?font>([\s\S]*?)<\/(?:\w+:)?font>/.exec(styles)?.[1] ?? '';
  const vba = zip['xl/vbaProject.bin'];
  const e2 = cell('E2');
  return {
    chart: charts.some((c) => text(c.target).includes('Data!$C$2:$C$')),
    chartsheet: !!chartsheet && /\/chartsheet$/.test(chartsheet.type) && /<(?:\w+:)?chartsheet\b/.test(text(chartsheet.target)),
    pivot: Object.keys(zip).some((n) => /pivotTables\/[^/]+\.xml$/.test(n) && text(n).includes('name="PivotTable1"')) && /<(?:\w+:)?pivotCaches\b/.test(workbook),
    sparklines: /sparklineGroup\b/.test(dataXml),
    textBox: drawings.some((d) => text(d.target).includes('Note box: scores from the Q3 survey')),
    vba: !!vba && vba.length === VBA_BYTES.length && vba.every((b, i) => b === VBA_BYTES[i]) && /macroEnabled/.test(text('[Content_Types].xml')),
    constantName: /<(?:\w+:)?definedName name="Rate"[^>]*>0\.21</.test(workbook),
    sheetProtection: /<(?:\w+:)?sheetProtection\b[^>]*password="CC1A"/.test(dataXml),
    workbookProtection: /<(?:\w+:)?workbookProtection\b[^>]*lockStructure="(?:1|true)"/.test(workbook),
    validation: (dataXml.match(/<(?:\w+:)?dataValidation\b/g) ?? []).length === 1 && /sqref="B2:B\d+"/.test(dataXml),
    autoFilterSort: /<(?:\w+:)?sortState\b/.test(dataXml),
    internalHyperlink: /<(?:\w+:)?hyperlink\b[^>]*location="'?Pivot'?!A1"/.test(dataXml),
    defaultFont: /<(?:\w+:)?name val="Arial"/.test(firstFont) && /<(?:\w+:)?sz val="10"/.test(firstFont),
    cachedValue: /<(?:\w+:)?f>C2\+D2<\/(?:\w+:)?f><(?:\w+:)?v>7<\/(?:\w+:)?v>/.test(cell('F2')),
    textNumber: (/t="s"/.test(e2) && sst[Number(/<(?:\w+:)?v>(\d+)</.exec(e2)?.[1])] === '0012') || (/t="inlineStr"/.test(e2) && e2.includes('>0012<')),
  };
}
