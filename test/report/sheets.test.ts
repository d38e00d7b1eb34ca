import { analyse, DEFAULT_SETTINGS, Settings } from '../../src/analysis';
import type { Problem } from '../../src/input/types';
import { buildReport, HEADER_FILL, MAX_SAMPLES_PER_SUPPLIER, MAX_TIMELINE_CHARTS, SheetPlan, TIMELINE_LAYOUT, TYPE_FILL, WARN_FILL, timelineSheet } from '../../src/report';
import { cellAt, find, readRange } from './plan-helpers';
import { fixture, FORMULA_NAME, JAN1, NL, PLUS_NAME } from './fixture';

/** The hand calculations of this file use a half-life of 180 days (decay is off by default). */
const S180: Settings = { ...DEFAULT_SETTINGS, appreciation: { ...DEFAULT_SETTINGS.appreciation, halfLifeDays: 180 } };
const plans = buildReport(fixture(S180), S180, (p) => `rendered ${p.code} ${p.row ?? ''}`);
const plan = (key: string): SheetPlan => plans.find((p) => p.key === key)!;
const column = (p: SheetPlan, col: number, from: number, to: number) => Array.from({ length: to - from }, (_, i) => cellAt(p, from + i, col)?.value ?? null);

describe('results sheet', () => {
  const p = plan('rmo.results');

  it('has a styled, frozen header', () => {
    expect(column(p, 0, 0, 1)).toEqual(['Supplier']);
    expect(cellAt(p, 0, 9)?.value).toBe('Last move');
    expect(p.freezeRows).toBe(1);
    expect(p.styles.find((s) => s.rect.row === 0 && s.rect.col === 0 && s.rect.cols === 17)?.style).toMatchObject({ bold: true, fill: HEADER_FILL });
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
    expect(cellAt(r, row, 7)?.value).toBe('Critical — Prolonged outside bounds');
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

  it('charts every supplier with incidents, worst first, and lists the excursions', () => {
    // Delta 30 days critical, Echo 20 days euphoric; then the lower appreciation: +31 Services (negative) before Alpha.
    expect(p.charts.map((c) => c.title)).toEqual(['Appreciation: Delta', 'Appreciation: Echo', `Appreciation: ${PLUS_NAME}`, 'Appreciation: Alpha']);
    const x = L.excursionCol;
    expect(column(p, x, 2, 4)).toEqual(['Delta', 'Echo']);
    expect(column(p, x + 1, 2, 4)).toEqual(['Critical', 'Euphoria']);
    expect(column(p, x + 2, 2, 4)).toEqual([JAN1 + 10, JAN1 + 20]);
    expect(column(p, x + 3, 2, 4)).toEqual([JAN1 + 40, JAN1 + 40]);
    expect(column(p, x + 4, 2, 4)).toEqual([30, 20]);
    expect(column(p, x + 5, 2, 4)).toEqual(['No', 'No']);
    expect(cellAt(p, 4, x)).toBeUndefined();
  });

  it('summarises every supplier with incidents, worst first, with hand-computed values', () => {
    const S = L.summaryCol;
    expect(column(p, S, 1, 9)[0]).toBe('Supplier');
    // Columns 2–4 hold the per-category counts (tested below): the others sit three columns further right.
    expect([1, 5, 6, 7, 8, 9, 10].map((j) => cellAt(p, 1, S + j)?.value)).toEqual(['Incidents', 'Appreciation', 'Status', 'Days outside now', 'Total days outside', 'Excursions', 'Prolonged']);
    expect(column(p, S, 2, 7)).toEqual(['Delta', 'Echo', PLUS_NAME, 'Alpha', null]);
    const row = (r: number) => [1, 5, 6, 7, 8, 9, 10].map((j) => cellAt(p, r, S + j)?.value);
    // As-of day JAN1+40, half-life 180 days, bounds -6 / +6.
    const delta = row(2);
    expect(delta[1]).toBeCloseTo(-8 * Math.pow(2, -30 / 180) + 1, 10);
    expect([delta[0], ...delta.slice(2)]).toEqual([2, 'Critical', 30, 30, 1, 'No']);
    const echo = row(3);
    expect(echo[1]).toBeCloseTo(7 * Math.pow(2, -20 / 180), 10);
    expect([echo[0], ...echo.slice(2)]).toEqual([1, 'Euphoria', 20, 20, 1, 'No']);
    const plus = row(4);
    expect(plus[1]).toBeCloseTo(-2 * Math.pow(2, -35 / 180), 10);
    expect([plus[0], ...plus.slice(2)]).toEqual([1, 'Normal', 0, 0, 0, 'No']);
    expect(row(5)[1]).toBeCloseTo(3 * Math.pow(2, -40 / 180), 10);
    // Supplier names as text; appreciation shown with one decimal.
    expect(find(p, PLUS_NAME).every((h) => h.block.userText)).toBe(true);
    expect(p.styles.find((s) => s.rect.col === S + 5 && s.rect.row === 2)?.style.numberFormat).toBe('0.0');
  });

  it('counts an excursion that ended and one that is still going in the summary', () => {
    // -8 on day 0: back at the critical bound -6 after 180·log2(8/6) days. -8 again on day 100, as of day 150.
    const s: Settings = { ...S180, asOf: JAN1 + 150 };
    const incidents = [
      { supplier: 'Xray', day: JAN1, impact: -8, source: { sheet: 'I', row: 2 } },
      { supplier: 'Xray', day: JAN1 + 100, impact: -8, source: { sheet: 'I', row: 3 } },
    ];
    const t = timelineSheet(analyse({ suppliers: [], incidents, managers: [], problems: [] }, s), s);
    const S = L.summaryCol;
    const first = 180 * Math.log2(8 / 6);
    const after = -8 * Math.pow(2, -100 / 180) - 8;
    const values = [1, 5, 6, 7, 8, 9, 10].map((j) => cellAt(t, 2, S + j)?.value as number | string);
    expect(values[0]).toBe(2);
    expect(values[1]).toBeCloseTo(after * Math.pow(2, -50 / 180), 10);
    expect(values[2]).toBe('Critical');
    expect(values[3]).toBeCloseTo(50, 10);
    expect(values[4]).toBeCloseTo(first + 50, 10);
    expect([values[5], values[6]]).toEqual([2, 'No']);
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
    expect(t.charts.map((c) => c.title)).toEqual(Array.from({ length: 12 }, (_, i) => `Appreciation: S${i}`));
    // Chart data only for the charted 12; the summary still lists all 18, worst first.
    expect(new Set(t.blocks.filter((b) => b.col === L.dataCol && b.userText).flatMap((b) => b.values.map((v) => v[0])))).toEqual(new Set(Array.from({ length: 12 }, (_, i) => `S${i}`)));
    expect(column(t, L.summaryCol, 2, 21)).toEqual([...Array.from({ length: 15 }, (_, i) => `S${i}`), 'N0', 'N1', 'N2', null]);
  });

  it('bounds the chart data by the charts, however many suppliers have incidents', () => {
    const s: Settings = { ...S180, asOf: JAN1 + 3000 };
    // 100 suppliers with three incidents each over ten years; the first ten have an incident every 10 days (300 days).
    const incidents = Array.from({ length: 100 }, (_, i) =>
      Array.from({ length: i < 10 ? 300 : 3 }, (_, k) => ({ supplier: `Supplier ${i}`, day: JAN1 + k * (i < 10 ? 10 : 1000) + i, impact: k % 2 ? 5 : -7, source: { sheet: 'I', row: 2 } })),
    ).flat();
    const t = timelineSheet(analyse({ suppliers: [], incidents, managers: [], problems: [] }, s), s);
    const dataCells = t.blocks.filter((b) => b.col >= L.dataCol && b.row >= L.firstRow).reduce((n, b) => n + b.values.length * b.values[0].length, 0);
    expect(t.charts).toHaveLength(MAX_TIMELINE_CHARTS);
    expect(dataCells).toBeGreaterThan(0);
    // Eight columns per chart-data row (supplier, day, combined, bound day, two bounds, personal, business).
    expect(dataCells).toBeLessThanOrEqual(MAX_TIMELINE_CHARTS * MAX_SAMPLES_PER_SUPPLIER * 8);
    // The summary: one row per supplier with incidents, each supplier once.
    const summary = t.blocks.find((b) => b.col === L.summaryCol && b.row === L.firstRow)!;
    expect(summary.values).toHaveLength(100);
    expect(new Set(summary.values.map((v) => v[0])).size).toBe(100);
    // Incidents column: 300 for the busy ten, 3 for the others.
    const counts = t.blocks.find((b) => b.col === L.summaryCol + 1 && b.row === L.firstRow)!.values.map((v) => v[0]);
    expect(counts.filter((n) => n === 300)).toHaveLength(10);
    expect(counts.filter((n) => n === 3)).toHaveLength(90);
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
