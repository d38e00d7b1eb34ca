/**
 * Choosing tables: the key that survives a re-scan, the filter a run applies to what
 * the shell read, and what the pane sends given the last scan and the unchecked tables.
 */
import { filterTables, selectionFor, tableKey } from '../../src/taskpane/selection';
import type { TableChoice } from '../../src/taskpane/types';

const raw = (sheet: string, table?: string) => ({ sheet, ...(table === undefined ? {} : { table }), firstRow: 1, firstCol: 1, values: [] });

describe('tableKey', () => {
  it('is the same for the same sheet and table, whatever else the object holds', () => {
    expect(tableKey({ sheet: 'S', table: 'T' })).toBe(tableKey(raw('S', 'T')));
    expect(tableKey({ sheet: 'S' })).toBe(tableKey({ sheet: 'S', table: undefined }));
  });

  it('tells a table from the used range, sheets from tables, and does not let names run together', () => {
    const keys = [
      tableKey({ sheet: 'S' }),
      tableKey({ sheet: 'S', table: 'T' }),
      tableKey({ sheet: 'T', table: 'S' }),
      tableKey({ sheet: 'ST' }),
      tableKey({ sheet: 'S', table: 'T2' }),
      tableKey({ sheet: 's', table: 'T' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('filterTables', () => {
  const all = [raw('A', 'T1'), raw('A', 'T2'), raw('B'), raw('C')];

  it('keeps every table when nothing was chosen (the pane was never scanned)', () => {
    expect(filterTables(all, undefined)).toEqual(all);
  });

  it('keeps only the chosen tables, in workbook order, as the same objects', () => {
    const kept = filterTables(all, [{ sheet: 'C' }, { sheet: 'A', table: 'T1' }]);
    expect(kept).toHaveLength(2);
    expect(kept[0]).toBe(all[0]);
    expect(kept[1]).toBe(all[3]);
  });

  it('a chosen table is not the used range of its sheet, nor the other way round', () => {
    expect(filterTables(all, [{ sheet: 'B', table: 'T1' }, { sheet: 'A' }])).toEqual([]);
  });

  it('an empty choice keeps nothing; a chosen table that no longer exists is ignored', () => {
    expect(filterTables(all, [])).toEqual([]);
    expect(filterTables(all, [{ sheet: 'Gone' }, { sheet: 'B' }])).toEqual([raw('B')]);
  });

  it('does not change the list it was given', () => {
    const copy = [...all];
    filterTables(all, [{ sheet: 'B' }]);
    expect(all).toEqual(copy);
  });
});

describe('selectionFor', () => {
  const choices: TableChoice[] = [
    { sheet: 'Scores', table: 'tblScores', kind: 'supplier', rows: 3 },
    { sheet: 'Log', table: 'tblLog', kind: 'incident', rows: 5 },
    { sheet: 'Team', kind: 'manager', rows: 1 },
    { sheet: 'Notes', rows: 0, missing: [] },
    { sheet: 'Old', table: 'tblOld', rows: 4, missing: ['affective'] },
  ];

  it('without a scan sends no selection, so the run takes every table', () => {
    expect(selectionFor(undefined, new Set([tableKey({ sheet: 'Log', table: 'tblLog' })]))).toBeUndefined();
  });

  it('sends the recognised tables, leaving out unrecognised ones, as bare sheet/table references', () => {
    expect(selectionFor(choices, new Set())).toEqual([{ sheet: 'Scores', table: 'tblScores' }, { sheet: 'Log', table: 'tblLog' }, { sheet: 'Team' }]);
  });

  it('leaves out the unchecked ones', () => {
    const unchecked = new Set([tableKey({ sheet: 'Log', table: 'tblLog' }), tableKey({ sheet: 'Team' })]);
    expect(selectionFor(choices, unchecked)).toEqual([{ sheet: 'Scores', table: 'tblScores' }]);
  });

  it('after a re-scan an unchecked table that still exists stays out and a new one is in', () => {
    const unchecked = new Set([tableKey({ sheet: 'Log', table: 'tblLog' }), tableKey({ sheet: 'Gone' })]);
    const rescanned: TableChoice[] = [
      { sheet: 'Log', table: 'tblLog', kind: 'incident', rows: 6 },
      { sheet: 'New', table: 'tblNew', kind: 'incident', rows: 2 },
    ];
    expect(selectionFor(rescanned, unchecked)).toEqual([{ sheet: 'New', table: 'tblNew' }]);
  });

  it('everything unchecked gives an empty selection, not "every table"', () => {
    const unchecked = new Set(choices.map(tableKey));
    expect(selectionFor(choices, unchecked)).toEqual([]);
  });
});
