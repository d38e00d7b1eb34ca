import { DEFAULT_SETTINGS, Settings } from '../../src/analysis/settings';
import { parseTables } from '../../src/input';
import type { Problem, RawTable } from '../../src/input';

const S: Settings = DEFAULT_SETTINGS; // scale 1–5, impact −5…+5
const raw = (sheet: string, values: unknown[][], firstRow = 1, firstCol = 1, extra: Partial<RawTable> = {}): RawTable => ({
  sheet,
  firstRow,
  firstCol,
  values,
  ...extra,
});
const codes = (ps: readonly Problem[]) => ps.map((p) => p.code);
/** Independent route to a serial (see dates.test.ts). */
const xl = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe('supplier tables', () => {
  it('parses typed rows with every score pair, period and manager', () => {
    const out = parseTables(
      [
        raw('Scores', [
          ['Leverancier', 'Periode', 'Affectief', 'Berekend', 'Activiteit', 'Constructiviteit', 'Service', 'Business', 'Relatiemanager'],
          ['Acme', '2025-Q1', '4,5', 2, 5, 1, 3, ' 4 ', 'Jan'],
        ]),
      ],
      S,
    );
    expect(out.problems).toEqual([]);
    expect(out.suppliers).toEqual([
      {
        supplier: 'Acme',
        period: '2025-Q1',
        affective: 4.5,
        calculative: 2,
        activity: 5,
        constructiveness: 1,
        service: 3,
        business: 4,
        manager: 'Jan',
        source: { sheet: 'Scores', row: 2 },
      },
    ]);
    expect(out.tables).toEqual([expect.objectContaining({ sheet: 'Scores', kind: 'supplier', headerRow: 1, rowsUsed: 1 })]);
  });

  it('names sheet row and column letter for a table starting at C5 with a title above', () => {
    // values[0] is sheet row 5, column index 0 is C; header on row 7; the bad cell is row 9, column D.
    const out = parseTables(
      [
        raw(
          'Leveranciers 2025',
          [['Overzicht'], [null, null], ['Leverancier', 'Affectieve betrokkenheid', 'Berekende betrokkenheid'], ['Acme', 4, 4], ['Beta', 'veel', 2]],
          5,
          3,
        ),
      ],
      S,
    );
    expect(out.problems).toEqual([
      { code: 'notANumber', severity: 'error', sheet: 'Leveranciers 2025', row: 9, column: 'Affectieve betrokkenheid (D)', value: 'veel' },
    ]);
    expect(out.suppliers.map((s) => [s.supplier, s.source.row])).toEqual([
      ['Acme', 8],
      ['Beta', 9],
    ]);
  });

  it('computes two-letter column names (table starting at column Z)', () => {
    const out = parseTables([raw('S', [['Supplier', 'Affective', 'Calculative'], ['Acme', 4, 'x']], 1, 26)], S);
    expect(out.problems[0].column).toBe('Calculative (AB)');
  });

  it('keeps good rows when other rows have problems', () => {
    const out = parseTables(
      [
        raw('S', [
          ['Supplier', 'Affective', 'Calculative'],
          ['Good1', 4, 2],
          [null, 3, 3],
          ['Bad', '#N/A', 9],
          ['Good2', '3.5', '1,5'],
          ['Half', '', 4],
        ]),
      ],
      S,
    );
    expect(out.suppliers.map((s) => s.supplier)).toEqual(['Good1', 'Bad', 'Good2', 'Half']);
    expect(out.suppliers.find((s) => s.supplier === 'Good2')).toMatchObject({ affective: 3.5, calculative: 1.5 });
    const bad = out.suppliers.find((s) => s.supplier === 'Bad')!;
    expect(bad.affective).toBeUndefined();
    expect(bad.calculative).toBeUndefined();
    expect(out.suppliers.find((s) => s.supplier === 'Half')).toMatchObject({ calculative: 4 });
    expect(out.problems).toEqual([
      { code: 'blankRequired', severity: 'error', sheet: 'S', row: 3, column: 'Supplier (A)' },
      { code: 'errorValue', severity: 'error', sheet: 'S', row: 4, column: 'Affective (B)', value: '#N/A' },
      { code: 'scoreOutOfRange', severity: 'error', sheet: 'S', row: 4, column: 'Calculative (C)', value: '9', params: { min: 1, max: 5 } },
      { code: 'blankRequired', severity: 'warning', sheet: 'S', row: 6, column: 'Affective (B)' },
    ]);
  });

  it('a blank in one pair does not affect the other models of the row', () => {
    const out = parseTables([raw('S', [['Supplier', 'Affective', 'Calculative', 'Activity', 'Constructiveness'], ['Acme', null, 4, 2, 5]])], S);
    expect(out.suppliers[0]).toMatchObject({ calculative: 4, activity: 2, constructiveness: 5 });
    expect(codes(out.problems)).toEqual(['blankRequired']);
  });

  it('ignores fully blank rows and rows blank in every recognised column', () => {
    const out = parseTables(
      [raw('S', [['Supplier', 'Affective', 'Calculative', 'Notes'], [null, null, null, null], ['', ' ', null, 'just a note'], ['Acme', 3, 3, null]])],
      S,
    );
    expect(out.problems).toEqual([]);
    expect(out.suppliers).toHaveLength(1);
  });

  it('reports a boolean score as not a number', () => {
    const out = parseTables([raw('S', [['Supplier', 'Affective', 'Calculative'], ['Acme', true, 3]])], S);
    expect(out.problems).toEqual([{ code: 'notANumber', severity: 'error', sheet: 'S', row: 2, column: 'Affective (B)', value: 'TRUE' }]);
    expect(out.suppliers[0]).toEqual({ supplier: 'Acme', calculative: 3, source: { sheet: 'S', row: 2 } });
  });

  it('uses the configured scale for score ranges', () => {
    const out = parseTables([raw('S', [['Supplier', 'Affective', 'Calculative'], ['Acme', 7, 0]])], { ...S, scale: { min: 1, max: 7, split: 4 } });
    expect(out.problems).toEqual([
      { code: 'scoreOutOfRange', severity: 'error', sheet: 'S', row: 2, column: 'Calculative (C)', value: '0', params: { min: 1, max: 7 } },
    ]);
    expect(out.suppliers[0].affective).toBe(7);
  });

  it('keeps formula-like supplier text exactly as data', () => {
    const out = parseTables([raw('S', [['Supplier', 'Affective', 'Calculative'], ['=SUM(A1)', 3, 3], ['@foo', 3, 3], ['+31 Partners', 3, 3]])], S);
    expect(out.suppliers.map((s) => s.supplier)).toEqual(['=SUM(A1)', '@foo', '+31 Partners']);
  });

  it('turns a period given as a date into yyyy-mm-dd', () => {
    const out = parseTables(
      [
        raw('S', [['Supplier', 'Period', 'Affective', 'Calculative'], ['A', 45658, 3, 3], ['B', new Date(Date.UTC(2025, 5, 30)), 3, 3], ['C', 2024, 3, 3]], 1, 1, {
          numberFormats: [[], ['General', 'd-m-yyyy', 'General', 'General'], [], ['General', 'General', 'General', 'General']],
        }),
      ],
      S,
    );
    expect(out.suppliers.map((s) => s.period)).toEqual(['2025-01-01', '2025-06-30', '2024']);
  });
});

describe('duplicates and names', () => {
  it('counts an exact duplicate once and keeps the first of conflicting rows', () => {
    const out = parseTables(
      [
        raw('S', [
          ['Supplier', 'Period', 'Affective', 'Calculative'],
          ['Acme', 'Q1', 4, 2],
          [' ACME ', 'q1', '4', '2,0'],
          ['acme', 'Q1', 1, 1],
          ['Acme', 'Q2', 1, 1],
        ]),
      ],
      S,
    );
    expect(out.suppliers.map((s) => [s.supplier, s.period, s.affective])).toEqual([
      ['Acme', 'Q1', 4],
      ['Acme', 'Q2', 1],
    ]);
    // Names are unified to the first spelling; the period is shown as typed in that row.
    expect(out.problems).toEqual([
      { code: 'duplicateRow', severity: 'warning', sheet: 'S', row: 3, value: 'Acme / q1', params: { firstSheet: 'S', firstRow: 2 } },
      { code: 'conflictingDuplicate', severity: 'error', sheet: 'S', row: 4, value: 'Acme / Q1', params: { firstSheet: 'S', firstRow: 2 } },
    ]);
  });

  it('detects duplicates across sheets', () => {
    const head = ['Supplier', 'Affective', 'Calculative'];
    const out = parseTables([raw('A', [head, ['Acme', 3, 3]]), raw('B', [head, ['Acme', 3, 4]])], S);
    expect(out.problems).toEqual([
      { code: 'conflictingDuplicate', severity: 'error', sheet: 'B', row: 2, value: 'Acme', params: { firstSheet: 'A', firstRow: 2 } },
    ]);
    expect(out.suppliers).toHaveLength(1);
  });

  it('counts an exact duplicate incident once, but not two different incidents on one day', () => {
    const out = parseTables(
      [
        raw('I', [
          ['Supplier', 'Date', 'Impact', 'Description'],
          ['Acme', '2025-01-31', -2, 'Late delivery'],
          ['Acme', '31-01-2025', '-2', 'Late delivery'],
          ['Acme', '31-01-2025', '-3', 'Late delivery'],
          ['Acme', '31-01-2025', '-2', 'Invoice dispute'],
        ]),
      ],
      S,
    );
    expect(out.incidents.map((i) => [i.impact, i.description])).toEqual([
      [-2, 'Late delivery'],
      [-3, 'Late delivery'],
      [-2, 'Invoice dispute'],
    ]);
    expect(out.problems).toEqual([
      { code: 'duplicateRow', severity: 'warning', sheet: 'I', row: 3, value: 'Acme', params: { firstSheet: 'I', firstRow: 2 } },
    ]);
  });

  it('gives incidents the supplier table spelling and warns once per unknown supplier', () => {
    const out = parseTables(
      [
        raw('Incidenten', [
          ['Leverancier', 'Datum', 'Impact'],
          ['ACME bv', '1-2-2025', 1],
          ['Zeta', '2-2-2025', -1],
          ['zeta', '3-2-2025', -1],
        ]),
        raw('Scores', [['Leverancier', 'Affectief', 'Berekend'], ['Acme BV', 3, 3]]),
      ],
      S,
    );
    expect(out.incidents.map((i) => i.supplier)).toEqual(['Acme BV', 'Zeta', 'Zeta']);
    expect(out.problems).toEqual([
      { code: 'unknownSupplier', severity: 'warning', sheet: 'Incidenten', row: 3, column: 'Leverancier (A)', value: 'Zeta', params: { count: 2 } },
    ]);
    expect(out.incidents).toHaveLength(3); // still analysed
  });

  it('does not warn about unknown suppliers when there is no supplier table', () => {
    const out = parseTables([raw('I', [['Supplier', 'Date', 'Impact'], ['Zeta', '2-2-2025', -1]])], S);
    expect(out.problems).toEqual([]);
  });
});

describe('incident tables', () => {
  it('parses dates, impacts, categories and keeps descriptions as text', () => {
    const out = parseTables(
      [
        raw('I', [
          ['Supplier', 'Date', 'Impact', 'Category', 'Description'],
          ['Acme', new Date(Date.UTC(2025, 0, 1)), '+2', 'Extern', '=HYPERLINK("x")'],
          ['Acme', 45659, '\u22121,5', 'interpersonal', null],
          ['Acme', '3 januari 2025', 0, 'Zakelijk', '@mention'],
          ['Acme', 'January 4, 2025', 5, 'personal', null],
          ['Acme', '2025-01-05T10:00:00', -5, null, null],
        ]),
      ],
      S,
    );
    expect(out.problems).toEqual([]);
    expect(out.incidents.map((i) => [i.day, i.impact, i.category, i.description])).toEqual([
      [xl(2025, 1, 1), 2, 'external', '=HYPERLINK("x")'],
      [xl(2025, 1, 2), -1.5, 'interpersonal', undefined],
      [xl(2025, 1, 3), 0, 'business', '@mention'],
      [xl(2025, 1, 4), 5, 'interpersonal', undefined],
      [xl(2025, 1, 5), -5, undefined, undefined],
    ]);
  });

  it('skips rows with a bad date or impact, keeps rows with an unknown category', () => {
    const out = parseTables(
      [
        raw(
          'Incidents',
          [
            ['Supplier', 'Date', 'Impact', 'Category'],
            ['Acme', '31-02-2025', 1, 'extern'],
            ['Acme', '2025-01-01', 6, 'extern'],
            ['Acme', '2025-01-02', 'abc', 'extern'],
            ['Acme', null, null, 'extern'],
            ['Acme', '2025-01-03', 1, 'weather'],
            ['Acme', '#VALUE!', 1, null],
          ],
          2,
          2,
        ),
      ],
      S,
    );
    expect(out.incidents.map((i) => [i.day, i.category])).toEqual([[xl(2025, 1, 3), undefined]]);
    expect(out.problems).toEqual([
      { code: 'notADate', severity: 'error', sheet: 'Incidents', row: 3, column: 'Date (C)', value: '31-02-2025' },
      { code: 'impactOutOfRange', severity: 'error', sheet: 'Incidents', row: 4, column: 'Impact (D)', value: '6', params: { min: -5, max: 5 } },
      { code: 'notANumber', severity: 'error', sheet: 'Incidents', row: 5, column: 'Impact (D)', value: 'abc' },
      { code: 'blankRequired', severity: 'error', sheet: 'Incidents', row: 6, column: 'Date (C)' },
      { code: 'blankRequired', severity: 'error', sheet: 'Incidents', row: 6, column: 'Impact (D)' },
      { code: 'unknownCategory', severity: 'warning', sheet: 'Incidents', row: 7, column: 'Category (E)', value: 'weather' },
      { code: 'errorValue', severity: 'error', sheet: 'Incidents', row: 8, column: 'Date (C)', value: '#VALUE!' },
    ]);
  });
});

describe('manager tables', () => {
  it('parses manager rows and requires both orientations', () => {
    const out = parseTables(
      [raw('M', [['Relatiemanager', 'Servicegerichtheid', 'Businessgerichtheid'], ['Jan', 4, '2,5'], ['Piet', null, 3], [' jan ', 4, 2.5]])],
      S,
    );
    expect(out.managers).toEqual([{ manager: 'Jan', service: 4, business: 2.5, source: { sheet: 'M', row: 2 } }]);
    expect(out.problems).toEqual([
      { code: 'blankRequired', severity: 'error', sheet: 'M', row: 3, column: 'Servicegerichtheid (B)' },
      { code: 'duplicateRow', severity: 'warning', sheet: 'M', row: 4, value: 'Jan', params: { firstSheet: 'M', firstRow: 2 } },
    ]);
  });
});

describe('table-level problems', () => {
  it('reports missing columns and parses nothing from that table', () => {
    const out = parseTables([raw('I', [['Supplier', 'Date', 'Omschrijving'], ['Acme', '2025-01-01', 'x']], 3)], S);
    expect(out.incidents).toEqual([]);
    expect(out.problems).toEqual([{ code: 'missingColumn', severity: 'error', sheet: 'I', params: { field: 'impact', headerRow: 3 } }]);
  });

  it('reports noTableFound as an error when nothing was found, as a warning otherwise', () => {
    const notes = raw('Notes', [['Some notes'], ['more']]);
    expect(parseTables([notes], S).problems).toEqual([{ code: 'noTableFound', severity: 'error', sheet: 'Notes' }]);
    const good = raw('S', [['Supplier', 'Affective', 'Calculative'], ['Acme', 3, 3]]);
    expect(parseTables([notes, good], S).problems).toEqual([{ code: 'noTableFound', severity: 'warning', sheet: 'Notes' }]);
    expect(parseTables([raw('Empty', [[null]])], S).problems).toEqual([{ code: 'noTableFound', severity: 'error', sheet: 'Empty' }]);
    expect(parseTables([], S).problems).toEqual([{ code: 'noTableFound', severity: 'error', sheet: '' }]);
  });

  it('stops at the row limit with tooManyRows and keeps the rows before it', () => {
    const rows = Array.from({ length: 5 }, (_, i) => [`S${i}`, 3, 3]);
    const out = parseTables([raw('Big', [['Supplier', 'Affective', 'Calculative'], ...rows])], S, {}, { maxRows: 3 });
    expect(out.problems).toEqual([{ code: 'tooManyRows', severity: 'error', sheet: 'Big', params: { count: 5, limit: 3 } }]);
    expect(out.suppliers.map((s) => s.supplier)).toEqual(['S0', 'S1', 'S2']);
  });

  it('handles a large sheet (50,000 rows) without problems', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => [`Supplier ${i}`, (i % 5) + 1, '3,5']);
    const out = parseTables([raw('Big', [['Supplier', 'Affective', 'Calculative'], ...rows])], S);
    expect(out.suppliers).toHaveLength(50_000);
    expect(out.suppliers[49_999]).toMatchObject({ supplier: 'Supplier 49999', affective: 5, calculative: 3.5, source: { row: 50_001 } });
    expect(out.problems).toEqual([]);
  });

  it('applies an explicit column mapping', () => {
    const out = parseTables([raw('S', [['Naam', 'Warmte', 'Geld'], ['Acme', 4, 2]])], S, { supplier: 'Naam', affective: 'Warmte', calculative: 'Geld' });
    expect(out.suppliers).toEqual([{ supplier: 'Acme', affective: 4, calculative: 2, source: { sheet: 'S', row: 2 } }]);
  });
});
