import { DEFAULT_SETTINGS } from '../../src/analysis/settings';
import { matchParty, parseTables, problemText } from '../../src/input';
import type { RawTable } from '../../src/input';

const raw = (sheet: string, values: unknown[][]): RawTable => ({ sheet, firstRow: 1, firstCol: 1, values });

describe('party column', () => {
  it('reads our organisation and the provider in English and Dutch, ignoring case and spaces', () => {
    for (const t of ['client', 'Us', ' WE ', 'wij', 'Klant', 'opdrachtgever', 'Uitbesteder']) expect(matchParty(t)).toBe('client');
    for (const t of ['supplier', 'Provider', 'vendor', 'LEVERANCIER', 'dienst verlener', 'Dienstverlener']) expect(matchParty(t)).toBe('supplier');
    expect(matchParty('both')).toBeUndefined();
  });

  it('keeps rows of both parties for one supplier and period (not a duplicate), under a Dutch header', () => {
    const out = parseTables(
      [
        raw('Scores', [
          ['Leverancier', 'Periode', 'Partij', 'Affectief', 'Berekend'],
          ['Gamma', '2024', 'wij', 2, 2],
          ['Gamma', '2024', 'Leverancier', 4, 2],
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    expect(out.problems).toEqual([]);
    expect(out.suppliers.map((s) => s.party)).toEqual(['client', 'supplier']);
  });

  it('still finds a duplicate when the same party scores the same period twice', () => {
    const out = parseTables(
      [
        raw('Scores', [
          ['Supplier', 'Period', 'Party', 'Affective', 'Calculative'],
          ['Gamma', '2024', 'client', 2, 2],
          ['Gamma', '2024', 'us', 4, 2],
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    expect(out.problems.map((p) => p.code)).toEqual(['conflictingDuplicate']);
    expect(out.suppliers).toHaveLength(1);
  });

  it('reports an unknown party with sheet, row and column, and still uses the row without a party', () => {
    const out = parseTables(
      [
        raw('Incidents', [
          ['Supplier', 'Date', 'Impact', 'Party'],
          ['Gamma', '2024-03-01', -3, 'both of us'],
          ['Gamma', '2024-04-01', -2, 'supplier'],
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    expect(out.incidents).toHaveLength(2);
    expect(out.incidents[0].party).toBeUndefined();
    expect(out.incidents[1].party).toBe('supplier');
    expect(out.problems).toEqual([{ code: 'unknownParty', severity: 'warning', sheet: 'Incidents', row: 2, column: 'Party (D)', value: 'both of us' }]);
    const nl = problemText(out.problems[0], 'nl');
    expect(nl).toContain('Blad "Incidents", rij 2, kolom Party (D)');
    expect(nl).toContain('geen bekende partij');
  });

  it('warns about a party column on a relationship-manager table and still uses its rows', () => {
    const out = parseTables(
      [
        raw('Managers', [
          ['Relatiemanager', 'Servicegerichtheid', 'Businessgerichtheid', 'Partij'],
          ['Jan', 4, 2, 'wij'],
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    expect(out.managers).toHaveLength(1);
    expect(out.problems).toEqual([{ code: 'partyOnManagerTable', severity: 'warning', sheet: 'Managers', row: 1, column: 'Partij (D)' }]);
    expect(problemText(out.problems[0], 'en')).toContain('Sheet "Managers", row 1, column Partij (D)');
  });
});
