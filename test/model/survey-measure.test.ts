import { agreementRwg, constructAlpha, constructScore, itemsOf, spread, SURVEY_ITEMS, surveyItem, CONSTRUCTS, ItemAnswers } from '../../src/model';

describe('item bank', () => {
  it('has at least three items per construct, unique codes, and reverse-coded items', () => {
    for (const c of CONSTRUCTS) expect({ c, n: itemsOf(c).length >= 3 }).toEqual({ c, n: true });
    expect(new Set(SURVEY_ITEMS.map((i) => i.code)).size).toBe(SURVEY_ITEMS.length);
    expect(SURVEY_ITEMS.filter((i) => i.reversed).length).toBeGreaterThan(0);
    expect(surveyItem(' aff3 ')).toEqual({ code: 'AFF3', construct: 'affective', reversed: true });
    expect(surveyItem('AFF9')).toBeUndefined();
  });
});

// Answers of three respondents (see test/survey/fixture.ts for the hand calculation).
const R1: ItemAnswers = { AFF1: 4, AFF2: 4, AFF3: 2, AFF4: 2 };
const R2: ItemAnswers = { AFF1: 5, AFF2: 4, AFF3: 1, AFF4: 2 };
const R3: ItemAnswers = { AFF1: 3, AFF2: 4, AFF3: 3, AFF4: 2 };

describe('construct scores and reliability', () => {
  it('scores a respondent as the mean of the answered items, reverse-coded items turned', () => {
    expect(constructScore(R2, 'affective')).toBe(4.5); // (5 + 4 + 5 + 4)/4
    expect(constructScore({ AFF1: 5, AFF3: 5 }, 'affective')).toBe(3); // (5 + 1)/2
    expect(constructScore({ CAL1: 5 }, 'affective')).toBeUndefined();
  });

  it("Cronbach's alpha over complete respondents: 2/3 by hand", () => {
    const a = constructAlpha([R1, R2, R3, { AFF1: 5 }], 'affective');
    expect(a.complete).toBe(3);
    expect(a.alpha).toBeCloseTo(2 / 3, 12);
    expect(constructAlpha([R1], 'affective').alpha).toBe('alphaNeedsTwoRespondents');
  });

  it('r_wg(J) of the three: 12/13 by hand; 0 when the spread exceeds random answers; undefined for one respondent', () => {
    expect(agreementRwg([R1, R2, R3], 'affective')).toBeCloseTo(12 / 13, 12);
    // AFF1 answers 1 and 5: variance 8 > σ²E = 2 → truncated to 0.
    expect(agreementRwg([{ AFF1: 1 }, { AFF1: 5 }], 'affective')).toBe(0);
    expect(agreementRwg([R1], 'affective')).toBeUndefined();
  });

  it('spread: mean, sample SD and range', () => {
    expect(spread([4, 4.5, 3.5])).toEqual({ n: 3, mean: 4, sd: 0.5, min: 3.5, max: 4.5 });
    expect(spread([2])).toEqual({ n: 1, mean: 2, min: 2, max: 2 });
    expect(spread([])).toBeUndefined();
  });
});
