import { isBlank, readDate, readFlag, readNumber, cellText } from '../../src/functions/cells';

describe('readNumber', () => {
  it('takes numbers and decimal text with a point or a Dutch comma', () => {
    expect(readNumber(4)).toEqual({ ok: true, value: 4 });
    expect(readNumber('3,5')).toEqual({ ok: true, value: 3.5 });
    expect(readNumber(' 3.5 ')).toEqual({ ok: true, value: 3.5 });
    expect(readNumber('-2,25')).toEqual({ ok: true, value: -2.25 });
    expect(readNumber(',5')).toEqual({ ok: true, value: 0.5 });
  });

  it('tells blanks apart from things that are no number', () => {
    expect(readNumber('')).toEqual({ ok: false, blank: true });
    expect(readNumber(null)).toEqual({ ok: false, blank: true });
    expect(readNumber(undefined)).toEqual({ ok: false, blank: true });
    for (const x of ['abc', '1,234,5', '3,5,1', '1.234,5', true, { code: '#N/A' }, NaN, Infinity]) {
      expect(readNumber(x)).toEqual({ ok: false, blank: false });
    }
  });
});

describe('readFlag', () => {
  it('reads TRUE/FALSE, 1/0 and the Dutch WAAR/ONWAAR; blank is not reversed', () => {
    expect([true, 1, 'TRUE', 'waar', '1'].map(readFlag)).toEqual([true, true, true, true, true]);
    expect([false, 0, 'false', 'ONWAAR', '0', '', null].map(readFlag)).toEqual([false, false, false, false, false, false, false]);
    expect(readFlag('yes')).toBeUndefined();
    expect(readFlag(2)).toBeUndefined();
  });
});

describe('readDate', () => {
  it('keeps serials and converts ISO text to the Excel serial (2023-01-01 is 44927)', () => {
    expect(readDate(45000)).toBe(45000);
    expect(readDate('2023-01-01')).toBe(44927);
    // 31 days of January + 28 of February + 14 → 44927 + 73.
    expect(readDate('2023-03-15')).toBe(45000);
  });

  it('rejects impossible dates and other text', () => {
    expect(readDate('2023-02-30')).toBeUndefined();
    expect(readDate('15-3-2023')).toBeUndefined();
    expect(readDate(true)).toBeUndefined();
  });
});

describe('isBlank and cellText', () => {
  it('treats null, undefined and whitespace as blank but not 0', () => {
    expect([null, undefined, '', '  '].every(isBlank)).toBe(true);
    expect(isBlank(0)).toBe(false);
  });

  it('shows error values by their code and booleans as Excel does', () => {
    expect(cellText({ code: '#DIV/0!' })).toBe('#DIV/0!');
    expect(cellText(false)).toBe('FALSE');
  });
});
