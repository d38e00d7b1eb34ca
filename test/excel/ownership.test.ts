import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { applyPlans, APPLY_BASE_SYNCS } from '../../src/excel/apply';
import { readWorkbook, READ_SYNCS } from '../../src/excel/read';
import { SHEET_KEY_PROPERTY } from '../../src/excel/ownership';
import { applyPlans as applyXlsx } from '../../src/xlsx/apply';
import { openWorkbook } from '../../src/xlsx/read';
import { FakeExcel, type SheetModel } from './fake-excel';
import { supplierInput, supplierPlan } from './synthetic-plan';

const OPTS = { ownership: 'customProperties' as const };
const keyOf = (s: SheetModel) => s.customProperties.get(SHEET_KEY_PROPERTY.toLowerCase())?.value;

/**
 * The workbook the command line leaves behind: its sheets carry no custom property
 * (exceljs cannot write one), only a workbook-level name "_rmo.<key>" on their A1.
 */
function cliWorkbook(rows = 3): { fake: FakeExcel; data: SheetModel; results: SheetModel } {
  const fake = new FakeExcel();
  const results = fake.addSheet('Results', { A1: 'Supplier', A2: 'Old run' });
  const data = fake.addSheet('Suppliers');
  fake.putValues(data, 0, 0, supplierInput(rows));
  fake.addName('_rmo.rmo.results', results);
  return { fake, data, results };
}

/** Where a defined name points: sheet name, or '#REF!' once its sheet is gone. */
function target(fake: FakeExcel, name: string): string | undefined {
  const n = fake.name(name);
  if (!n) return undefined;
  return fake.sheets.includes(n.sheet) ? n.sheet.name : '#REF!';
}

describe('ownership shared with the .xlsx shell', () => {
  it('recognises sheets marked only by a defined name, and replaces them in place', async () => {
    const { fake, data, results } = cliWorkbook();
    const dataBefore = fake.snapshot(data);

    const applied = await applyPlans(fake.context, [supplierPlan(4)], OPTS);

    expect(applied).toEqual([{ key: 'rmo.results', name: 'Results' }]);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Results', 'Suppliers']);
    // Rewritten in place: the same worksheet, the old run's rows gone.
    const ours = fake.sheet('Results')!;
    expect(ours).toBe(results);
    expect(fake.cell(ours, 1, 0)?.value).toBe('Supplier 1');
    expect(fake.cell(ours, 4, 0)?.value).toBe('Supplier 4');
    expect(fake.snapshot(data)).toEqual(dataBefore);
    expect(fake.log.filter((o) => o.kind === 'deleteSheet')).toHaveLength(0);
    // The command line's A1 name was replaced by one on the whole sheet; no duplicate, no #REF!.
    expect(fake.names.map((n) => n.name)).toEqual(['_rmo.rmo.results']);
    expect(target(fake, '_rmo.rmo.results')).toBe('Results');
    expect(fake.name('_rmo.rmo.results')!.sheet).toBe(ours);
    expect(fake.name('_rmo.rmo.results')!.address).toBe('$1:$1048576');
    expect(fake.syncCount).toBe(APPLY_BASE_SYNCS);
  });

  it('skips sheets marked only by a defined name when reading', async () => {
    const { fake } = cliWorkbook(5);
    const tables = await readWorkbook(fake.context, OPTS);
    expect(tables.map((t) => t.sheet)).toEqual(['Suppliers']);
    expect(tables[0].values).toEqual(supplierInput(5));
    const valueLoads = fake.log.filter((o) => o.kind === 'load' && Array.isArray(o.value) && (o.value as string[]).includes('values'));
    expect(valueLoads.some((o) => o.address!.startsWith('Results'))).toBe(false);
    expect(fake.syncCount).toBe(READ_SYNCS);
  });

  it('follows a renamed sheet through its defined name', async () => {
    const { fake, results } = cliWorkbook();
    results.name = 'Old results';
    fake.addSheet('Results', { A1: "the user's own sheet" });
    const applied = await applyPlans(fake.context, [supplierPlan(2)], OPTS);
    // "Old results" was ours and is gone; "Results" is the user's and stays, so ours gets "(2)".
    expect(fake.sheet('Old results')).toBeUndefined();
    expect(applied[0].name).toBe('Results (2)');
    expect(fake.sheets.map((s) => s.name)).toEqual(['Results (2)', 'Suppliers', 'Results']);
    expect(fake.cell(fake.sheet('Results')!, 0, 0)?.value).toBe("the user's own sheet");
  });

  it('gives every sheet it creates both markers, in either ownership mode', async () => {
    for (const ownership of ['customProperties', 'settings'] as const) {
      const fake = new FakeExcel();
      fake.addSheet('Data', { A1: 'x' });
      await applyPlans(fake.context, [supplierPlan(2), supplierPlan(1, { key: 'rmo.review', name: 'Review' })], { ownership });
      expect(target(fake, '_rmo.rmo.results')).toBe('Results');
      expect(target(fake, '_rmo.rmo.review')).toBe('Review');
      expect(fake.names).toHaveLength(2);
      if (ownership === 'customProperties') {
        expect(keyOf(fake.sheet('Results')!)).toBe('rmo.results');
        expect(keyOf(fake.sheet('Review')!)).toBe('rmo.review');
      }
    }
  });

  it('still knows its sheets by name alone after the custom properties are lost', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Data', { A1: 'x' });
    await applyPlans(fake.context, [supplierPlan(3)], OPTS);
    // A round trip through a tool that drops worksheet custom properties (exceljs does).
    for (const s of fake.sheets) s.customProperties.clear();
    await applyPlans(fake.context, [supplierPlan(1)], OPTS);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Data', 'Results']);
    expect(fake.cell(fake.sheet('Results')!, 2, 0)).toBeUndefined();
    expect(target(fake, '_rmo.rmo.results')).toBe('Results');
  });

  it('uses the same number of syncs for 10 and 10,000 rows with defined-name markers', async () => {
    const small = cliWorkbook(10).fake;
    const large = cliWorkbook(10_000).fake;
    await applyPlans(small.context, [supplierPlan(10)], OPTS);
    await applyPlans(large.context, [supplierPlan(10_000)], OPTS);
    expect(small.syncCount).toBe(APPLY_BASE_SYNCS);
    expect(large.syncCount).toBe(APPLY_BASE_SYNCS);

    const readSmall = cliWorkbook(10).fake;
    const readLarge = cliWorkbook(10_000).fake;
    await readWorkbook(readSmall.context, OPTS);
    await readWorkbook(readLarge.context, OPTS);
    expect(readSmall.syncCount).toBe(READ_SYNCS);
    expect(readLarge.syncCount).toBe(READ_SYNCS);
  });

  it('ignores a stale name whose sheet was deleted, and cleans it up when writing', async () => {
    const fake = new FakeExcel();
    const gone = fake.addSheet('Results');
    const gone2 = fake.addSheet('Review');
    fake.addName('_rmo.rmo.results', gone);
    fake.addName('_rmo.rmo.review', gone2);
    fake.sheets.splice(0, 2); // the user deleted both: the names now read #REF!
    const user = fake.addSheet('Results', { A1: 'Supplier', A2: 'Acme' });
    expect(target(fake, '_rmo.rmo.results')).toBe('#REF!');

    // Reading: the user's "Results" is input, not ours.
    const tables = await readWorkbook(fake.context, OPTS);
    expect(tables.map((t) => t.sheet)).toEqual(['Results']);
    expect(fake.names).toHaveLength(2); // reading never changes the workbook

    const userBefore = fake.snapshot(user);
    const applied = await applyPlans(fake.context, [supplierPlan(2)], OPTS);
    expect(applied[0].name).toBe('Results (2)');
    expect(fake.snapshot(user)).toEqual(userBefore);
    // Both stale names are gone (also the one whose key this run did not write); ours is live.
    expect(fake.names.map((n) => n.name)).toEqual(['_rmo.rmo.results']);
    expect(target(fake, '_rmo.rmo.results')).toBe('Results (2)');
    expect(fake.syncCount - READ_SYNCS).toBe(APPLY_BASE_SYNCS);
  });

  it('replaces only the original when a user copied our sheet (custom property and all)', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Data', { A1: 'x' });
    await applyPlans(fake.context, [supplierPlan(3)], OPTS);
    const original = fake.sheet('Results')!;
    // Excel copies the custom property with the sheet, but not the workbook-level name.
    const copy = fake.addSheet('Results (copy)', { A1: 'Supplier', A2: 'my annotated copy' });
    copy.customProperties.set(SHEET_KEY_PROPERTY.toLowerCase(), { key: SHEET_KEY_PROPERTY, value: 'rmo.results' });
    fake.sheets.splice(fake.sheets.indexOf(copy), 1);
    fake.sheets.unshift(copy); // before the original in tab order
    const copyBefore = fake.snapshot(copy);

    await applyPlans(fake.context, [supplierPlan(1)], OPTS);

    expect(fake.sheets.map((s) => s.name)).toEqual(['Results (copy)', 'Data', 'Results']);
    expect(fake.snapshot(copy)).toEqual(copyBefore);
    const ours = fake.sheet('Results')!;
    expect(ours).toBe(original);
    expect(fake.cell(ours, 1, 0)?.value).toBe('Supplier 1');
    expect(fake.cell(ours, 2, 0)).toBeUndefined();
    expect(fake.name('_rmo.rmo.results')!.sheet).toBe(ours);
    expect(fake.log.filter((o) => o.kind === 'deleteSheet')).toHaveLength(0);
  });

  it("keeps a user's copy of our sheet after the original was deleted", async () => {
    const fake = new FakeExcel();
    fake.addSheet('Data', { A1: 'x' });
    await applyPlans(fake.context, [supplierPlan(3)], OPTS);
    const original = fake.sheet('Results')!;
    const copy = fake.addSheet('Results (copy)', { A1: 'Supplier', A2: 'my annotated copy' });
    copy.customProperties.set(SHEET_KEY_PROPERTY.toLowerCase(), { key: SHEET_KEY_PROPERTY, value: 'rmo.results' });
    fake.sheets.splice(fake.sheets.indexOf(original), 1); // the user deleted our sheet: its name reads #REF!
    expect(target(fake, '_rmo.rmo.results')).toBe('#REF!');
    const copyBefore = fake.snapshot(copy);

    // Reading: the copy is the user's sheet now, so it is input.
    expect((await readWorkbook(fake.context, OPTS)).map((t) => t.sheet)).toContain('Results (copy)');
    const applied = await applyPlans(fake.context, [supplierPlan(1)], OPTS);

    expect(fake.snapshot(copy)).toEqual(copyBefore);
    expect(fake.sheets).toContain(copy);
    expect(applied[0].name).toBe('Results');
    expect(fake.name('_rmo.rmo.results')!.sheet).toBe(fake.sheet('Results'));
    expect(fake.log.filter((o) => o.kind === 'deleteSheet')).toHaveLength(0);
  });

  it('recognises the sheets of a workbook written by the .xlsx shell', async () => {
    // The command line writes the file...
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Data').getCell('A1').value = 'Supplier';
    wb.addWorksheet("Bob's Results").getCell('A1').value = 'mine';
    const shell = openWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    applyXlsx(shell, [
      { key: 'rmo.results', name: "Bob's Results", blocks: [{ row: 0, col: 0, values: [['Supplier']] }], styles: [], columnWidths: {}, charts: [] },
    ]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rmo-own-')), 'cli.xlsx');
    fs.writeFileSync(file, shell.pkg.save());

    // ...and Excel opens it: sheets in order, defined names as stored in workbook.xml.
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('xl/workbook.xml')!.async('string');
    const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const fake = new FakeExcel();
    for (const m of xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)) fake.addSheet(unescape(m[1]), { A1: 'content' });
    const names = [...xml.matchAll(/<definedName name="([^"]*)"[^>]*>([^<]*)<\/definedName>/g)];
    expect(names.map((m) => m[1])).toEqual(['_rmo.rmo.results']);
    for (const [, name, ref] of names) {
      const { sheet, address } = fake.resolveReference(unescape(ref));
      fake.addName(name, sheet, address);
    }
    expect(fake.sheets.map((s) => s.name)).toEqual(['Data', "Bob's Results", "Bob's Results (2)"]);

    const tables = await readWorkbook(fake.context, OPTS);
    expect(tables.map((t) => t.sheet)).toEqual(['Data', "Bob's Results"]);
    const applied = await applyPlans(fake.context, [supplierPlan(1, { name: "Bob's Results" })], OPTS);
    expect(applied).toEqual([{ key: 'rmo.results', name: "Bob's Results (2)" }]);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Data', "Bob's Results", "Bob's Results (2)"]);
    expect(target(fake, '_rmo.rmo.results')).toBe("Bob's Results (2)");
  });
});
