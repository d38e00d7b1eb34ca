import fc from 'fast-check';
import { periodKey, sortPeriods } from '../../src/analysis';

describe('period ordering', () => {
  it('reads calendar periods as their first day', () => {
    expect(periodKey('2025')).toBe(20250101);
    expect(periodKey('2025-03')).toBe(20250301);
    expect(periodKey('2025-03-15')).toBe(20250315);
    expect(periodKey('15-03-2025')).toBe(20250315);
    expect(periodKey('2025-Q2')).toBe(20250401);
    expect(periodKey('Q4 2024')).toBe(20241001);
    expect(periodKey('K3 2025')).toBe(20250701);
    expect(periodKey('2025 H2')).toBe(20250701);
    expect(periodKey('2025-13')).toBeUndefined();
    expect(periodKey('Baseline')).toBeUndefined();
  });

  it('puts Q4 2024 before Q1 2025, although text order says otherwise', () => {
    expect('Q4 2024'.localeCompare('Q1 2025')).toBeGreaterThan(0);
    expect(sortPeriods(['Q1 2025', 'Q4 2024', 'Q2 2025'])).toEqual(['Q4 2024', 'Q1 2025', 'Q2 2025']);
  });

  it('puts 2024-12 before 2025-01 and mixes formats chronologically', () => {
    expect(sortPeriods(['2025-01', '2024-12'])).toEqual(['2024-12', '2025-01']);
    expect(sortPeriods(['2025-02', '2025-Q1', '2024'])).toEqual(['2024', '2025-Q1', '2025-02']);
    expect(sortPeriods(['01-02-2025', '15-01-2025'])).toEqual(['15-01-2025', '01-02-2025']);
  });

  it('falls back to natural order when any period is not a calendar period', () => {
    expect(sortPeriods(['Period 10', 'Period 2', 'Period 1'])).toEqual(['Period 1', 'Period 2', 'Period 10']);
    // "Q4 2024" would come first chronologically; with "Start" present the whole set sorts as text.
    expect(sortPeriods(['Q4 2024', 'Q1 2025', 'Start'])).toEqual(['Q1 2025', 'Q4 2024', 'Start']);
  });

  it('drops duplicates and sorts a blank period first', () => {
    expect(sortPeriods(['2025', '', '2024', '2025'])).toEqual(['', '2024', '2025']);
  });
});

describe('period ordering (property)', () => {
  // Independent route: sort (year, quarter) pairs numerically, then format them.
  it('sorts any set of "Qn yyyy" and "yyyy-Qn" quarters chronologically', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 1, max: 4 })), { selector: ([y, q]) => y * 10 + q, minLength: 1, maxLength: 12 }), fc.boolean(), (pairs, yearFirst) => {
        const text = ([y, q]: [number, number]) => (yearFirst ? `${y}-Q${q}` : `Q${q} ${y}`);
        const expected = [...pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(text);
        expect(sortPeriods(pairs.map(text))).toEqual(expected);
      }),
    );
  });
});
