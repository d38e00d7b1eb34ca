import fc from 'fast-check';
import { cleanSheetName, MAX_SHEET_NAME, uniqueSheetName } from '../../src/report/sheet-names';
import { isValidSheetName } from '../../src/report';

describe('uniqueSheetName', () => {
  it('keeps a free name and numbers a taken one, case-insensitively', () => {
    expect(uniqueSheetName('Results', ['Data'])).toBe('Results');
    expect(uniqueSheetName('Results', ['results'])).toBe('Results (2)');
    expect(uniqueSheetName('Results', ['Results', 'RESULTS (2)'])).toBe('Results (3)');
  });

  it('accepts the taken names as a lower-cased set, as the .xlsx shell keeps them', () => {
    expect(uniqueSheetName('Results', new Set(['data']))).toBe('Results');
    expect(uniqueSheetName('Results', new Set(['results']))).toBe('Results (2)');
    expect(uniqueSheetName('Results', new Set(['results', 'results (2)']))).toBe('Results (3)');
  });

  it('stays within 31 characters when numbering', () => {
    const long = 'Relatiemanagement resultaten 24'; // 31 characters
    const name = uniqueSheetName(long, [long]);
    expect(name).toBe('Relatiemanagement resultate (2)');
    expect(name.length).toBe(31);
  });

  it('numbers a name that clashes only after cutting to 31 characters', () => {
    const long = 'Relatietypologie per leverancier'; // 32 characters
    const name = uniqueSheetName(long, new Set([long.slice(0, 31).toLowerCase()]));
    expect(name).toBe('Relatietypologie per levera (2)');
    expect(name.length).toBeLessThanOrEqual(31);
  });

  it('always gives a name Excel accepts that no taken sheet has', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(fc.string({ maxLength: 35 }), { maxLength: 5 }), (wanted, taken) => {
        const name = uniqueSheetName(wanted, taken);
        expect(isValidSheetName(name)).toBe(true);
        expect(taken.map((t) => t.toLowerCase())).not.toContain(name.toLowerCase());
      }),
    );
  });
});

describe('cleanSheetName', () => {
  it('replaces characters Excel forbids by spaces', () => {
    expect(cleanSheetName('a/b:c*d?[e]')).toBe('a b c d  e');
  });

  it('removes apostrophes and blanks at either end and falls back to "RMO" when nothing is left', () => {
    expect(cleanSheetName("'Q1/Q2: [draft]?'")).toBe('Q1 Q2   draft');
    expect(cleanSheetName('***')).toBe('RMO');
    expect(cleanSheetName(" 'quoted' ")).toBe('quoted');
  });

  it('does not let the cut to 31 characters leave an apostrophe at the end', () => {
    const name = `${'x'.repeat(30)}'s sheet`; // the apostrophe is the 31st character
    expect(cleanSheetName(name)).toBe('x'.repeat(30));
  });

  it('keeps a valid name as it is', () => {
    expect(cleanSheetName("Supplier's view")).toBe("Supplier's view");
    expect(cleanSheetName('x'.repeat(MAX_SHEET_NAME))).toBe('x'.repeat(31));
  });
});
