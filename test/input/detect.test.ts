import { classifyColumns, detectTable } from '../../src/input';
import type { Field, RawTable } from '../../src/input';

const table = (values: unknown[][], firstRow = 1, firstCol = 1, sheet = 'Data'): RawTable => ({ sheet, firstRow, firstCol, values });

describe('detectTable', () => {
  it('finds the header row below title rows and blank rows', () => {
    const d = detectTable(
      table([['Leveranciersoverzicht 2025'], ['Bijgewerkt door Inkoop', null], [null, null], ['Leverancier', 'Affectief', 'Berekend'], ['Acme', 4, 4]], 3, 2),
    );
    expect(d.status).toBe('found');
    if (d.status !== 'found') return;
    expect(d.table.kind).toBe('supplier');
    expect(d.table.headerIndex).toBe(3);
    expect(d.table.headerRow).toBe(6);
    expect(d.table.columns.get('affective')).toEqual({ field: 'affective', header: 'Affectief', index: 1, letter: 'C' });
  });

  it('does not take a title row naming only one known header as the header row', () => {
    const d = detectTable(table([['Leverancier'], ['Leverancier', 'Datum', 'Impact']]));
    expect(d.status === 'found' && d.table.headerIndex).toBe(1);
  });

  it('looks only at the first 10 non-empty rows', () => {
    const titles = Array.from({ length: 10 }, (_, i) => [`Titel ${i}`]);
    expect(detectTable(table([...titles, ['Leverancier', 'Datum', 'Impact']])).status).toBe('noHeader');
    const withBlanks = [...titles.slice(0, 9), [null], [''], ['Leverancier', 'Datum', 'Impact']];
    expect(detectTable(table(withBlanks)).status).toBe('found');
  });

  it('tells a blank range from one without headers', () => {
    expect(detectTable(table([[null, ''], ['  ']])).status).toBe('blank');
    expect(detectTable(table([])).status).toBe('blank');
    expect(detectTable(table([['Notities'], ['iets']])).status).toBe('noHeader');
  });

  it('uses the column mapping to find the header row', () => {
    const d = detectTable(table([['Naam', 'Warmte', 'Geld']]), { supplier: 'Naam', affective: 'Warmte', calculative: 'Geld' });
    expect(d.status === 'found' && d.table.kind).toBe('supplier');
  });

  it('reports missing columns as errors when the table fits no kind', () => {
    const d = detectTable(table([['Leverancier', 'Datum']], 4, 1, 'Incidenten'));
    expect(d.status === 'found' && d.table.kind).toBeUndefined();
    expect(d.status === 'found' && d.table.problems).toEqual([
      { code: 'missingColumn', severity: 'error', sheet: 'Incidenten', params: { field: 'impact', headerRow: 4 } },
    ]);
  });
});

describe('classifyColumns', () => {
  const kindOf = (...fs: Field[]) => classifyColumns((f) => fs.includes(f));

  it('recognises the three kinds', () => {
    expect(kindOf('supplier', 'date', 'impact')).toEqual({ kind: 'incident', missing: [] });
    expect(kindOf('supplier', 'date', 'impact', 'affective', 'calculative').kind).toBe('incident');
    expect(kindOf('supplier', 'affective', 'calculative')).toEqual({ kind: 'supplier', missing: [] });
    expect(kindOf('supplier', 'activity', 'constructiveness')).toEqual({ kind: 'supplier', missing: [] });
    expect(kindOf('supplier', 'service', 'business', 'manager')).toEqual({ kind: 'supplier', missing: [] });
    expect(kindOf('manager', 'service', 'business')).toEqual({ kind: 'manager', missing: [] });
  });

  it('warns about the missing half of a score pair in a supplier table', () => {
    expect(kindOf('supplier', 'affective', 'calculative', 'activity')).toEqual({ kind: 'supplier', missing: ['constructiveness'] });
  });

  it('names what is missing when no kind fits', () => {
    expect(kindOf('supplier', 'impact')).toEqual({ missing: ['date'] });
    expect(kindOf('date', 'impact')).toEqual({ missing: ['supplier'] });
    expect(kindOf('manager', 'service')).toEqual({ missing: ['business'] });
    expect(kindOf('supplier', 'period')).toEqual({ missing: ['affective', 'calculative'] });
    expect(kindOf('supplier', 'affective')).toEqual({ missing: ['calculative'] });
    expect(kindOf('affective', 'calculative')).toEqual({ missing: ['supplier'] });
    expect(kindOf('manager', 'affective', 'calculative')).toEqual({ missing: ['supplier'] });
  });
});

describe('what is not part of an RMO table', () => {
  const supplierTable = (rows: unknown[][]) => ({ sheet: 'Leveranciers', firstRow: 1, firstCol: 1, values: [['Leverancier', 'Affectief', 'Berekend'], ...rows] });

  it('skips a list of suppliers and managers with a warning, not as a broken table', () => {
    const d = detectTable({ sheet: 'Contracten', firstRow: 2, firstCol: 1, values: [['Leverancier', 'Relatiemanager', 'Periode'], ['Acme', 'An', '2025']] });
    expect(d.status === 'found' && d.table.kind).toBeUndefined();
    expect(d.status === 'found' && d.table.problems).toEqual([{ code: 'notAnRmoTable', severity: 'warning', sheet: 'Contracten', params: { headerRow: 2 } }]);
  });

  it('ends the data above a total row and above a note under a blank row, with a warning each', () => {
    const d = detectTable(supplierTable([['Acme', 4, 3], ['Bolt', 2, 5], ['Totaal', 6, 8], [null, null, null], ['Bron: enquête Q3', null, null]]));
    if (d.status !== 'found') throw new Error('not found');
    // Header on row 1, Acme row 2, Bolt row 3: data ends after index 2.
    expect(d.table.dataEnd).toBe(3);
    expect(d.table.problems).toEqual([
      { code: 'rowBelowTable', severity: 'warning', sheet: 'Leveranciers', row: 4, value: 'Totaal' },
      { code: 'rowBelowTable', severity: 'warning', sheet: 'Leveranciers', row: 6, value: 'Bron: enquête Q3' },
    ]);
  });

  it('keeps rows after a blank row when they fit the table, and a last supplier with one score', () => {
    const d = detectTable(supplierTable([['Acme', 4, 3], [null, null, null], ['Bolt', 2, 5], ['Cora', 3, null]]));
    if (d.status !== 'found') throw new Error('not found');
    expect(d.table.dataEnd).toBe(5);
    expect(d.table.problems).toEqual([]);
  });

  it('leaves out a note typed beside the table columns under the last row', () => {
    const d = detectTable({ sheet: 'S', firstRow: 1, firstCol: 1, values: [['Leverancier', 'Affectief', 'Berekend', ''], ['Acme', 4, 3, null], [null, null, null, 'checked by An']] });
    if (d.status !== 'found') throw new Error('not found');
    expect(d.table.dataEnd).toBe(2);
  });
});
