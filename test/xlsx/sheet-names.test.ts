import { cleanSheetName, uniqueSheetName } from '../../src/xlsx/sheet-names';

describe('sheet names', () => {
  it('numbers a clash case-insensitively and keeps the result within 31 characters', () => {
    expect(uniqueSheetName('Results', new Set(['data']))).toBe('Results');
    expect(uniqueSheetName('Results', new Set(['results']))).toBe('Results (2)');
    expect(uniqueSheetName('Results', new Set(['results', 'results (2)']))).toBe('Results (3)');
    const long = 'Relatietypologie per leverancier'; // 32 characters
    const name = uniqueSheetName(long, new Set([long.slice(0, 31).toLowerCase()]));
    expect(name).toBe('Relatietypologie per levera (2)');
    expect(name.length).toBeLessThanOrEqual(31);
  });

  it('removes characters Excel forbids', () => {
    expect(cleanSheetName("'Q1/Q2: [draft]?'")).toBe('Q1 Q2   draft');
    expect(cleanSheetName('***')).toBe('RMO');
  });
});
