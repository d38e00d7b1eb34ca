import { TYPOLOGY, REACTION_SEVERITY, moveDirection, trajectoryMoves, byAxes, bySeverity, surveyScore, reverseCode, cronbachAlpha } from '../../src/model';

describe('trajectories', () => {
  it('grades moves by axes gained and lost', () => {
    expect(moveDirection(TYPOLOGY, 'prospect', 'freeRider')).toBe('worse');
    expect(moveDirection(TYPOLOGY, 'pillar', 'prospect')).toBe('worse');
    expect(moveDirection(TYPOLOGY, 'freeRider', 'pillar')).toBe('better');
    expect(moveDirection(TYPOLOGY, 'prospect', 'hostage')).toBe('shift');
    expect(moveDirection(TYPOLOGY, 'hostage', 'hostage')).toBe('same');
  });

  it('judges reactions by how far down the road of decline they are, not by their axes', () => {
    const judge = bySeverity(REACTION_SEVERITY);
    // The guide's closing case: loyalty → neglect → exit is decline all the way.
    expect(judge('loyalty', 'neglect')).toBe('worse');
    expect(judge('neglect', 'exit')).toBe('worse');
    expect(judge('voice', 'loyalty')).toBe('worse');
    expect(judge('exit', 'voice')).toBe('better');
    expect(judge('neglect', 'neglect')).toBe('same');
  });

  it('lists moves between consecutive periods (the guide: prospect → free rider)', () => {
    const moves = trajectoryMoves(byAxes(TYPOLOGY), [
      { period: '2025-Q1', quadrant: 'prospect' },
      { period: '2025-Q2', quadrant: 'freeRider' },
      { period: '2025-Q3', quadrant: 'freeRider' },
    ]);
    expect(moves.map((m) => [m.fromPeriod, m.toPeriod, m.direction])).toEqual([
      ['2025-Q1', '2025-Q2', 'worse'],
      ['2025-Q2', '2025-Q3', 'same'],
    ]);
    expect(trajectoryMoves(byAxes(TYPOLOGY), [{ period: 'x', quadrant: 'pillar' }])).toEqual([]);
  });
});

describe('survey scores', () => {
  it('reverse-codes on the scale', () => {
    expect(reverseCode(1, { min: 1, max: 5 })).toBe(5);
    expect(reverseCode(2, { min: 1, max: 7 })).toBe(6);
  });

  it('averages answered items after reverse coding', () => {
    // (4 + (6-2) + 5) / 3 = 13/3
    expect(surveyScore([4, 2, 5], [false, true, false], { min: 1, max: 5 })).toBeCloseTo(13 / 3, 12);
    expect(surveyScore([4, null, 2], [false, false, true], { min: 1, max: 5 })).toBe(4);
    expect(surveyScore([null, null], [], { min: 1, max: 5 })).toBeUndefined();
  });

  it("computes Cronbach's alpha", () => {
    // Items (columns) a, b, c over 4 respondents.
    // a = 1,2,3,4 (var 5/3); b = 2,2,4,4 (var 4/3); c = 1,3,3,5 (var 8/3); Σ item var = 17/3.
    // totals = 4,7,10,13 (var 15). alpha = 3/2 · (1 − (17/3)/15) = 3/2 · 28/45 = 14/15.
    const rows = [
      [1, 2, 1],
      [2, 2, 3],
      [3, 4, 3],
      [4, 4, 5],
    ];
    expect(cronbachAlpha(rows)).toBeCloseTo(14 / 15, 12);
    expect(cronbachAlpha([[1], [2]])).toBe('alphaNeedsTwoItems');
    expect(cronbachAlpha([[1, 2]])).toBe('alphaNeedsTwoRespondents');
    expect(cronbachAlpha([[1, 1], [1, 1]])).toBe('alphaZeroVariance');
  });
});
