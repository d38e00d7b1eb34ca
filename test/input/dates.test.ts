import fc from 'fast-check';
import { coerceDate, isDateFormat, isoFromSerial, monthFromName, parseDateText, serialFromDate } from '../../src/input';

/** Independent route to a serial: milliseconds between the date and 1899-12-30, in days. */
const xl = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe('serial arithmetic', () => {
  it('matches known serials', () => {
    // 2025-01-01: 125 years × 365 + 31 leap days (1904…2024, 1900 not leap) = 45656 days after
    // 1900-01-01, and 1900-01-01 is serial 2 (serial 0 = 1899-12-30), so 45658.
    expect(serialFromDate(2025, 1, 1)).toBe(45658);
    expect(xl(2025, 1, 1)).toBe(45658);
    expect(serialFromDate(1899, 12, 31)).toBe(1);
    expect(serialFromDate(9999, 12, 31)).toBe(2958465);
  });

  it('agrees with Date.UTC over the whole Excel range (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (d) => {
        const y = d.getUTCFullYear();
        const m = d.getUTCMonth() + 1;
        const day = d.getUTCDate();
        const s = serialFromDate(y, m, day);
        return s === xl(y, m, day) && isoFromSerial(s!) === d.toISOString().slice(0, 10);
      }),
    );
  });

  it('rejects dates that do not exist or fall outside Excel', () => {
    expect(serialFromDate(2025, 2, 29)).toBeUndefined();
    expect(serialFromDate(2024, 2, 29)).toBe(xl(2024, 2, 29));
    expect(serialFromDate(1900, 2, 29)).toBeUndefined();
    expect(serialFromDate(2000, 2, 29)).toBe(xl(2000, 2, 29));
    expect(serialFromDate(2025, 4, 31)).toBeUndefined();
    expect(serialFromDate(2025, 13, 1)).toBeUndefined();
    expect(serialFromDate(1899, 12, 30)).toBeUndefined();
    expect(serialFromDate(10000, 1, 1)).toBeUndefined();
  });
});

describe('coerceDate', () => {
  const jan31 = xl(2025, 1, 31);

  it.each([
    [45658, 45658],
    [45658.75, 45658], // the time of day is dropped
    [1, 1],
    [2958465, 2958465],
  ])('takes number %p as serial %p', (cell, serial) => {
    expect(coerceDate(cell)).toEqual({ kind: 'ok', value: serial });
  });

  it.each([0, -5, 2958466, 0.5])('rejects out-of-range serial %p', (n) => {
    expect(coerceDate(n).kind).toBe('invalid');
  });

  it('converts a JS Date (exceljs) by its UTC calendar date', () => {
    expect(coerceDate(new Date(Date.UTC(2025, 0, 1)))).toEqual({ kind: 'ok', value: 45658 });
    expect(coerceDate(new Date(Date.UTC(2025, 0, 31, 23, 30)))).toEqual({ kind: 'ok', value: jan31 });
    expect(coerceDate(new Date(NaN)).kind).toBe('invalid');
  });

  it.each([
    '2025-01-31',
    '2025-1-31',
    '2025/01/31',
    '31-01-2025',
    '31/01/2025',
    '31.1.2025',
    '31-1-25',
    '31 januari 2025',
    '31 Januari 2025',
    '31 jan 2025',
    '31 jan. 2025',
    '31-jan-2025',
    '31 January 2025',
    'January 31, 2025',
    'Jan 31 2025',
    'january 31st, 2025',
    'Friday, January 31, 2025',
    'vrijdag 31 januari 2025',
    '2025-01-31T14:30:00',
    '2025-01-31T14:30:00.000Z',
    '2025-01-31 14:30',
    '2025-01-31T23:30:00+02:00',
    '  31-01-2025  ',
  ])('reads "%s" as 2025-01-31', (text) => {
    expect(coerceDate(text)).toEqual({ kind: 'ok', value: jan31 });
  });

  it('reads ambiguous numeric dates day first (Dutch/European)', () => {
    expect(parseDateText('03-04-2025')).toBe(xl(2025, 4, 3));
    expect(parseDateText('03/04/2025')).toBe(xl(2025, 4, 3));
    expect(parseDateText('12.11.2025')).toBe(xl(2025, 11, 12));
  });

  it('reads a first number above 12 as the day and a second above 12 as US month/day', () => {
    expect(parseDateText('13/04/2025')).toBe(xl(2025, 4, 13));
    expect(parseDateText('04/13/2025')).toBe(xl(2025, 4, 13));
    expect(parseDateText('12/31/2025')).toBe(xl(2025, 12, 31));
  });

  it('reads Dutch month names and abbreviations', () => {
    expect(parseDateText('1 maart 2025')).toBe(xl(2025, 3, 1));
    expect(parseDateText('1 mrt 2025')).toBe(xl(2025, 3, 1));
    expect(parseDateText('15 mei 2024')).toBe(xl(2024, 5, 15));
    expect(parseDateText('3 okt. 2024')).toBe(xl(2024, 10, 3));
    expect(parseDateText('maart 3, 2025')).toBe(xl(2025, 3, 3));
    expect(monthFromName('Augustus')).toBe(8);
    expect(monthFromName('ma')).toBeUndefined();
  });

  it('reads two-digit years as Excel does (00–29 → 2000s, 30–99 → 1900s)', () => {
    expect(parseDateText('1-2-29')).toBe(xl(2029, 2, 1));
    expect(parseDateText('1-2-30')).toBe(xl(1930, 2, 1));
  });

  it.each(['31-02-2025', '29-02-2025', '2025-02-30', '32-01-2025', '13/13/2025', '31 foo 2025', 'abc', '2025', '31-01/2025', '45658'])(
    'rejects "%s" as not a date',
    (text) => {
      expect(coerceDate(text)).toEqual({ kind: 'invalid', text });
    },
  );

  it('rejects booleans and reports blanks and error values', () => {
    expect(coerceDate(true).kind).toBe('invalid');
    expect(coerceDate(null)).toEqual({ kind: 'blank' });
    expect(coerceDate(' ')).toEqual({ kind: 'blank' });
    expect(coerceDate('#N/A')).toEqual({ kind: 'error', text: '#N/A' });
    expect(coerceDate({ error: '#REF!' })).toEqual({ kind: 'error', text: '#REF!' });
  });
});

describe('isDateFormat', () => {
  it.each(['d-m-yyyy', 'dd/mm/yyyy', 'mmm-yy', '[$-413]d mmmm yyyy', 'yyyy-mm-dd hh:mm'])('"%s" shows a date', (f) => {
    expect(isDateFormat(f)).toBe(true);
  });
  it.each(['General', '0.00', '#,##0', '"Day "0', '', undefined])('"%s" does not', (f) => {
    expect(isDateFormat(f)).toBe(false);
  });
});
