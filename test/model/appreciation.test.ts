import { computeTimeline, decay, valueAt, DEFAULT_APPRECIATION, AppreciationSettings } from '../../src/model';

/** The hand calculations below use a half-life of 180 days (decay is off by default). */
const HALF_180: AppreciationSettings = { ...DEFAULT_APPRECIATION, halfLifeDays: 180 };

const noDecay: AppreciationSettings = { ...DEFAULT_APPRECIATION, halfLifeDays: 0 };

describe('appreciation timeline', () => {
  it('halves after one half-life', () => {
    expect(decay(-8, 180, 180)).toBeCloseTo(-4, 10);
    expect(decay(-8, 360, 180)).toBeCloseTo(-2, 10);
    expect(decay(-8, 1000, 0)).toBe(-8);
  });

  it('adds same-day incidents and decays between days', () => {
    const t = computeTimeline([{ day: 100, impact: 2 }, { day: 100, impact: 2 }, { day: 280, impact: -1 }], HALF_180);
    expect(t.points).toHaveLength(2);
    expect(t.points[0]).toEqual({ day: 100, before: 0, after: 4 });
    expect(t.points[1].before).toBeCloseTo(2, 10);
    expect(t.points[1].after).toBeCloseTo(1, 10);
    expect(t.status).toBe('normal');
    expect(t.asOf).toBe(280);
  });

  it('a score exactly on a bound is still normal', () => {
    const t = computeTimeline([{ day: 1, impact: -6 }], noDecay);
    expect(t.status).toBe('normal');
    expect(computeTimeline([{ day: 1, impact: 6 }], noDecay).status).toBe('normal');
  });

  it('measures the days a decaying excursion stays below the critical bound', () => {
    // -12 decays to -6 after exactly one half-life (180 days).
    const t = computeTimeline([{ day: 0, impact: -12 }], HALF_180, 400);
    expect(t.excursions).toHaveLength(1);
    expect(t.excursions[0].side).toBe('critical');
    expect(t.excursions[0].days).toBeCloseTo(180, 6);
    expect(t.excursions[0].prolonged).toBe(true);
    expect(t.excursions[0].ongoing).toBe(false);
    expect(t.status).toBe('normal');
    expect(t.totalDaysOutside).toBeCloseTo(180, 6);
  });

  it('flags an ongoing excursion as prolonged only after the set number of days', () => {
    const at = (asOf: number) => computeTimeline([{ day: 0, impact: -7 }], noDecay, asOf);
    expect(at(60).status).toBe('critical');
    expect(at(60).prolonged).toBe(false);
    expect(at(61).prolonged).toBe(true);
    expect(at(61).currentDaysOutside).toBe(61);
  });

  it('closes an excursion when an incident brings the value back, and opens one on the other side', () => {
    const t = computeTimeline(
      [
        { day: 0, impact: -7 },
        { day: 10, impact: 14 },
        { day: 20, impact: -4 },
      ],
      noDecay,
      30,
    );
    expect(t.excursions.map((e) => [e.side, e.start, e.end])).toEqual([
      ['critical', 0, 10],
      ['euphoria', 10, 20],
    ]);
    expect(t.status).toBe('normal');
    expect(t.value).toBe(3);
  });

  it('leaves out incidents after the as-of day and reports them', () => {
    const t = computeTimeline([{ day: 5, impact: -3 }, { day: 50, impact: -9 }], noDecay, 10);
    expect(t.value).toBe(-3);
    expect(t.ignoredAfterAsOf).toBe(1);
  });

  it('valueAt follows jumps and decay', () => {
    const t = computeTimeline([{ day: 10, impact: 4 }], HALF_180, 400);
    expect(valueAt(t, 5)).toBe(0);
    expect(valueAt(t, 10)).toBe(4);
    expect(valueAt(t, 190)).toBeCloseTo(2, 10);
  });
});
