import { dateToSerial, rawValue, serialToDate } from '../../src/xlsx/cells';

describe('cells', () => {
  it('converts dates to Excel serial days (1900 system)', () => {
    expect(dateToSerial(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
    // 2024-02-29: 2024-01-01 is 45292, plus 31 + 28.
    expect(dateToSerial(new Date(Date.UTC(2024, 1, 29)))).toBe(45351);
    expect(dateToSerial(new Date(Date.UTC(2024, 1, 29, 12)))).toBe(45351.5);
    expect(serialToDate(45351).toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('flattens exceljs values', () => {
    expect(rawValue(undefined)).toBeNull();
    expect(rawValue({ formula: 'A1', result: undefined } as never)).toBeNull();
    expect(rawValue({ formula: 'TODAY()', result: new Date(Date.UTC(1970, 0, 2)) } as never)).toBe(25570);
    expect(rawValue({ sharedFormula: 'A1', result: 'x' } as never)).toBe('x');
    expect(rawValue({ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'h' } as never)).toBe('ab');
    expect(rawValue({ error: '#REF!' } as never)).toBe('#REF!');
    expect(rawValue(NaN)).toBeNull();
  });
});
