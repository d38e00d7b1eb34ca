import { readInputs, readWorkbook, READ_SYNCS } from '../../src/excel/read';
import { problemText } from '../../src/input/problemText';
import { SHEET_KEY_PROPERTY } from '../../src/excel/ownership';
import { EXCEL_REQUEST_LIMIT } from '../../src/excel/payload';
import { FakeExcel } from './fake-excel';
import { longDescription, longTextInput, supplierInput } from './synthetic-plan';

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

  it('fetches large ranges in slices whose responses respect the byte budget, and reassembles them', async () => {
    const fake = workbookWith(1000); // Suppliers: 1001 rows × 3 columns at B3
    const budget = 20_000;
    const tables = await readWorkbook(fake.context, { ownership: 'customProperties', responseBudget: budget });
    const suppliers = tables.find((t) => t.sheet === 'Suppliers')!;
    expect(suppliers.values).toEqual(supplierInput(1000));
    expect(suppliers.numberFormats).toHaveLength(1001);
    const valueResponses = fake.requests.slice(2);
    const total = valueResponses.reduce((n, r) => n + r.responseBytes, 0);
    expect(valueResponses.every((r) => r.error === undefined && r.responseBytes <= budget)).toBe(true);
    expect(valueResponses.length).toBeGreaterThanOrEqual(Math.ceil(total / budget));
  });

  it('keeps every response under 5 MB for 100,000 rows', async () => {
    const fake = workbookWith(100_000);
    const tables = await readWorkbook(fake.context, { ownership: 'customProperties' });
    expect(tables.find((t) => t.sheet === 'Suppliers')!.values).toHaveLength(100_001);
    expect(fake.largestResponse).toBeGreaterThan(0);
    expect(fake.largestResponse).toBeLessThan(EXCEL_REQUEST_LIMIT);
  });

  it('reads 30,000 rows with 500-character descriptions (13 MB) in responses under 5 MB, retrying refused ones with half the budget', async () => {
    const fake = new FakeExcel();
    const rows = longTextInput(30_000).map((r) => [r[0], r[1], r[3], r[4]]); // 4 columns
    fake.putValues(fake.addSheet('Incidents'), 0, 0, rows);
    const tables = await readWorkbook(fake.context, { ownership: 'customProperties' });
    expect(tables[0].values).toEqual(rows);
    const total = fake.requests.reduce((n, r) => n + (r.error ? 0 : r.responseBytes), 0);
    expect(total).toBeGreaterThan(13_000_000);
    const refused = fake.requests.filter((r) => r.error !== undefined);
    // The first guess (40 bytes a cell) is far too low for 500-character text: refused, then halved.
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeLessThanOrEqual(3);
    expect(refused.every((r) => r.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(fake.requests.filter((r) => !r.error).every((r) => r.responseBytes < EXCEL_REQUEST_LIMIT)).toBe(true);
    // Once measured, batches are sized by bytes: no further refusals after the first success.
    const firstSuccess = fake.requests.findIndex((r, i) => i >= 2 && !r.error);
    expect(fake.requests.slice(firstSuccess).some((r) => r.error)).toBe(false);
  });

  it('reads 10,000 rows × 10 columns with a 300-character column (4.5 MB) in responses within the budget', async () => {
    const fake = new FakeExcel();
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      ...Array.from({ length: 9 }, (_, j) => (j === 0 ? `Supplier ${i}` : i * j)),
      longDescription(i, 300),
    ]);
    fake.putValues(fake.addSheet('Wide'), 0, 0, rows);
    const tables = await readWorkbook(fake.context, { ownership: 'customProperties' });
    expect(tables[0].values).toEqual(rows);
    expect(fake.requests.filter((r) => !r.error).every((r) => r.responseBytes < EXCEL_REQUEST_LIMIT)).toBe(true);
  });

  it('gives up, with Excel\'s error, only when a single row is too large for a response', async () => {
    const fake = new FakeExcel();
    fake.putValues(fake.addSheet('Huge'), 0, 0, [['x'.repeat(500)]]);
    fake.payloadLimit = 300;
    await expect(readWorkbook(fake.context, { ownership: 'customProperties' })).rejects.toMatchObject({
      code: 'ResponsePayloadSizeLimitExceeded',
    });
  });

  it('cuts a used range stretched by a stray cell at the cap, with a problem naming the sheet and the range', async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet('Suppliers');
    fake.putValues(sheet, 0, 0, supplierInput(3));
    fake.putValues(sheet, 1_048_575, 25, [['.']]); // Z1048576
    const read = await readInputs(fake.context, { ownership: 'customProperties', cellCap: 1000 });
    // 26 columns: ⌊1000 / 26⌋ = 38 rows are read, A1:Z38.
    expect(read.tables[0].values).toHaveLength(38);
    expect(read.tables[0].values.slice(0, 4).map((r) => r.slice(0, 3))).toEqual(supplierInput(3));
    expect(read.problems).toEqual([
      {
        code: 'rangeTooLarge',
        severity: 'error',
        sheet: 'Suppliers',
        params: { range: 'A1:Z1048576', cells: 26 * 1_048_576, limit: 1000, lastRow: 38 },
      },
    ]);
    expect(problemText(read.problems[0], 'en')).toBe(
      'Sheet "Suppliers": the used range A1:Z1048576 has 27262976 cells, more than the 1000 the add-in reads per table; only rows up to 38 were read. Delete stray content below or beside your data (select the empty rows and columns, then Delete) and run again.',
    );
    expect(problemText(read.problems[0], 'nl')).toMatch(/^Blad "Suppliers": het gebruikte bereik A1:Z1048576 heeft 27262976 cellen/);
    // Within the cap nothing is cut and no problem is given.
    expect((await readInputs(workbookWith(3).context, { ownership: 'customProperties' })).problems).toEqual([]);
  });

  it('asks again in half the budget when Excel answers null values for too many cells (the five-million-cell get limit)', async () => {
    const fake = workbookWith(1000);
    fake.maxGetCells = 1000; // stands for five million
    const tables = await readWorkbook(fake.context, { ownership: 'customProperties' });
    expect(tables.find((t) => t.sheet === 'Suppliers')!.values).toEqual(supplierInput(1000));
    const loads = fake.log.filter((o) => o.kind === 'load' && (o.value as string[]).includes('values'));
    expect(loads.length).toBeGreaterThan(2);
  });

  it('reassembles a slice of 250,000 rows (a large budget on a one-column range)', async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet('Column');
    const n = 250_000;
    fake.putValues(sheet, 0, 0, Array.from({ length: n }, (_, i) => [i]));
    fake.payloadLimit = Infinity;
    const tables = await readWorkbook(fake.context, { ownership: 'customProperties', responseBudget: 1e9 });
    const t = tables.find((x) => x.sheet === 'Column')!;
    expect(fake.syncCount).toBe(READ_SYNCS);
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
