/**
 * The <sheet> entries the shell adds to a user's workbook.xml must use a relationships
 * prefix that is in scope where they stand. openpyxl binds xmlns:r on each of its own
 * <sheet> elements, not on the root, so that binding ends with each element; borrowing
 * it gave an unbound "r:" (openpyxl itself, lxml and Excel refuse such a file).
 */
import { strFromU8, unzipSync } from 'fflate';
import { applyPlans } from '../../src/xlsx/apply';
import { openWorkbook } from '../../src/xlsx/read';
import type { SheetPlan } from '../../src/report/plan';
import { richWorkbookParts, zipParts } from '../support/rich-workbook';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const plan: SheetPlan = { key: 'rmo.results', name: 'Results', blocks: [{ row: 0, col: 0, values: [['Supplier'], ['Acme']] }], styles: [], columnWidths: {}, charts: [] };

/** The workbook.xml after adding one sheet to a workbook whose workbook.xml is `edit`ed first. */
function workbookXmlAfter(edit: (xml: string) => string): { before: string; after: string } {
  const parts = richWorkbookParts({ features: false });
  const before = edit(parts.get('xl/workbook.xml') as string);
  parts.set('xl/workbook.xml', before);
  const file = openWorkbook(zipParts(parts));
  applyPlans(file, [plan]);
  return { before, after: strFromU8(unzipSync(file.pkg.save())['xl/workbook.xml']) };
}

/** Prefixes bound to the relationships namespace by one start tag. */
function bound(tag: string): string[] {
  return [...tag.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)].filter((m) => m[2] === R).map((m) => m[1]);
}

/** For every <sheet>: the prefix of its id attribute and whether it is bound on the sheet, <sheets> or the root. */
function sheetIdScopes(xml: string): { name: string; inScope: boolean }[] {
  const ancestors = [/<workbook\b[^>]*>/.exec(xml)![0], /<sheets\b[^>]*>/.exec(xml)![0]].flatMap(bound);
  return [...xml.matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => {
    const prefix = /\s([\w.-]+):id="/.exec(tag)![1];
    return { name: /name="([^"]*)"/.exec(tag)![1], inScope: ancestors.includes(prefix) || bound(tag).includes(prefix) };
  });
}

describe('the sheet entry added to workbook.xml', () => {
  it('declares its own relationships prefix when the workbook binds it only on each user <sheet> (openpyxl)', () => {
    const { before, after } = workbookXmlAfter((xml) =>
      xml.replace(` xmlns:r="${R}"`, '').replace(/<sheet /g, `<sheet xmlns:r="${R}" `),
    );
    expect(/<workbook\b[^>]*>/.exec(before)![0]).not.toContain('xmlns:r');
    const scopes = sheetIdScopes(after);
    expect(scopes.length).toBeGreaterThan(1);
    expect(scopes.filter((s) => !s.inScope)).toEqual([]);
    // The user's own sheet entries are kept exactly as written.
    for (const tag of before.match(/<sheet\b[^>]*>/g)!) expect(after).toContain(tag);
  });

  it("uses the root's own prefix, whatever its name, without declaring it again", () => {
    const { after } = workbookXmlAfter((xml) => xml.replace(/xmlns:r=/, 'xmlns:rel=').replace(/ r:id=/g, ' rel:id='));
    const added = /<sheet\b[^>]*name="Results"[^>]*>/.exec(after)![0];
    expect(added).toMatch(/\srel:id="rId\d+"/);
    expect(added).not.toContain('xmlns:');
    expect(sheetIdScopes(after).filter((s) => !s.inScope)).toEqual([]);
  });
});
