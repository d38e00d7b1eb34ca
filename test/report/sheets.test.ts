import { analyse, DEFAULT_SETTINGS, Settings } from '../../src/analysis';
import type { Problem } from '../../src/input/types';
import { buildReport, HEADER_FILL, MAX_TIMELINE_CHARTS, SheetPlan, TIMELINE_LAYOUT, TYPE_FILL, WARN_FILL, timelineSheet } from '../../src/report';
import { cellAt, find, readRange } from './plan-helpers';
import { fixture, FORMULA_NAME, JAN1, NL, PLUS_NAME } from './fixture';

const plans = buildReport(fixture(), DEFAULT_SETTINGS, (p) => `rendered ${p.code} ${p.row ?? ''}`);
const plan = (key: string): SheetPlan => plans.find((p) => p.key === key)!;
const column = (p: SheetPlan, col: number, from: number, to: number) => Array.from({ length: to - from }, (_, i) => cellAt(p, from + i, col)?.value ?? null);

describe('results sheet', () => {
  const p = plan('rmo.results');

  it('has a styled, frozen header', () => {
    expect(column(p, 0, 0, 1)).toEqual(['Supplier']);
    expect(cellAt(p, 0, 9)?.value).toBe('Last move');
    expect(p.freezeRows).toBe(1);
    expect(p.styles.find((s) => s.rect.row === 0 && s.rect.cols === 10)?.style).toMatchObject({ bold: true, fill: HEADER_FILL });
  });

  it('groups rows by type so each type is one coloured rectangle carrying its label', () => {
    const types = column(p, 2, 1, 8);
    expect(types).toEqual(['Pillar', 'Prospect', 'Prospect', 'Hostage', 'Free rider', null, null]);
    const fills = p.styles.filter((s) => s.rect.col === 2 && s.style.fill);
    expect(fills.map((s) => [s.style.fill, s.rect])).toEqual([
      [TYPE_FILL.pillar, { row: 1, col: 2, rows: 1, cols: 1 }],
      [TYPE_FILL.prospect, { row: 2, col: 2, rows: 2, cols: 1 }],
      [TYPE_FILL.hostage, { row: 4, col: 2, rows: 1, cols: 1 }],
      [TYPE_FILL.freeRider, { row: 5, col: 2, rows: 1, cols: 1 }],
    ]);
  });

  it('shows the current period, appreciation, status and last move', () => {
    const row = find(p, 'Delta')[0].row;
    expect(column(p, 1, row, row + 1)).toEqual(['Q1 2025']);
    // -8 on day +10, halved every 180 days, 30 days to the as-of day (+40), then +1.
    const value = -8 * Math.pow(2, -30 / 180) + 1;
    expect(cellAt(p, row, 6)?.value).toBeCloseTo(value, 10);
    expect(cellAt(p, row, 7)?.value).toBe('Critical');
    expect(cellAt(p, row, 8)?.value).toBe(30);
    expect(cellAt(p, row, 9)?.value).toBe('Prospect → Free rider (Worse)');
    expect(p.styles.find((s) => s.rect.col === 6)?.style.numberFormat).toBe('0.0');
    // No incidents: no appreciation claimed.
    const bravo = find(p, 'Bravo')[0].row;
    expect([cellAt(p, bravo, 6)?.value, cellAt(p, bravo, 7)?.value, cellAt(p, bravo, 8)?.value]).toEqual([null, null, null]);
  });

  it('adds the prolonged flag to the status', () => {
    // Without decay Delta stays at -7 from day +40: 190 days outside by day +200, more than 60.
    const s: Settings = { ...DEFAULT_SETTINGS, appreciation: { ...DEFAULT_SETTINGS.appreciation, halfLifeDays: 0 }, asOf: JAN1 + 200 };
    const r = buildReport(fixture(s), s, () => '').find((x) => x.key === 'rmo.results')!;
    const row = find(r, 'Delta')[0].row;
    expect(cellAt(r, row, 7)?.value).toBe('Critical (Prolonged outside bounds)');
    expect(cellAt(r, row, 8)?.value).toBe(190);
  });
});

describe('timeline sheet', () => {
  const p = plan('rmo.timeline');
  const L = TIMELINE_LAYOUT;

  it('samples the step at each incident and the decay every 7 days up to the as-of day', () => {
    const chart = p.charts.find((c) => c.title.endsWith('Alpha'))!;
    const line = chart.series[0];
    const days = readRange(p, line.x);
    const values = readRange(p, line.y) as number[];
    // +3 on JAN1, as-of day JAN1+40 (Delta's last incident).
    expect(days).toEqual([JAN1, JAN1, JAN1 + 7, JAN1 + 14, JAN1 + 21, JAN1 + 28, JAN1 + 35, JAN1 + 40]);
    const expected = [0, 3, ...[7, 14, 21, 28, 35, 40].map((d) => 3 * Math.pow(2, -d / 180))];
    values.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 10));
    // Date format on the day column, and the supplier's name on every row of its segment.
    expect(p.styles.some((s) => s.rect.col === line.x.col && s.rect.row <= line.x.row && s.style.numberFormat === 'yyyy-mm-dd')).toBe(true);
    expect(readRange(p, { ...line.x, col: L.dataCol })).toEqual(Array(8).fill('Alpha'));
  });

  it('draws the critical and euphoria bounds from the first incident to the as-of day', () => {
    const chart = p.charts.find((c) => c.title.endsWith('Delta'))!;
    const [, critical, euphoria] = chart.series;
    expect(readRange(p, critical.x)).toEqual([JAN1 + 10, JAN1 + 40]);
    expect(readRange(p, critical.y)).toEqual([-6, -6]);
    expect(readRange(p, euphoria.y)).toEqual([6, 6]);
  });

  it('charts every supplier with incidents and lists the excursions', () => {
    expect(p.charts.map((c) => c.title)).toEqual(['Appreciation: Alpha', 'Appreciation: Delta', `Appreciation: ${PLUS_NAME}`, 'Appreciation: Echo']);
    expect(column(p, 0, 2, 4)).toEqual(['Delta', 'Echo']);
    expect(column(p, 1, 2, 4)).toEqual(['Critical', 'Euphoria']);
    expect(column(p, 2, 2, 4)).toEqual([JAN1 + 10, JAN1 + 20]);
    expect(column(p, 3, 2, 4)).toEqual([JAN1 + 40, JAN1 + 40]);
    expect(column(p, 4, 2, 4)).toEqual([30, 20]);
    expect(column(p, 5, 2, 4)).toEqual(['No', 'No']);
  });

  it(`charts only the ${MAX_TIMELINE_CHARTS} suppliers longest outside when there are more`, () => {
    const s: Settings = { ...DEFAULT_SETTINGS, appreciation: { ...DEFAULT_SETTINGS.appreciation, halfLifeDays: 0 }, asOf: JAN1 + 100 };
    // S0…S14 fall below the critical bound on day i: S0 is longest outside. N0…N2 stay normal.
    const incidents = [
      ...Array.from({ length: 15 }, (_, i) => ({ supplier: `S${i}`, day: JAN1 + i, impact: -8, source: { sheet: 'I', row: i + 2 } })),
      ...Array.from({ length: 3 }, (_, i) => ({ supplier: `N${i}`, day: JAN1, impact: -1, source: { sheet: 'I', row: i + 30 } })),
    ];
    const r = analyse({ suppliers: [], incidents: incidents.reverse(), managers: [], problems: [] }, s);
    const t = timelineSheet(r, s);
    expect(t.charts.map((c) => c.title).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `Appreciation: S${i}`).sort());
    // Data for all 18 suppliers is still on the sheet.
    expect(new Set(t.blocks.filter((b) => b.col === L.dataCol && b.userText).flatMap((b) => b.values.map((v) => v[0]))).size).toBe(18);
  });
});

describe('trajectories sheet', () => {
  const p = plan('rmo.trajectories');
  it('lists worse moves first under one highlighted rectangle', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => cellAt(p, 1, c)?.value)).toEqual(['Delta', 'Typology', 'Q4 2024', 'Q1 2025', 'Prospect', 'Free rider', 'Worse']);
    expect([0, 4, 5, 6].map((c) => cellAt(p, 2, c)?.value)).toEqual(['Alpha', 'Hostage', 'Pillar', 'Better']);
    expect(p.styles.filter((s) => s.style.fill === WARN_FILL).map((s) => s.rect)).toEqual([{ row: 1, col: 0, rows: 1, cols: 7 }]);
  });
});

describe('review sheet', () => {
  it('answers the three questions per supplier in wrapped columns, in Dutch when asked', () => {
    const nl = buildReport(fixture(NL), NL, () => '').find((x) => x.key === 'rmo.review')!;
    expect([4, 5, 6].map((c) => cellAt(nl, 0, c)?.value)).toEqual(['Wat zien we?', 'Wat willen we?', 'Wat gaan we hiermee doen?']);
    const row = find(nl, 'Delta')[0].row;
    expect(cellAt(nl, row, 1)?.value).toBe('Meelifter');
    expect(String(cellAt(nl, row, 4)?.value)).toContain('Meelifter');
    expect(nl.styles.some((s) => s.style.wrap && s.rect.col === 0 && s.rect.cols === 7 && s.rect.rows === 7)).toBe(true);
    expect(find(nl, FORMULA_NAME)[0].block.userText).toBe(true);
  });
});

describe('problems sheet', () => {
  it('sorts by sheet and row and renders each message with the given function', () => {
    const p = plan('rmo.problems');
    expect(column(p, 1, 1, 5)).toEqual(['Incidents', 'Managers', 'Suppliers', 'Suppliers']);
    expect(column(p, 2, 1, 5)).toEqual([4, null, 3, 9]);
    expect(column(p, 0, 1, 5)).toEqual(['Error', 'Warning', 'Warning', 'Error']);
    expect(column(p, 4, 1, 5)).toEqual(['rendered notADate 4', 'rendered missingColumn ', 'rendered scoreOutOfRange 3', 'rendered notANumber 9']);
  });

  it('says so when there are no problems', () => {
    const r = analyse({ suppliers: [], incidents: [], managers: [], problems: [] as Problem[] }, DEFAULT_SETTINGS);
    const p = buildReport(r, DEFAULT_SETTINGS, () => '').find((x) => x.key === 'rmo.problems')!;
    expect(cellAt(p, 1, 0)?.value).toBe('No problems found.');
  });
});
