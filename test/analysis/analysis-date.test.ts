/**
 * The one analysis-date rule (model/analysis-date.ts) and what it leaves out in analyse:
 * incidents after it, and periods that start after it (issue 6).
 */
import { analyse, periodStartDay } from '../../src/analysis';
import { problemText } from '../../src/input';
import { analysisDate, serialDayOf, serialFromDate } from '../../src/model';
import { inc, input, JAN1, mgr, NO_DECAY, sup } from './fixtures';

const day = (y: number, m: number, d: number) => serialFromDate(y, m, d)!;

describe('the analysis-date rule', () => {
  it('takes the date set, else today, else (no clock) the latest incident', () => {
    expect(analysisDate(100, 200, [300])).toEqual({ day: 100, source: 'set' });
    expect(analysisDate(undefined, 200, [300])).toEqual({ day: 200, source: 'today' });
    expect(analysisDate(undefined, undefined, [300, 500, 400])).toEqual({ day: 500, source: 'latestIncident' });
    expect(analysisDate(undefined, undefined, [])).toBeUndefined();
  });

  it("reads today as the local calendar day, whatever the hour (Excel's TODAY())", () => {
    // 1 December 2026: 2026-01-01 is 46023, plus 334 days.
    expect(serialDayOf(new Date(2026, 11, 1, 0, 0, 1))).toBe(46357);
    expect(serialDayOf(new Date(2026, 11, 1, 23, 59, 59))).toBe(46357);
  });
});

describe('periods as date ranges', () => {
  it('starts each readable period on its first day, Dutch quarters (K) included', () => {
    expect(periodStartDay('2025-Q3')).toBe(day(2025, 7, 1));
    expect(periodStartDay('2025-K3')).toBe(day(2025, 7, 1));
    expect(periodStartDay('Q1 2025')).toBe(day(2025, 1, 1));
    expect(periodStartDay('2025-H2')).toBe(day(2025, 7, 1));
    expect(periodStartDay('2025-03')).toBe(day(2025, 3, 1));
    expect(periodStartDay('2025')).toBe(day(2025, 1, 1));
    expect(periodStartDay('Round 2')).toBeUndefined();
    expect(periodStartDay('2025-02-30')).toBeUndefined(); // no such day
  });
});

describe('analyse: periods after the analysis date', () => {
  const rows = [
    sup('A', { period: '2025-Q2', calculative: 4, affective: 4 }),
    sup('A', { period: '2025-Q3', calculative: 2, affective: 2 }),
    sup('B', { period: '2025-H1', calculative: 2, affective: 4 }),
    sup('B', { period: '2025-H2', calculative: 4, affective: 2 }),
  ];
  const incidents = [inc('A', day(2025, 6, 1), -7)];

  it('leaves out periods that start after a date set by the user, keeps the one containing it', () => {
    const r = analyse(input({ suppliers: rows, incidents }), { ...NO_DECAY, asOf: day(2025, 6, 30) });
    const a = r.suppliers.find((s) => s.supplier === 'A')!;
    expect([a.period, a.type]).toEqual(['2025-Q2', 'pillar']);
    expect(a.periods).toHaveLength(1);
    expect(r.suppliers.find((s) => s.supplier === 'B')!.type).toBe('prospect');
    expect(r.periods).toEqual(['2025-H1', '2025-Q2']);
    expect(r.periodsAfterAsOf).toEqual(['2025-Q3', '2025-H2']);
    expect(r.asOfSource).toBe('set');
    // On the first day of Q3, Q3 has started: it is kept.
    const q3 = analyse(input({ suppliers: rows, incidents }), { ...NO_DECAY, asOf: day(2025, 7, 1) });
    expect(q3.suppliers.find((s) => s.supplier === 'A')!.type).toBe('freeRider');
  });

  it("does the same with today's date when none is set", () => {
    const r = analyse(input({ suppliers: rows, incidents }), { ...NO_DECAY, today: day(2025, 5, 15) });
    expect(r.asOf).toBe(day(2025, 5, 15));
    expect(r.asOfSource).toBe('today');
    expect(r.periodsAfterAsOf).toEqual(['2025-Q3', '2025-H2']);
    expect(r.problems).toEqual([]);
  });

  it('leaves no period out for a caller without a date or clock (the latest-incident fallback)', () => {
    const r = analyse(input({ suppliers: rows, incidents }), NO_DECAY);
    expect(r.asOfSource).toBe('latestIncident');
    expect(r.suppliers.find((s) => s.supplier === 'A')!.period).toBe('2025-Q3');
    expect(r.periodsAfterAsOf).toEqual([]);
  });

  it('leaves out manager rows of later periods too, so a role is not read from the future', () => {
    const r = analyse(
      input({
        suppliers: [sup('A', { period: '2025-Q2', calculative: 4, affective: 4, manager: 'Jan' })],
        managers: [mgr('Jan', 4, 4, '2025-Q1'), mgr('Jan', 2, 2, '2025-Q4')],
      }),
      { ...NO_DECAY, asOf: day(2025, 6, 30) },
    );
    // Without a Q2 row the latest manager row up to the date is used: Q1, representative (both high).
    expect(r.suppliers[0].role).toBe('representative');
  });

  it('keeps periods that cannot be read as dates and notes each once, with sheet, row and column, in both languages', () => {
    const text = [
      sup('C', { period: 'Round 1', calculative: 4, affective: 4 }),
      sup('C', { period: 'Round 2', calculative: 2, affective: 2 }),
      sup('D', { period: 'Round 2', calculative: 2, affective: 2 }),
    ];
    const r = analyse(input({ suppliers: text }), { ...NO_DECAY, asOf: JAN1 });
    expect(r.suppliers.find((s) => s.supplier === 'C')!.period).toBe('Round 2');
    expect(r.problems.map((p) => [p.code, p.severity, p.value, p.row])).toEqual([
      ['periodNotADate', 'warning', 'Round 1', text[0].source.row],
      ['periodNotADate', 'warning', 'Round 2', text[1].source.row],
    ]);
    expect(problemText(r.problems[0], 'en')).toBe(
      `Sheet "Suppliers", row ${text[0].source.row}, column Period: period "Round 1" cannot be read as a date, so it is used whatever the analysis date; write periods such as 2025-Q3, 2025-H2, 2025-03 or 2025 to leave out those after the analysis date.`,
    );
    expect(problemText(r.problems[0], 'nl')).toMatch(/^Blad "Suppliers", rij \d+, kolom Periode: periode "Round 1" is niet als datum te lezen/);
    // Today's date was not asked for by the user: no note then.
    expect(analyse(input({ suppliers: text }), { ...NO_DECAY, today: JAN1 }).problems).toEqual([]);
  });
});
