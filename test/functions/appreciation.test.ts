import { appreciationCore, statusCore } from '../../src/functions/appreciation-core';
import { setDefaultLanguage } from '../../src/functions/language';
import { isoFromSerial } from '../../src/model';

afterEach(() => {
  setDefaultLanguage('en');
  jest.useRealTimers();
});

/** Makes "today" the given Excel serial day (noon, local time), for as_of left empty. */
function onDay(serial: number): void {
  const [y, m, d] = isoFromSerial(serial).split('-').map(Number);
  jest.useFakeTimers({ now: new Date(y, m - 1, d, 12) });
}

// Two incidents of -4, 180 days apart, half-life 180: the first has halved to -2 when
// the second lands, so the value on day 45180 is -6; another 180 days later it is -3.
const dates = [[45000], [45180]];
const impacts = [[-4], [-4]];

describe('APPRECIATION', () => {
  it('decays with the half-life and defaults as_of to today', () => {
    onDay(45180);
    expect(appreciationCore(dates, impacts, null, 180)).toBeCloseTo(-6, 10);
    onDay(45360);
    expect(appreciationCore(dates, impacts, null, 180)).toBeCloseTo(-3, 10);
    expect(appreciationCore(dates, impacts, 45360, 180)).toBeCloseTo(-3, 10);
    expect(appreciationCore(dates, impacts, 45090, 180)).toBeCloseTo(-4 / Math.SQRT2, 10);
  });

  it('switches decay off with half-life 0 and ignores incidents after as_of', () => {
    expect(appreciationCore(dates, impacts, 46000, 0)).toBe(-8);
    expect(appreciationCore(dates, impacts, 45100, 0)).toBe(-4);
  });

  it('reads ISO date text, text impacts with a decimal comma, and skips empty rows', () => {
    // 2023-03-15 is serial 45000; 2023-09-11 is 180 days later.
    const d = [['2023-03-15'], ['2023-09-11'], [''], [null]];
    const v = [['-4'], ['-4,0'], [''], ['']];
    onDay(45180);
    expect(appreciationCore(d, v, null, 180)).toBeCloseTo(-6, 10);
    expect(appreciationCore(d, v, '2024-03-09', 180)).toBeCloseTo(-3, 10);
  });

  it('is 0 without incidents', () => {
    expect(appreciationCore([['']], [['']])).toBe(0);
  });

  it('names the cell when a date or impact is missing or wrong', () => {
    expect(appreciationCore([[45000], ['']], [[-4], [-2]])).toEqual({ error: 'A value is required here, but the cell is empty. (row 2, column 1 of the range)' });
    expect(appreciationCore([[45000], [45001]], [[-4], ['']])).toEqual({ error: 'A value is required here, but the cell is empty. (row 2, column 1 of the range)' });
    expect(appreciationCore([[45000, 'morgen']], [[-4, 1]])).toEqual({ error: 'Expected a date, got "morgen". (row 1, column 2 of the range)' });
    expect(appreciationCore([[45000]], [['veel']])).toEqual({ error: 'Expected an impact number, got "veel". (row 1, column 1 of the range)' });
  });

  it('rejects mismatched ranges, a bad as_of and a negative half-life', () => {
    expect(appreciationCore([[45000], [45001]], [[-4]])).toEqual({ error: 'The ranges must have the same size.' });
    expect(appreciationCore(dates, impacts, 'yesterday')).toEqual({ error: 'Expected a date, got "yesterday".' });
    expect(appreciationCore(dates, impacts, null, -1)).toEqual({ error: 'The half-life cannot be negative (0 switches decay off).' });
    expect(appreciationCore(dates, impacts, null, 'long')).toEqual({ error: 'Expected a number, got "long".' });
  });

  it('writes its errors in the default language', () => {
    setDefaultLanguage('nl');
    expect(appreciationCore([[45000], [45001]], [[-4]])).toEqual({ error: 'De bereiken moeten even groot zijn.' });
  });
});

describe('STATUS', () => {
  it('is Normal, Critical or Euphoria against the default bounds ±6', () => {
    onDay(45000);
    expect(statusCore([[45000]], [[3]])).toBe('Normal');
    expect(statusCore([[45000]], [[-7]])).toBe('Critical');
    expect(statusCore([[45000]], [[7]])).toBe('Euphoria');
    expect(statusCore([[45000]], [[-6]])).toBe('Normal'); // on the bound is still inside
  });

  it('follows the decay back inside: -7 returns to -6 after 180·log2(7/6) ≈ 40.0 days', () => {
    expect(statusCore([[45000]], [[-7]], 45039, 180)).toBe('Critical');
    expect(statusCore([[45000]], [[-7]], 45041, 180)).toBe('Normal');
  });

  it('appends the prolonged text once an excursion lasts longer than prolonged_days', () => {
    expect(statusCore([[45000]], [[-7]], 45060, 0)).toBe('Critical');
    expect(statusCore([[45000]], [[-7]], 45061, 0)).toBe('Critical — Prolonged outside bounds');
    expect(statusCore([[45000]], [[-7]], 45061, 0, null, null, null, 'nl')).toBe('Kritisch — Langdurig buiten de grenzen');
    expect(statusCore([[45000]], [[7]], 45011, 0, null, null, 10)).toBe('Euphoria — Prolonged outside bounds');
  });

  it('evaluates on today when as_of is empty, not on the last incident of the range', () => {
    // -7 on day 45000 is Critical that day; 100 days later, halved every 180 days, it is
    // -7·2^(-100/180) ≈ -4.8: Normal, as the Results sheet of a run on that day says.
    onDay(45000);
    expect(statusCore([[45000]], [[-7]], null, 180)).toBe('Critical');
    onDay(45100);
    expect(statusCore([[45000]], [[-7]], null, 180)).toBe('Normal');
    expect(appreciationCore([[45000]], [[-7]], null, 180)).toBeCloseTo(-7 * Math.pow(2, -100 / 180), 10);
    // Without decay (the default) the same incident is still critical, and prolonged after 100 days.
    expect(statusCore([[45000]], [[-7]])).toBe('Critical — Prolonged outside bounds');
    // An incident dated after today is left out, as after any as_of.
    expect(appreciationCore([[45000], [45200]], [[-7], [-3]], null, 0)).toBe(-7);
  });

  it('takes custom bounds', () => {
    onDay(45000);
    expect(statusCore([[45000]], [[-7]], null, null, -8)).toBe('Normal');
    expect(statusCore([[45000]], [[5]], null, null, null, '4,5', null, 'nl')).toBe('Euforie');
  });

  it('rejects bounds on the wrong side of zero and an unknown language', () => {
    expect(statusCore([[45000]], [[1]], null, null, 1)).toEqual({ error: 'The critical bound must be below zero.' });
    expect(statusCore([[45000]], [[1]], null, null, null, -2, null, 'nl')).toEqual({ error: 'De euforiegrens moet boven nul liggen.' });
    expect(statusCore([[45000]], [[1]], null, null, null, null, -1)).toEqual({ error: 'The number of days for "prolonged" cannot be negative.' });
    expect(statusCore([[45000]], [[1]], null, null, null, null, null, 'xx')).toEqual({ error: 'Unknown language "xx"; use "en" or "nl".' });
  });
});

describe('the personal and business lines (guide 002: "de beleefde en de zakelijke waardering")', () => {
  // No decay (the default). Interpersonal -7 on day 45000, business -3 and external -2 after it.
  const d = [[45000], [45010], [45020]];
  const v = [[-7], [-3], [-2]];
  const k = [['Interpersoonlijk'], ['business'], ['extern']];

  it('sums only interpersonal incidents on the personal line, business and external ones on the business line', () => {
    expect(appreciationCore(d, v, null, null, k, 'personal')).toBe(-7);
    expect(appreciationCore(d, v, null, null, k, 'zakelijk')).toBe(-5);
    expect(appreciationCore(d, v, null, null, k)).toBe(-12);
  });

  it('gives each line its own status against the bounds, evaluated on the same day', () => {
    // Personal -7 < -6 since day 45000; on 45100 that is 100 days (> 60): prolonged.
    expect(statusCore(d, v, 45100, null, null, null, null, 'en', k, 'personal')).toBe('Critical — Prolonged outside bounds');
    expect(statusCore(d, v, 45100, null, null, null, null, 'nl', k, 'beleefd')).toBe('Kritisch — Langdurig buiten de grenzen');
    expect(statusCore(d, v, 45100, null, null, null, null, 'en', k, 'business')).toBe('Normal');
  });

  it('says what is wrong with the line and category arguments', () => {
    expect(statusCore(d, v, null, null, null, null, null, 'en', null, 'personal')).toEqual({ error: 'The personal and business lines need the incident categories (the categories argument).' });
    expect(statusCore(d, v, null, null, null, null, null, 'en', k, 'mood')).toEqual({ error: 'Unknown appreciation line "mood"; use "personal", "business" or "combined".' });
    expect(statusCore(d, v, null, null, null, null, null, 'en', [['x'], [''], ['']], 'personal')).toEqual({
      error: '"x" is not an incident category; use external, interpersonal or business (or leave it empty). (row 1, column 1 of the range)',
    });
  });
});
