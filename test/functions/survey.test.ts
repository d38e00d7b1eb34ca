import { alphaCore, scoreCore } from '../../src/functions/survey-core';
import { setDefaultLanguage } from '../../src/functions/language';

afterEach(() => setDefaultLanguage('en'));

describe('SCORE', () => {
  const reversed = [[false, true, false]];

  it('averages answered items after reverse coding, one score per row', () => {
    const items = [
      [4, 2, 5], // 2 reversed on 1–5 is 4: (4 + 4 + 5) / 3 = 13/3
      [1, '', 3], // blank skipped: (1 + 3) / 2 = 2
      ['', 5, ''], // only the reversed item: 6 − 5 = 1
    ];
    const out = scoreCore(items, reversed) as number[][];
    expect(out.length).toBe(3);
    expect(out.every((row) => row.length === 1)).toBe(true);
    expect(out[0][0]).toBeCloseTo(13 / 3, 12);
    expect(out[1][0]).toBe(2);
    expect(out[2][0]).toBe(1);
  });

  it('without flags is the plain mean; flags may be 1/0 or WAAR/ONWAAR text', () => {
    expect(scoreCore([[4, 2, 5]])).toEqual([[11 / 3]]);
    expect(scoreCore([[4, 2, 5]], [[0, 1, 0]])).toEqual(scoreCore([[4, 2, 5]], reversed));
    expect(scoreCore([[4, 2, 5]], [['ONWAAR', 'WAAR', '']])).toEqual(scoreCore([[4, 2, 5]], reversed));
  });

  it('reverse-codes on the declared scale: on 1–7, 1 becomes 7', () => {
    expect(scoreCore([[7, 1]], [[false, true]], 1, 7)).toEqual([[7]]);
    expect(scoreCore([[7, 1]], [[false, true]], 0, 10)).toEqual([[8]]); // (7 + 9) / 2
  });

  it('reads answers with a Dutch decimal comma', () => {
    expect(scoreCore([['4,5', '3,5']])).toEqual([[4]]);
  });

  it('gives a bad row its own error and keeps the others', () => {
    const out = scoreCore([[1, 'x', 1], ['', '', ''], [2, 9, 2], [3, 3, 3]]);
    expect(out).toEqual([
      [{ error: 'Expected a number, got "x". (item column 2)' }],
      [{ error: 'None of the items is answered.' }],
      [{ error: 'Score 9 is outside the scale 1–5. (item column 2)' }],
      [3],
    ]);
  });

  it('rejects flags that do not fit the items, and a bad scale', () => {
    expect(scoreCore([[1, 2, 3]], [[true, false]])).toEqual({ error: 'The reverse-coded flags must be one row with one flag per item column (3).' });
    expect(scoreCore([[1, 2]], [[true], [false]])).toEqual({ error: 'The reverse-coded flags must be one row with one flag per item column (2).' });
    expect(scoreCore([[1, 2]], [[true, 'maybe']])).toEqual({ error: 'Reverse-coded flags must be TRUE/FALSE or 1/0.' });
    expect(scoreCore([[1, 2]], null, 5, 5)).toEqual({ error: 'The scale minimum must be below the maximum.' });
  });

  it('writes its errors in the default language', () => {
    setDefaultLanguage('nl');
    expect(scoreCore([['', '']])).toEqual([[{ error: 'Geen van de items is beantwoord.' }]]);
  });
});

describe('ALPHA', () => {
  // Textbook-style example, 4 respondents × 3 items:
  //   item 1: 2,4,3,5  mean 3.5  squared deviations 2.25+.25+.25+2.25 = 5  → variance 5/3
  //   item 2: 3,4,3,4  mean 3.5  squared deviations 4 × .25 = 1           → variance 1/3
  //   item 3: 3,5,4,4  mean 4    squared deviations 1+1+0+0 = 2           → variance 2/3
  //   sum of item variances = 8/3
  //   totals: 8,13,10,13  mean 11  squared deviations 9+4+1+4 = 18        → variance 6
  //   alpha = 3/2 · (1 − (8/3)/6) = 3/2 · 5/9 = 5/6
  const items = [
    [2, 3, 3],
    [4, 4, 5],
    [3, 3, 4],
    [5, 4, 4],
  ];

  it('matches the hand-computed value 5/6', () => {
    expect(alphaCore(items)).toBeCloseTo(5 / 6, 12);
  });

  it('leaves out rows with any blank and reads text numbers', () => {
    expect(alphaCore([...items, [1, '', 5], ['', '', '']])).toBeCloseTo(5 / 6, 12);
    expect(alphaCore([['2', '3', '3'], [4, '4,0', 5], [3, 3, 4], [5, 4, 4]])).toBeCloseTo(5 / 6, 12);
  });

  it('rejects text and says where it is', () => {
    expect(alphaCore([...items, [1, 'x', 5]])).toEqual({ error: 'Expected a number, got "x". (row 5, column 2 of the range)' });
  });

  it('needs two items, two complete respondents and varying totals', () => {
    expect(alphaCore([[1], [2], [3]])).toEqual({ error: "Cronbach's alpha needs at least two items (columns)." });
    expect(alphaCore([[1, 2], [3, '']])).toEqual({ error: "Cronbach's alpha needs at least two complete respondents (rows)." });
    expect(alphaCore([[1, 2], [2, 1]])).toEqual({ error: "Cronbach's alpha is undefined: the total scores do not vary." });
  });
});
