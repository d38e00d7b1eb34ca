/**
 * Going to a place in the workbook, and telling whether it holds user data, on the fake
 * Excel: what gets activated and selected, and how many round trips each takes.
 */
import { goTo } from '../../src/excel/navigate';
import { hasUserData } from '../../src/excel/probe';
import { applyPlans } from '../../src/excel/apply';
import { queueTableParts, validationRule } from '../../src/excel/applyTables';
import { RequestBudget } from '../../src/excel/payload';
import { FakeExcel } from './fake-excel';
import { supplierPlan } from './synthetic-plan';

const OPTS = { ownership: 'customProperties' as const };

describe('goTo', () => {
  it('activates the sheet and selects the cell or the row; a missing sheet gives false and changes nothing', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Other');
    const data = fake.addSheet("Bob's data", { A1: 'Supplier' });
    expect(await goTo(fake.context, { sheet: "bob's data", row: 25, col: 4 })).toBe(true);
    expect(fake.activeSheetId).toBe(data.id);
    expect(fake.selection).toEqual({ sheetId: data.id, rect: { row: 25, col: 4, rows: 1, cols: 1 } });
    expect(fake.syncCount).toBe(2);

    await goTo(fake.context, { sheet: "Bob's data", row: 3, col: 0, cols: 10 });
    expect(fake.selection?.rect).toEqual({ row: 3, col: 0, rows: 1, cols: 10 });

    const before = fake.selection;
    expect(await goTo(fake.context, { sheet: 'Gone' })).toBe(false);
    expect(fake.selection).toBe(before);
    expect(fake.activeSheetId).toBe(data.id);
  });
});

describe('hasUserData', () => {
  it('is false for blank sheets and for sheets that are only ours, true for any table or filled cell of the user', async () => {
    const blank = new FakeExcel();
    blank.addSheet('Sheet1');
    expect(await hasUserData(blank.context, 'customProperties')).toBe(false);

    const ours = new FakeExcel();
    ours.addSheet('Sheet1');
    await applyPlans(ours.context, [supplierPlan(3)], OPTS);
    expect(await hasUserData(ours.context, 'customProperties')).toBe(false);

    const filled = new FakeExcel();
    filled.addSheet('Sheet1', { C7: 'note' });
    expect(await hasUserData(filled.context, 'customProperties')).toBe(true);

    const table = new FakeExcel();
    const s = table.addSheet('Sheet1');
    table.addTable('T', s, { row: 0, col: 0, rows: 2, cols: 2 });
    expect(await hasUserData(table.context, 'customProperties')).toBe(true);
    // A table answers in the first round trip.
    expect(table.syncCount).toBe(1);
  });
});

describe('applyTables', () => {
  it('writes notes on their cells when the host has ExcelApi 1.18, and leaves them out otherwise', async () => {
    const plan = { ...supplierPlan(2), notes: [{ row: 0, col: 1, text: 'Score from 1 to 5' }] };
    const fake = new FakeExcel();
    const sheet = fake.addSheet('S');
    const budget = new RequestBudget(() => fake.context.sync());
    await queueTableParts(fake.context.workbook.worksheets.getItemOrNullObject('S'), plan, budget);
    await budget.flush();
    expect([...(sheet.notes ?? new Map())]).toEqual([['B1', 'Score from 1 to 5']]);

    const office = { context: { requirements: { isSetSupported: (_: string, v: string) => v !== '1.18' } } };
    (globalThis as Record<string, unknown>).Office = office;
    try {
      const old = new FakeExcel();
      const oldSheet = old.addSheet('S');
      const b = new RequestBudget(() => old.context.sync());
      await queueTableParts(old.context.workbook.worksheets.getItemOrNullObject('S'), plan, b);
      await b.flush();
      expect(oldSheet.notes).toBeUndefined();
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  });

  it('turns each validation kind into its Office.js rule', () => {
    const r = { row: 1, col: 0, rows: 5, cols: 1 };
    expect(validationRule({ kind: 'whole', rect: r, min: 1, max: 7 })).toEqual({ wholeNumber: { formula1: 1, formula2: 7, operator: 'Between' } });
    expect(validationRule({ kind: 'list', rect: r, items: ['a', 'b'] })).toEqual({ list: { inCellDropDown: true, source: 'a,b' } });
  });

  it('the fake refuses what Excel refuses: a table name that is a cell reference or already taken, overlapping tables', async () => {
    const fake = new FakeExcel();
    fake.addSheet('S');
    const ws = fake.context.workbook.worksheets.getItemOrNullObject('S');
    ws.tables.add('A1:B3', true).name = 'AB12';
    await expect(fake.context.sync()).rejects.toThrow('invalid table name');
    ws.tables.add('D1:E3', true);
    ws.tables.add('E2:F4', true);
    await expect(fake.context.sync()).rejects.toThrow('overlap');
    // D1:E3 became Table1; names compare without case.
    ws.tables.add('H1:I3', true).name = 'table1';
    await expect(fake.context.sync()).rejects.toThrow('already used');
  });
});
