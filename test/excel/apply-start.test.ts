/**
 * The start sheets through the Office.js shell and the fake Excel: real Excel tables with
 * the catalogue's headers, validation per column, never marked as ours, and read back by
 * the same pipeline as any user table. Expected numbers come from the example data
 * (samples/make-sample.ts without its deliberate mistakes), counted by hand.
 */
import { applyStartPlans, uniqueTableName } from '../../src/excel/applyStart';
import { applyPlans } from '../../src/excel/apply';
import { readWorkbook } from '../../src/excel/read';
import { SHEET_KEY_PROPERTY } from '../../src/excel/ownership';
import { emptyTablesPlans, exampleTablesPlans, EMPTY_TABLE_ROWS } from '../../src/report/start-sheets';
import { parseTables } from '../../src/input';
import { analyse } from '../../src/analysis';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings';
import { FakeExcel } from './fake-excel';
import { supplierPlan } from './synthetic-plan';

const OPTS = { ownership: 'customProperties' as const };
const EN = { ...DEFAULT_SETTINGS, language: 'en' as const };
const NL = { ...DEFAULT_SETTINGS, language: 'nl' as const };

describe('example tables in the workbook', () => {
  it('become three Excel tables with the headers in the chosen language, the first sheet active', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const applied = await applyStartPlans(fake.context, exampleTablesPlans(NL));
    expect(applied.map((a) => a.name)).toEqual(['Voorbeeld leveranciers', 'Voorbeeld incidenten', 'Voorbeeld relatiemanagers']);
    expect(fake.tables.map((t) => t.name)).toEqual(['Leveranciers', 'Incidenten', 'Relatiemanagers']);
    const suppliers = fake.sheet('Voorbeeld leveranciers')!;
    expect(fake.activeSheetId).toBe(suppliers.id);
    // Header + 36 rows (12 suppliers × 3 quarters), 7 columns.
    expect(fake.tables[0].rect).toEqual({ row: 0, col: 0, rows: 37, cols: 7 });
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => fake.cell(suppliers, 0, c)?.value)).toEqual([
      'Leverancier',
      'Periode',
      'Affectieve betrokkenheid',
      'Berekende betrokkenheid',
      'Activiteit',
      'Constructiviteit',
      'Relatiemanager',
    ]);
    // Not ours: no ownership marker, so no run ever deletes them.
    expect(suppliers.customProperties.has(SHEET_KEY_PROPERTY.toLowerCase())).toBe(false);
    expect(fake.names.map((n) => n.name)).toEqual([]);
  });

  it('are read back and analysed like any user table: 12 suppliers, 1 only in the incidents, 14 incidents, 4 managers, no problems', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Sheet1');
    await applyStartPlans(fake.context, exampleTablesPlans(EN));
    const input = parseTables(await readWorkbook(fake.context, OPTS), EN);
    expect(input.problems.filter((p) => p.code !== 'unknownSupplier')).toEqual([]);
    // Globex Ltd is the one supplier only in the incidents (a warning, on purpose).
    expect(input.problems.map((p) => p.value)).toEqual(['Globex Ltd']);
    expect(input.incidents).toHaveLength(14);
    expect(input.managers).toHaveLength(4);
    const result = analyse(input, EN);
    expect(result.suppliers.filter((s) => !s.onlyInIncidents)).toHaveLength(12);
    expect(result.onlyInIncidents).toEqual(['Globex Ltd']);
    // Van Dijk Logistiek, 2025-Q4: affective 4.4, calculative 4.3, both at or above the midpoint 3.
    expect(result.suppliers.find((s) => s.supplier === 'Van Dijk Logistiek')?.type).toBe('pillar');
    // The incident dates are real dates, formatted yyyy-mm-dd (2025-03-15 = serial 45731).
    const incidents = fake.sheet('Example incidents')!;
    expect(fake.cell(incidents, 1, 1)).toMatchObject({ value: 45731, numberFormat: 'yyyy-mm-dd' });
    expect(fake.cell(incidents, 1, 2)?.value).toBe('Interpersonal');
  });

  it('survive the next analysis run, which only replaces its own sheets', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Sheet1');
    await applyStartPlans(fake.context, exampleTablesPlans(EN));
    const before = fake.snapshot(fake.sheet('Example suppliers')!);
    await applyPlans(fake.context, [supplierPlan(3)], OPTS);
    await applyPlans(fake.context, [supplierPlan(3)], OPTS);
    expect(fake.snapshot(fake.sheet('Example suppliers')!)).toEqual(before);
  });

  it('a second insert gets new sheet and table names instead of failing', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Sheet1');
    await applyStartPlans(fake.context, exampleTablesPlans(EN));
    const again = await applyStartPlans(fake.context, exampleTablesPlans(EN));
    expect(again.map((a) => a.name)).toEqual(['Example suppliers (2)', 'Example incidents (2)', 'Example managers (2)']);
    expect(fake.tables.map((t) => t.name)).toEqual(['Suppliers', 'Incidents', 'RelationshipManagers', 'Suppliers_2', 'Incidents_2', 'RelationshipManagers_2']);
  });
});

describe('empty input tables in the workbook', () => {
  it('have headers, empty rows and validation per column on the data rows', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Sheet1');
    await applyStartPlans(fake.context, emptyTablesPlans({ ...EN, scale: { min: 1, max: 7, split: 4 }, impactMin: -3, impactMax: 3 }));
    const inc = fake.sheet('Incidents')!;
    const rows = EMPTY_TABLE_ROWS;
    // Supplier, Date, Category, Impact, Party, Description.
    expect(fake.tables.find((t) => t.name === 'Incidents')?.rect).toEqual({ row: 0, col: 0, rows: rows + 1, cols: 6 });
    expect([0, 1, 2, 3, 4, 5].map((c) => fake.cell(inc, 0, c)?.value)).toEqual(['Supplier', 'Date', 'Category', 'Impact', 'Party', 'Description']);
    const byCol = (col: number) => inc.validations?.find((v) => v.rect.col === col);
    expect(byCol(1)?.rule).toEqual({ date: { formula1: '1900-01-01', operator: 'GreaterThanOrEqualTo' } });
    expect(byCol(2)?.rule).toEqual({ list: { inCellDropDown: true, source: 'External,Interpersonal,Business' } });
    expect(byCol(3)?.rule).toEqual({ decimal: { formula1: -3, formula2: 3, operator: 'Between' } });
    expect(byCol(3)?.rect).toEqual({ row: 1, col: 3, rows, cols: 1 });
    expect(byCol(3)?.errorAlert).toEqual({ showAlert: true, style: 'Stop', title: '', message: 'Enter an impact from -3 to 3.' });
    expect(byCol(4)?.rule).toEqual({ list: { inCellDropDown: true, source: 'client,supplier' } });
    // No validation on the supplier name or the description.
    expect(byCol(0)).toBeUndefined();
    expect(byCol(5)).toBeUndefined();
    const sup = fake.sheet('Suppliers')!;
    // Supplier, Period, Party, then the four scores, the manager.
    expect(fake.cell(sup, 0, 2)?.value).toBe('Party');
    expect(sup.validations?.find((v) => v.rect.col === 2)?.rule).toEqual({ list: { inCellDropDown: true, source: 'client,supplier' } });
    expect(sup.validations?.find((v) => v.rect.col === 2)?.errorAlert).toEqual({ showAlert: true, style: 'Stop', title: '', message: 'Choose one of: client, supplier.' });
    expect(sup.validations?.find((v) => v.rect.col === 3)?.rule).toEqual({ decimal: { formula1: 1, formula2: 7, operator: 'Between' } });
    expect(fake.cell(inc, 1, 1)?.numberFormat).toBe('yyyy-mm-dd');
  });

  it('read back as recognised tables with no rows and no problems', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Sheet1');
    await applyStartPlans(fake.context, emptyTablesPlans(NL));
    const input = parseTables(await readWorkbook(fake.context, OPTS), NL);
    expect(input.problems).toEqual([]);
    expect(input.tables?.map((t) => t.kind)).toEqual(['supplier', 'incident', 'manager']);
    expect(input.suppliers).toHaveLength(0);
  });
});

describe('the Party drop-down of the empty tables', () => {
  it('offers opdrachtgever and leverancier in Dutch, and a row with either word is read as that party', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    await applyStartPlans(fake.context, emptyTablesPlans(NL));
    const sup = fake.sheet('Leveranciers')!;
    expect(fake.cell(sup, 0, 2)?.value).toBe('Partij');
    const list = sup.validations?.find((v) => v.rect.col === 2);
    expect(list?.rule).toEqual({ list: { inCellDropDown: true, source: 'opdrachtgever,leverancier' } });
    expect(list?.rect).toEqual({ row: 1, col: 2, rows: EMPTY_TABLE_ROWS, cols: 1 });
    // The user picks from the drop-down: one row per party for the same supplier and period.
    fake.putValues(sup, 1, 0, [
      ['Acme', '2025-Q1', 'opdrachtgever', 4, 2, 3, 3],
      ['Acme', '2025-Q1', 'leverancier', 4, 2, 3, 3],
    ]);
    const input = parseTables(await readWorkbook(fake.context, OPTS), NL);
    expect(input.problems).toEqual([]);
    expect(input.suppliers.map((s) => s.party)).toEqual(['client', 'supplier']);
  });
});

describe('uniqueTableName', () => {
  it('adds _2, _3 … while the name is taken, ignoring case', () => {
    expect(uniqueTableName('Suppliers', new Set())).toBe('Suppliers');
    expect(uniqueTableName('Suppliers', new Set(['suppliers', 'suppliers_2']))).toBe('Suppliers_3');
  });
});
