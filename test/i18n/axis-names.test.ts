import { catalogue } from '../../src/i18n';
import { MODEL_CONSTRUCTS, CONSTRUCTS } from '../../src/model';
import { FIELDS } from '../../src/input/headers';

describe('one name per model axis', () => {
  it('the axis label, the input column name and the questionnaire construct are the same words, per language', () => {
    // Guide 000 names the axes "affectieve" and "berekende" betrokkenheid.
    expect(catalogue('nl').axes.calculative).toBe('Berekende betrokkenheid');
    expect(catalogue('en').axes.affective).toBe('Affective commitment');
    for (const lang of ['en', 'nl'] as const) {
      const c = catalogue(lang);
      for (const a of MODEL_CONSTRUCTS) {
        expect(c.inputFields[a]).toBe(c.axes[a]);
        expect(c.survey.constructs[a]).toBe(c.axes[a]);
      }
    }
  });

  it('the score columns of input and the model constructs of the questionnaire are one list', () => {
    expect(FIELDS.filter((f) => (MODEL_CONSTRUCTS as readonly string[]).includes(f))).toEqual(['affective', 'calculative', 'activity', 'constructiveness', 'service', 'business']);
    expect(CONSTRUCTS.slice(0, 6)).toEqual(MODEL_CONSTRUCTS);
    expect(CONSTRUCTS).toHaveLength(10);
  });
});
