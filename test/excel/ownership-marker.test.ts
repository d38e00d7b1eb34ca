import fc from 'fast-check';
import {
  isValidDefinedName,
  keyFromMarkerName,
  MARKER_PREFIX,
  markerName,
  SHEET_KEY_PROPERTY,
  sheetA1Reference,
  sheetOfReference,
} from '../../src/report/ownership-marker';
import { SHEET_KEY_PROPERTY as EXCEL_SHELL_PROPERTY } from '../../src/excel/ownership';

describe('the shared marker format', () => {
  it('is the one both shells use', () => {
    expect(MARKER_PREFIX).toBe('_rmo.');
    expect(SHEET_KEY_PROPERTY).toBe('rmo.sheetKey');
    expect(EXCEL_SHELL_PROPERTY).toBe(SHEET_KEY_PROPERTY);
    expect(sheetA1Reference("Bob's")).toBe("'Bob''s'!$A$1");
  });

  it('names the marker of a key with the prefix and the key itself', () => {
    expect(markerName('rmo.results')).toBe('_rmo.rmo.results');
    expect(markerName('rmo.problems')).toBe('_rmo.rmo.problems');
  });

  it('gives the key back from a marker name, whatever the case of the prefix', () => {
    expect(keyFromMarkerName('_rmo.rmo.results')).toBe('rmo.results');
    expect(keyFromMarkerName('_RMO.rmo.results')).toBe('rmo.results');
    expect(keyFromMarkerName('_rmo.')).toBeUndefined();
    expect(keyFromMarkerName('_rmoX.results')).toBeUndefined();
    expect(keyFromMarkerName('Print_Area')).toBeUndefined();
    expect(keyFromMarkerName('rmo.results')).toBeUndefined();
  });

  it('round-trips every key made of name characters', () => {
    const ch = fc.constantFrom(...'abcxyzABCXYZ0189_.'.split(''));
    fc.assert(
      fc.property(fc.array(ch, { minLength: 1, maxLength: 40 }), (chars) => {
        const key = chars.join('');
        const name = markerName(key);
        expect(isValidDefinedName(name)).toBe(true);
        expect(keyFromMarkerName(name)).toBe(key);
      }),
    );
  });

  it('refuses a key that cannot be a defined name rather than changing it', () => {
    expect(() => markerName('rmo.my results')).toThrow(RangeError);
    expect(() => markerName('rmo-results')).toThrow(RangeError);
    expect(() => markerName('')).toThrow(RangeError);
    expect(() => markerName('k'.repeat(251))).toThrow(RangeError); // 5 + 251 = 256 > 255
    expect(markerName('k'.repeat(250))).toHaveLength(255);
  });

  it('applies Excel\'s defined-name rules', () => {
    for (const ok of ['_rmo.rmo.results', 'Sales.Q1', '_x', 'Total_2024', 'RC1x', 'ABCD1']) expect(isValidDefinedName(ok)).toBe(true);
    // Not a letter/underscore first, a forbidden character, or readable as a cell reference.
    for (const bad of ['', '1abc', '.a', 'a-b', 'a b', "a'b", 'A1', 'xfd1048576', 'R1C1', 'r2c', 'R', 'c', 'C12', 'RC']) {
      expect(isValidDefinedName(bad)).toBe(false);
    }
  });

  it('finds the sheet a reference points at', () => {
    expect(sheetOfReference("'Results (2)'!$A$1")).toBe('Results (2)');
    expect(sheetOfReference("='Bob''s sheet'!$A$1")).toBe("Bob's sheet");
    expect(sheetOfReference('Results!$A$1')).toBe('Results');
    expect(sheetOfReference('=Results!A1:B2')).toBe('Results');
    expect(sheetOfReference("'It''s!'!$A$1")).toBe("It's!");
  });

  it('finds no sheet in a broken, external or constant reference', () => {
    expect(sheetOfReference('#REF!$A$1')).toBeUndefined();
    expect(sheetOfReference('=#REF!')).toBeUndefined();
    expect(sheetOfReference('#REF!')).toBeUndefined();
    expect(sheetOfReference('[1]Sheet1!$A$1')).toBeUndefined();
    expect(sheetOfReference("'[Book.xlsx]Sheet1'!$A$1")).toBeUndefined();
    expect(sheetOfReference('42')).toBeUndefined();
    expect(sheetOfReference("'unterminated!$A$1")).toBeUndefined();
    // A real sheet that happens to be called #REF is quoted, so it still counts.
    expect(sheetOfReference("'#REF'!$A$1")).toBe('#REF');
  });

  it('reads back the sheet of every reference it writes', () => {
    const sheetChar = fc.constantFrom(..."ab Z9'!#()-.,é".split(''));
    fc.assert(
      fc.property(fc.array(sheetChar, { minLength: 1, maxLength: 31 }), (chars) => {
        const sheet = chars.join('');
        expect(sheetOfReference(sheetA1Reference(sheet))).toBe(sheet);
        expect(sheetOfReference('=' + sheetA1Reference(sheet))).toBe(sheet);
      }),
    );
  });
});
