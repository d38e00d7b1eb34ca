import { readWorkbook, READ_SYNCS } from '../../src/excel/read';
import { SHEET_KEY_PROPERTY } from '../../src/excel/ownership';
import { EXCEL_REQUEST_LIMIT } from '../../src/excel/payload';
import { FakeExcel } from './fake-excel';
import { supplierInput } from './synthetic-plan';

function workbookWith(n: number): FakeExcel {
  const fake = new FakeExcel();
  const data = fake.addSheet('Suppliers');
  fake.putValues(data, 2, 1, supplierInput(n)); // starts at B3
  const incidents = fake.addSheet('Incidents');
  fake.putValues(incidents, 0, 0, [['Supplier', 'Date', 'Impact'], ['S1', 45000, -2]]);
  incidents.cells.get(1 * 20000 + 1)!.numberFormat = 'yyyy-mm-dd';
  fake.addTable('tblIncidents', incidents, { row: 0, col: 0, rows: 2, cols: 3 });
  const ours = fake.addSheet('Results');
  ours.customProperties.set(SHEET_KEY_PROPERTY.toLowerCase(), { key: SHEET_KEY_PROPERTY, value: 'rmo.results' });
  fake.putValues(ours, 0, 0, [['Supplier', 'Type'], ['S1', 'Pillar']]);
  fake.addSheet('Empty');
  return fake;
}

describe('readWorkbook', () => {
  it('reads tables and used ranges of user sheets with their position', async () => {
    const fake = workbookWith(3);
    const tables = await readWorkbook(fake.context, { ownership: 'customProperties' });

    const suppliers = tables.find((t) => t.sheet === 'Suppliers')!;
    expect(suppliers.table).toBeUndefined();
    expect(suppliers.firstRow).toBe(3);
    expect(suppliers.firstCol).toBe(2);
    expect(suppliers.values).toEqual([
      ['Supplier', 'Affective', 'Calculative'],
      ['S1', 1, 5],
      ['S2', 2, 4],
      ['S3', 3, 3],
    ]);

    const table = tables.find((t) => t.table === 'tblIncidents')!;
    expect(table.sheet).toBe('Incidents');
    expect(table.firstRow).toBe(1);
    expect(table.firstCol).toBe(1);
    expect(table.numberFormats![1][1]).toBe('yyyy-mm-dd');
    expect(table.numberFormats![1][2]).toBe('General');

    // A sheet with a table yields only the table (its used range holds the same rows again);
    // our own sheet and the empty one yield nothing.
    expect(tables.filter((t) => t.sheet === 'Incidents').map((t) => t.table)).toEqual(['tblIncidents']);
    expect(tables.some((t) => t.sheet === 'Results')).toBe(false);
    expect(tables.some((t) => t.sheet === 'Empty')).toBe(false);
  });

  it('uses the same number of syncs for 10 and 10,000 rows', async () => {
    const small = workbookWith(10);
    const large = workbookWith(10_000);
    await readWorkbook(small.context, { ownership: 'customProperties' });
    const rows = (await readWorkbook(large.context, { ownership: 'customProperties' })).find((t) => t.sheet === 'Suppliers')!;
    expect(rows.values).toHaveLength(10_001);
    expect(small.syncCount).toBe(READ_SYNCS);
    expect(large.syncCount).toBe(small.syncCount);
  });

  it('never downloads the values of our own sheets', async () => {
    const fake = workbookWith(5);
    await readWorkbook(fake.context, { ownership: 'customProperties' });
    const valueLoads = fake.log.filter((o) => o.kind === 'load' && (o.value as string[]).includes('values'));
    expect(valueLoads.length).toBeGreaterThan(0);
    expect(valueLoads.some((o) => o.address!.startsWith('Results'))).toBe(false);
  });

  it('fetches large ranges in slices that respect the cell budget and reassembles them', async () => {
    const fake = workbookWith(1000); // Suppliers: 1001 rows × 3 columns at B3
    const tables = await readWorkbook(fake.context, { ownership: 'customProperties', cellBudget: 600 });
    const suppliers = tables.find((t) => t.sheet === 'Suppliers')!;
    expect(suppliers.values).toEqual(supplierInput(1000));
    expect(suppliers.numberFormats).toHaveLength(1001);
    // 3003 + 6 (table) cells at ≤600 per request → at least 6 value requests.
    const valueRequests = fake.syncCount - 2;
    expect(valueRequests).toBeGreaterThanOrEqual(Math.ceil((3003 + 6) / 600));
    const loads = fake.log.filter((o) => o.kind === 'load' && (o.value as string[]).includes('values'));
    for (const load of loads) {
      const m = /!([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(load.address!)!;
      const rows = m[4] ? Number(m[4]) - Number(m[2]) + 1 : 1;
      const cols = m[3] ? m[3].charCodeAt(0) - m[1].charCodeAt(0) + 1 : 1;
      expect(rows * cols).toBeLessThanOrEqual(600);
    }
  });

  it('keeps every response under 5 MB for 100,000 rows', async () => {
    const fake = workbookWith(100_000);
    const tables = await readWorkbook(fake.context, { ownership: 'customProperties' });
    expect(tables.find((t) => t.sheet === 'Suppliers')!.values).toHaveLength(100_001);
    expect(fake.largestResponse).toBeGreaterThan(0);
    expect(fake.largestResponse).toBeLessThan(EXCEL_REQUEST_LIMIT);
  });

  it('reassembles a slice of 250,000 rows (a large cell budget on a one-column range)', async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet('Column');
    const n = 250_000;
    fake.putValues(sheet, 0, 0, Array.from({ length: n }, (_, i) => [i]));
    const tables = await readWorkbook(fake.context, { ownership: 'customProperties', cellBudget: n });
    const t = tables.find((x) => x.sheet === 'Column')!;
    expect(t.values).toHaveLength(n);
    expect(t.values[n - 1]).toEqual([n - 1]);
    expect(t.numberFormats).toHaveLength(n);
  });

  it('recognises our sheets through the workbook setting in settings mode', async () => {
    const fake = workbookWith(2);
    const ours = fake.sheet('Results')!;
    ours.customProperties.clear();
    fake.settings.set('rmo.ownedSheets', JSON.stringify({ [ours.id]: 'rmo.results' }));
    const tables = await readWorkbook(fake.context, { ownership: 'settings' });
    expect(tables.some((t) => t.sheet === 'Results')).toBe(false);
    expect(tables.some((t) => t.sheet === 'Suppliers')).toBe(true);
    expect(fake.syncCount).toBe(READ_SYNCS);
  });
});
