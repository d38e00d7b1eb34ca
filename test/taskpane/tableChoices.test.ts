/**
 * What the "Tables" step lists for raw blocks: kind, non-blank rows under the header,
 * and for a block that cannot be analysed the columns it lacks. Expected values are
 * read off the hand-made blocks below.
 */
import { describeTables } from '../../src/taskpane/tableChoices';
import { choiceDetail } from '../../src/taskpane/TableList';
import type { RawTable } from '../../src/input/types';

const block = (sheet: string, values: unknown[][], table?: string): RawTable => ({
  sheet,
  ...(table === undefined ? {} : { table }),
  firstRow: 1,
  firstCol: 1,
  values,
});

describe('describeTables', () => {
  it('names the kind of each recognised table and counts its non-blank data rows', () => {
    const found = describeTables(
      [
        block('S', [['Supplier', 'Affective', 'Calculative'], ['A', 4, 2], [null, '', null], ['B', 3, 3], ['C', 1, 1]], 'tblS'),
        block('I', [['Incident log'], [], ['Supplier', 'Date', 'Impact'], ['A', 45000, -2]]),
        block('M', [['Manager', 'Service', 'Business']]),
      ],
      {},
    );
    expect(found).toEqual([
      {
        sheet: 'S',
        table: 'tblS',
        kind: 'supplier',
        rows: 3,
        headers: ['Supplier', 'Affective', 'Calculative'],
        detected: { supplier: 'Supplier', affective: 'Affective', calculative: 'Calculative' },
      },
      // The title row above the header is not data.
      { sheet: 'I', kind: 'incident', rows: 1, headers: ['Supplier', 'Date', 'Impact'], detected: { supplier: 'Supplier', date: 'Date', impact: 'Impact' } },
      { sheet: 'M', kind: 'manager', rows: 0, headers: ['Manager', 'Service', 'Business'], detected: { manager: 'Manager', service: 'Service', business: 'Business' } },
    ]);
  });

  it('lists a block without a header row, and one whose headers fit no kind with the columns it lacks; skips blank sheets', () => {
    const found = describeTables(
      [
        block('Notes', [['remember to call'], ['x', 'y']]),
        block('Empty', [[null, ''], []]),
        block('Half', [['Supplier', 'Period'], ['A', '2024']]),
        block('Inc', [['Date', 'Impact'], [45000, 1]]),
      ],
      {},
    );
    expect(found).toEqual([
      { sheet: 'Notes', rows: 0, missing: [] },
      { sheet: 'Half', rows: 1, missing: ['affective', 'calculative'], headers: ['Supplier', 'Period'], detected: { supplier: 'Supplier', period: 'Period' } },
      { sheet: 'Inc', rows: 1, missing: ['supplier'], headers: ['Date', 'Impact'], detected: { date: 'Date', impact: 'Impact' } },
    ]);
  });

  it('follows the column mapping: a header the user named makes the table recognisable', () => {
    const raw = [block('S', [['Firm', 'Affective', 'Calculative'], ['A', 4, 2]])];
    expect(describeTables(raw, {})[0].kind).toBeUndefined();
    expect(describeTables(raw, { supplier: 'Firm' })[0]).toMatchObject({ sheet: 'S', kind: 'supplier', rows: 1, detected: { supplier: 'Firm' } });
  });
});

describe('choiceDetail', () => {
  it('says kind and rows, or why not, in the chosen language', () => {
    expect(choiceDetail({ sheet: 'S', kind: 'incident', rows: 12 }, 'en')).toBe('Incidents · 12 rows');
    expect(choiceDetail({ sheet: 'S', kind: 'manager', rows: 1 }, 'nl')).toBe('Relatiemanagers · 1 rij');
    expect(choiceDetail({ sheet: 'S', kind: 'supplier', rows: 0 }, 'nl')).toBe('Leveranciers · 0 rijen');
    expect(choiceDetail({ sheet: 'S', rows: 0, missing: [] }, 'en')).toBe('Not recognised: no row with at least two known column headers.');
    expect(choiceDetail({ sheet: 'S', rows: 2, missing: ['supplier', 'impact'] }, 'nl')).toBe('Niet herkend: mist Leverancier, Impact.');
  });
});
