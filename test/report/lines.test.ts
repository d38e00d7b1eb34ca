import { analyse, DEFAULT_SETTINGS, Settings } from '../../src/analysis';
import type { IncidentRow } from '../../src/input/types';
import { resultsSheet, TIMELINE_LAYOUT, timelineSheet } from '../../src/report';
import { input, JAN1 } from '../analysis/fixtures';
import { cellAt, find, readRange } from './plan-helpers';

let row = 1;
const inc = (day: number, impact: number, category?: IncidentRow['category']): IncidentRow => ({
  supplier: 'Lambda',
  day,
  impact,
  ...(category ? { category } : {}),
  source: { sheet: 'Incidents', row: ++row },
});

// Decay off (the default). Interpersonal -7, business -3, external -2 and one without a category -1.
const S: Settings = { ...DEFAULT_SETTINGS, asOf: JAN1 + 100 };
const result = analyse(input({ incidents: [inc(JAN1, -7, 'interpersonal'), inc(JAN1 + 10, -3, 'business'), inc(JAN1 + 20, -2, 'external'), inc(JAN1 + 30, -1)] }), S);
const s = result.suppliers[0];

describe('two appreciation lines beside the combined one', () => {
  it('moves the personal line with interpersonal incidents and the business line with business and external ones', () => {
    expect(s.timeline?.value).toBe(-13);
    expect(s.lines?.personal.timeline?.value).toBe(-7);
    expect(s.lines?.business.timeline?.value).toBe(-5);
    expect(s.goalChanges).toBe(1); // the external incident changed a party's goals
  });

  it('judges each line against the bounds on its own: personal critical for 100 days, business normal', () => {
    expect(s.lines?.personal.timeline?.status).toBe('critical');
    expect(s.lines?.personal.timeline?.prolonged).toBe(true);
    expect(s.lines?.business.timeline?.status).toBe('normal');
    const p = resultsSheet(result, S);
    const col = (h: string) => find(p, h)[0].col;
    expect(cellAt(p, 1, col('Personal status'))?.value).toBe('Critical — Prolonged outside bounds');
    expect(cellAt(p, 1, col('Business status'))?.value).toBe('Normal');
  });

  it('charts both lines with the bounds on the appreciation sheet', () => {
    const p = timelineSheet(result, S);
    const chart = p.charts[0];
    expect(chart.series.map((x) => x.name)).toEqual(['Appreciation', 'Critical bound', 'Euphoria bound', 'Personal appreciation', 'Business appreciation']);
    const [combined, , , personal, business] = chart.series;
    // Samples: before/after each incident day, weekly in between, the as-of day last.
    expect(readRange(p, combined.x).slice(0, 6)).toEqual([JAN1, JAN1, JAN1 + 7, JAN1 + 10, JAN1 + 10, JAN1 + 17]);
    expect(readRange(p, combined.y).slice(0, 6)).toEqual([0, -7, -7, -7, -10, -10]);
    expect(readRange(p, personal.y).slice(0, 6)).toEqual([0, -7, -7, -7, -7, -7]);
    expect(readRange(p, business.y).slice(0, 6)).toEqual([0, 0, 0, 0, -3, -3]);
    const last = (r: typeof combined.y) => readRange(p, r).slice(-1)[0];
    expect([last(combined.x), last(combined.y), last(personal.y), last(business.y)]).toEqual([JAN1 + 100, -13, -7, -5]);
    // The personal line's excursion is listed with its line.
    const x = TIMELINE_LAYOUT.excursionCol;
    const lines = readRange(p, { row: TIMELINE_LAYOUT.firstRow, col: x + 6, rows: 2, cols: 1 });
    expect(lines).toEqual(['Combined', 'Personal']);
  });
});
