import { catalogue } from '../../src/i18n';
import { DEFAULT_SETTINGS } from '../../src/analysis';
import { buildReport, MATRIX_LAYOUT, REACTION_FILL, ROLE_FILL, SheetPlan, TYPE_FILL } from '../../src/report';
import { find, readRange } from './plan-helpers';
import { fixture, FORMULA_NAME } from './fixture';

const plans = buildReport(fixture(), DEFAULT_SETTINGS, () => '');
const plan = (key: string): SheetPlan => plans.find((p) => p.key === key)!;
const en = catalogue('en');

/** The quadrant block holding a name: its first cell is the quadrant's label. */
function quadrantOf(p: SheetPlan, name: string): { label: string; row: number; col: number } {
  const hits = find(p, name).filter((h) => h.col < MATRIX_LAYOUT.dataCol);
  expect(hits).toHaveLength(1);
  const b = hits[0].block;
  return { label: b.values[0][0] as string, row: b.row, col: b.col };
}

describe('matrix sheets', () => {
  const g = MATRIX_LAYOUT.gridRow;
  const [left, right] = MATRIX_LAYOUT.gridCols;

  it('lists each supplier inside its typology quadrant, drawn like the guide (affective up, calculative right)', () => {
    const p = plan('rmo.typology');
    // Top band: prospect (left) holds 2 names, pillar (right) 1 → 3 rows; bottom band starts at g + 3.
    expect(quadrantOf(p, 'Alpha')).toEqual({ label: 'Pillar', row: g, col: right });
    expect(quadrantOf(p, 'Bravo')).toEqual({ label: 'Prospect', row: g, col: left });
    expect(quadrantOf(p, FORMULA_NAME)).toEqual({ label: 'Prospect', row: g, col: left });
    expect(quadrantOf(p, 'Charlie')).toEqual({ label: 'Hostage', row: g + 3, col: right });
    expect(quadrantOf(p, 'Delta')).toEqual({ label: 'Free rider', row: g + 3, col: left });
    // Quadrant blocks hold user names, so they are written as text.
    expect(find(p, 'Bravo')[0].block.userText).toBe(true);
  });

  it('fills each quadrant with one rectangle covering exactly its cells', () => {
    const p = plan('rmo.typology');
    const fills = p.styles.filter((s) => s.style.fill && Object.values(TYPE_FILL).includes(s.style.fill));
    expect(fills).toHaveLength(4);
    const rectOf = (fill: string) => fills.filter((s) => s.style.fill === fill).map((s) => s.rect);
    expect(rectOf(TYPE_FILL.prospect)).toEqual([{ row: g, col: left, rows: 3, cols: 1 }]);
    expect(rectOf(TYPE_FILL.pillar)).toEqual([{ row: g, col: right, rows: 3, cols: 1 }]);
    expect(rectOf(TYPE_FILL.freeRider)).toEqual([{ row: g + 3, col: left, rows: 2, cols: 1 }]);
    expect(rectOf(TYPE_FILL.hostage)).toEqual([{ row: g + 3, col: right, rows: 2, cols: 1 }]);
  });

  it('places suppliers by their manager role and reaction', () => {
    const roles = plan('rmo.roles');
    expect(quadrantOf(roles, 'Alpha (Jan)')).toEqual({ label: 'Representative', row: g, col: right });
    expect(quadrantOf(roles, 'Bravo')).toEqual({ label: 'Butler', row: g, col: left });
    expect(quadrantOf(roles, 'Charlie (Els)')).toEqual({ label: 'Accountant', row: g + 2, col: left });
    expect(roles.styles.filter((s) => s.style.fill === ROLE_FILL.nanny).map((s) => s.rect)).toEqual([{ row: g + 2, col: right, rows: 2, cols: 1 }]);

    const reactions = plan('rmo.reactions');
    expect(quadrantOf(reactions, 'Alpha')).toEqual({ label: 'Voice', row: g, col: right });
    expect(quadrantOf(reactions, 'Bravo')).toEqual({ label: 'Loyalty', row: g, col: left });
    expect(quadrantOf(reactions, 'Charlie')).toEqual({ label: 'Exit', row: g + 2, col: right });
    expect(quadrantOf(reactions, 'Delta')).toEqual({ label: 'Neglect', row: g + 2, col: left });
    expect(reactions.styles.some((s) => s.style.fill === REACTION_FILL.neglect)).toBe(true);
  });

  it('labels both ends of both axes', () => {
    const p = plan('rmo.typology');
    expect(find(p, `${en.axes.calculative}: Low`)).toHaveLength(1);
    expect(find(p, `${en.axes.calculative}: High`)).toHaveLength(1);
    expect(find(p, `${en.axes.affective}: High`)[0]).toMatchObject({ row: g, col: 0 });
    expect(find(p, `${en.axes.affective}: Low`)[0]).toMatchObject({ row: g + 3, col: 0 });
  });

  it('charts the points and both split lines across the whole scale', () => {
    const p = plan('rmo.typology');
    expect(p.charts).toHaveLength(1);
    const c = p.charts[0];
    expect([c.xMin, c.xMax, c.yMin, c.yMax]).toEqual([1, 5, 1, 5]);
    const [points, vertical, horizontal] = c.series;
    const labels = readRange(p, points.labels!);
    const xs = readRange(p, points.x);
    const ys = readRange(p, points.y);
    const byName = Object.fromEntries(labels.map((l, i) => [l as string, [xs[i], ys[i]]]));
    expect(byName).toEqual({ Alpha: [4.5, 4], Bravo: [2, 4], [FORMULA_NAME]: [1, 5], Charlie: [5, 2], Delta: [1, 1] });
    expect([readRange(p, vertical.x), readRange(p, vertical.y)]).toEqual([[3, 3], [1, 5]]);
    expect([readRange(p, horizontal.x), readRange(p, horizontal.y)]).toEqual([[1, 5], [3, 3]]);
    expect(vertical.line && !vertical.marker && points.marker && !points.line).toBe(true);
  });
});
