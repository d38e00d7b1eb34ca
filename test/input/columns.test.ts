import { columnLetter, columnNumber } from '../../src/input';

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [3, 'C'],
    [26, 'Z'],
    [27, 'AA'],
    [28, 'AB'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('%d → %s and back', (n, letter) => {
    expect(columnLetter(n)).toBe(letter);
    expect(columnNumber(letter)).toBe(n);
    expect(columnNumber(letter.toLowerCase())).toBe(n);
  });
});
