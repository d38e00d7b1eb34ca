/**
 * Issue 6: the reaction colours made neglect look worse than exit, while the
 * trajectories rank exit worst. Domain §3 and the guide's closing case (a prospect that
 * "is neglected and ends in exit") put the reactions on one road of decline: voice,
 * loyalty, neglect, exit. Colour and severity must tell the same story.
 */
import { DEFAULT_SETTINGS } from '../../src/analysis';
import { REACTION_SEVERITY, REACTIONS } from '../../src/model';
import { buildReport, GOOD_TO_BAD_FILLS, MATRIX_LAYOUT, REACTION_FILL, TYPE_FILL, WARN_FILL } from '../../src/report';

import { fixture } from './fixture';

const GREEN = '#C6E8C6';
const BLUE = '#CFE0F5';
const AMBER = '#FBE2B0';
const RED = '#F5C6C6';

describe('reaction colours follow the road of decline', () => {
  it('colours voice green, loyalty blue, neglect amber and exit red (the worst, like a free rider)', () => {
    expect(REACTION_FILL).toEqual({ voice: GREEN, loyalty: BLUE, neglect: AMBER, exit: RED });
    expect(REACTION_FILL.exit).toBe(TYPE_FILL.freeRider);
    expect(REACTION_FILL.exit).toBe(WARN_FILL);
  });

  it('gives a reaction ranked worse by the trajectories a colour further down the good-to-bad scale', () => {
    const rank = (fill: string) => (GOOD_TO_BAD_FILLS as readonly string[]).indexOf(fill);
    const bySeverity = [...REACTIONS].sort((a, b) => REACTION_SEVERITY[a] - REACTION_SEVERITY[b]);
    expect(bySeverity).toEqual(['voice', 'loyalty', 'neglect', 'exit']);
    expect(bySeverity.map((r) => rank(REACTION_FILL[r]))).toEqual([0, 1, 2, 3]);
  });

  it('fills the exit quadrant of the reactions sheet red and the neglect quadrant amber', () => {
    const p = buildReport(fixture(), DEFAULT_SETTINGS, () => '').find((x) => x.key === 'rmo.reactions')!;
    const g = MATRIX_LAYOUT.gridRow;
    const [left, right] = MATRIX_LAYOUT.gridCols;
    const fillAt = (row: number, col: number) => p.styles.find((s) => s.rect.row === row && s.rect.col === col && s.style.fill)?.style.fill;
    // Guide layout: constructive on top, active on the right; the fixture has one supplier per quadrant.
    expect(fillAt(g, right)).toBe(GREEN); // voice
    expect(fillAt(g, left)).toBe(BLUE); // loyalty
    expect(fillAt(g + 2, right)).toBe(RED); // exit
    expect(fillAt(g + 2, left)).toBe(AMBER); // neglect
  });
});
