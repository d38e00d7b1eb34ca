import { attentionCore, reactionCore, roleCore, typeCore } from '../../src/functions/classify-core';
import { getDefaultLanguage, setDefaultLanguage } from '../../src/functions/language';
import { isFailure } from '../../src/functions/outcome';

afterEach(() => setDefaultLanguage('en'));

describe('TYPE on single values', () => {
  it('names the four quadrants (x = calculative, y = affective)', () => {
    expect(typeCore(4, 4)).toEqual([['Pillar']]);
    expect(typeCore(4, 2)).toEqual([['Prospect']]);
    expect(typeCore(2, 4)).toEqual([['Hostage']]);
    expect(typeCore(2, 2)).toEqual([['Free rider']]);
  });

  it('counts a score on the split as high and accepts Excel 1x1 matrices', () => {
    expect(typeCore([[3]], [[3]])).toEqual([['Pillar']]);
    expect(typeCore([[2.99]], [[3]])).toEqual([['Hostage']]);
  });

  it('uses the midpoint of a declared scale, or an explicit split', () => {
    expect(typeCore(4, 3.5, 1, 7)).toEqual([['Prospect']]); // split 4
    expect(typeCore(6, 5, 1, 10)).toEqual([['Prospect']]); // split 5.5
    expect(typeCore(3.5, 3.5, 1, 5, 4)).toEqual([['Free rider']]);
  });

  it('reads text numbers with a Dutch decimal comma', () => {
    expect(typeCore('3,5', '2,5')).toEqual([['Prospect']]);
    expect(typeCore('3,5', '3,5', 1, 5, '3,75')).toEqual([['Free rider']]);
    expect(typeCore(4, 4, '1', '7', '4,5')).toEqual([['Free rider']]);
  });
});

describe('TYPE language', () => {
  it('answers in Dutch or English by argument, in any usual spelling', () => {
    expect(typeCore(4, 4, null, null, null, 'nl')).toEqual([['Steunpilaar']]);
    expect(typeCore(2, 4, undefined, undefined, undefined, 'NL')).toEqual([['Gegijzelde']]);
    expect(typeCore(2, 2, '', '', '', 'nl-NL')).toEqual([['Meelifter']]);
    expect(typeCore(2, 2, null, null, null, 'en')).toEqual([['Free rider']]);
  });

  it('falls back to the default language the task pane sets', () => {
    expect(setDefaultLanguage('nl')).toBe(true);
    expect(getDefaultLanguage()).toBe('nl');
    expect(typeCore(4, 2)).toEqual([['Prospect']]);
    expect(typeCore(4, 4)).toEqual([['Steunpilaar']]);
    expect(typeCore(4, 4, null, null, null, 'en')).toEqual([['Pillar']]);
    expect(setDefaultLanguage('fr')).toBe(false);
    expect(getDefaultLanguage()).toBe('nl');
  });

  it('rejects an unknown language for the whole call', () => {
    expect(typeCore(4, 4, null, null, null, 'fr')).toEqual({ error: 'Unknown language "fr"; use "en" or "nl".' });
    expect(typeCore(4, 4, null, null, null, 7)).toEqual({ error: 'Unknown language "7"; use "en" or "nl".' });
  });
});

describe('TYPE on ranges', () => {
  it('spills a grid of the same shape, element by element', () => {
    const affective = [
      [4, 2],
      [4, 2],
    ];
    const calculative = [
      [4, 4],
      [2, 2],
    ];
    expect(typeCore(affective, calculative)).toEqual([
      ['Pillar', 'Hostage'],
      ['Prospect', 'Free rider'],
    ]);
  });

  it('pairs a single value with every cell of a range', () => {
    expect(typeCore([[4], [2], [5]], 4)).toEqual([['Pillar'], ['Hostage'], ['Pillar']]);
    expect(typeCore(2, [[1, 5]])).toEqual([['Free rider', 'Hostage']]);
  });

  it('gives a bad cell its own error while the others still compute', () => {
    const out = typeCore(
      [
        [4, 'abc'],
        ['', 6],
        [true, { code: '#N/A' }],
      ],
      [
        [4, 4],
        [4, 4],
        [4, 4],
      ],
    );
    expect(out).toEqual([
      ['Pillar', { error: 'Expected a number, got "abc".' }],
      [{ error: 'A value is required here, but the cell is empty.' }, { error: 'Score 6 is outside the scale 1–5.' }],
      [{ error: 'Expected a number, got "TRUE".' }, { error: 'Expected a number, got "#N/A".' }],
    ]);
  });

  it('writes cell errors in the chosen language, with a decimal comma', () => {
    expect(typeCore([['5,5', 0.5]], [[3, 3]], null, null, null, 'nl')).toEqual([
      [{ error: 'Score 5,5 valt buiten de schaal 1–5.' }, { error: 'Score 0,5 valt buiten de schaal 1–5.' }],
    ]);
  });

  it('rejects ranges of different shapes as a whole', () => {
    expect(typeCore([[1, 2]], [[1], [2]])).toEqual({ error: 'The ranges must have the same size.' });
    expect(typeCore([[1, 2]], [[1, 2, 3]], null, null, null, 'nl')).toEqual({ error: 'De bereiken moeten even groot zijn.' });
  });
});

describe('TYPE scale arguments', () => {
  it('rejects a scale that makes no sense, as a whole', () => {
    expect(typeCore(3, 3, 5, 1)).toEqual({ error: 'The scale minimum must be below the maximum.' });
    expect(typeCore(3, 3, 1, 5, 9)).toEqual({ error: 'The split point must lie within the scale.' });
    expect(typeCore(3, 3, 'low', 5)).toEqual({ error: 'The scale minimum, maximum and split must be numbers.' });
  });

  it('checks every score against the declared scale', () => {
    expect(typeCore(0, 0, 0, 10)).toEqual([['Free rider']]);
    expect(typeCore(11, 5, 0, 10)).toEqual([[{ error: 'Score 11 is outside the scale 0–10.' }]]);
  });
});

describe('ROLE', () => {
  it('names the roles (x = business, y = service) in both languages', () => {
    expect(roleCore(4, 2)).toEqual([['Butler']]);
    expect(roleCore(2, 2)).toEqual([['Accountant']]);
    expect(roleCore(2, 4)).toEqual([['Nanny']]);
    expect(roleCore(4, 4)).toEqual([['Representative']]);
    expect(roleCore([[4, 2]], [[4, 4]], null, null, null, 'nl')).toEqual([['Vertegenwoordiger', 'Nanny']]);
  });

  it('shares the argument checks', () => {
    expect(roleCore([['x']], [[4]])).toEqual([[{ error: 'Expected a number, got "x".' }]]);
    expect(roleCore([[1, 2]], [[1]], null, null, null, 'de')).toEqual({ error: 'Unknown language "de"; use "en" or "nl".' });
  });
});

describe('REACTION', () => {
  it('names the reactions (x = activity, y = constructiveness) in both languages', () => {
    expect(reactionCore(5, 5)).toEqual([['Voice']]);
    expect(reactionCore(1, 5)).toEqual([['Loyalty']]);
    expect(reactionCore(1, 1)).toEqual([['Neglect']]);
    expect(reactionCore(5, 1)).toEqual([['Exit']]);
    expect(reactionCore([[5], [1], [1], [5]], [[5], [5], [1], [1]], 1, 5, 3, 'nl')).toEqual([['Vechten'], ['Trouw'], ['Verwaarlozing'], ['Vluchten']]);
  });
});

describe('ATTENTION', () => {
  it('gives the attention each type needs', () => {
    expect(attentionCore([[4, 4, 2, 2]], [[4, 2, 4, 2]])).toEqual([['Low', 'High', 'Tipping point possible', 'Watch']]);
    expect(attentionCore([[4, 4, 2, 2]], [[4, 2, 4, 2]], null, null, null, 'nl')).toEqual([['Laag', 'Hoog', 'Kantelpunt mogelijk', 'Waakzaam']]);
  });

  it('reports bad scores per cell', () => {
    const out = attentionCore([[4, 9]], [[4, 4]]);
    expect(isFailure(out)).toBe(false);
    expect((out as unknown[][])[0][1]).toEqual({ error: 'Score 9 is outside the scale 1–5.' });
  });
});
