import fc from 'fast-check';
import { coerceNumber, coerceText, isBlank, isErrorValue, parseNumberText, unwrapCell } from '../../src/input';

const ok = (value: number) => ({ kind: 'ok', value });

describe('coerceNumber', () => {
  it.each([
    [4, 4],
    [3.5, 3.5],
    [-2, -2],
  ])('keeps number cell %p', (cell, n) => {
    expect(coerceNumber(cell)).toEqual(ok(n));
  });

  it.each([
    ['3,5', 3.5],
    ['3.5', 3.5],
    [' 4 ', 4],
    ['-2', -2],
    ['+2', 2],
    ['\u22122', -2], // Unicode minus sign
    ['\u22123,25', -3.25],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5], // no-break space as thousands separator
    [',5', 0.5],
    ['0,25', 0.25],
    ['1,5e3', 1500],
    ['2E-2', 0.02],
    ['007', 7],
  ])('reads text "%s" as %p', (text, n) => {
    expect(coerceNumber(text)).toEqual(ok(n));
  });

  it.each(['abc', '3,5,1', '1.23,4', '3,5.1.2', '5,', '1 2', '12abc', '--2', '3 %', 'e5', '1e999', 'Infinity', '1.234 567.8'])(
    'rejects text "%s"',
    (text) => {
      expect(coerceNumber(text)).toEqual({ kind: 'invalid', text: text.trim() });
    },
  );

  it.each([NaN, Infinity, -Infinity])('rejects non-finite number %p', (n) => {
    expect(coerceNumber(n).kind).toBe('invalid');
  });

  it.each([true, false])('rejects boolean %p', (b) => {
    expect(coerceNumber(b)).toEqual({ kind: 'invalid', text: b ? 'TRUE' : 'FALSE' });
  });

  it('rejects a Date in a number column', () => {
    expect(coerceNumber(new Date(Date.UTC(2025, 0, 1))).kind).toBe('invalid');
  });

  it.each([null, undefined, '', '   ', '\t', '\u00a0'])('treats %p as blank', (cell) => {
    expect(coerceNumber(cell)).toEqual({ kind: 'blank' });
    expect(isBlank(cell)).toBe(true);
  });

  const errors = ['#N/A', '#VALUE!', '#DIV/0!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#GETTING_DATA', '#SPILL!', '#CALC!'];
  it.each(errors)('reports error value "%s" as a string (Office.js)', (e) => {
    expect(coerceNumber(e)).toEqual({ kind: 'error', text: e });
    expect(isErrorValue(e)).toBe(true);
  });
  it.each(errors)('reports error value "%s" as an exceljs error object', (e) => {
    expect(coerceNumber({ error: e })).toEqual({ kind: 'error', text: e });
  });
  it('does not take ordinary text starting with # for an error', () => {
    expect(isErrorValue('#1 supplier')).toBe(false);
  });

  it('unwraps exceljs formula results, rich text and hyperlinks', () => {
    expect(coerceNumber({ formula: 'A1*2', result: 4 })).toEqual(ok(4));
    expect(coerceNumber({ formula: 'A1/0', result: { error: '#DIV/0!' } })).toEqual({ kind: 'error', text: '#DIV/0!' });
    expect(unwrapCell({ richText: [{ text: 'Ac' }, { text: 'me' }] })).toBe('Acme');
    expect(unwrapCell({ text: 'Acme', hyperlink: 'https://acme.example' })).toBe('Acme');
  });
});

describe('number text round trip (property)', () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

  it('parses any finite number written with a dot decimal back to the same number', () => {
    fc.assert(fc.property(finite, (n) => parseNumberText(String(n)) === n));
  });

  it('parses any finite number written with a Dutch comma decimal back to the same number', () => {
    fc.assert(fc.property(finite, (n) => parseNumberText(String(n).replace('.', ',')) === n));
  });

  it('parses Dutch-formatted numbers with thousands separators back to the same number', () => {
    const nl = new Intl.NumberFormat('nl-NL', { maximumSignificantDigits: 17, useGrouping: true });
    const moderate = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 });
    fc.assert(fc.property(moderate, (n) => parseNumberText(nl.format(n)) === n));
  });
});

describe('coerceText', () => {
  it('trims text and keeps formula-like text exactly as data', () => {
    expect(coerceText('  Acme BV ')).toEqual({ kind: 'ok', value: 'Acme BV' });
    expect(coerceText('=SUM(A1)')).toEqual({ kind: 'ok', value: '=SUM(A1)' });
    expect(coerceText('@foo')).toEqual({ kind: 'ok', value: '@foo' });
    expect(coerceText('-2 weken')).toEqual({ kind: 'ok', value: '-2 weken' });
  });
  it('turns numbers into text and reports errors and blanks', () => {
    expect(coerceText(123)).toEqual({ kind: 'ok', value: '123' });
    expect(coerceText('#REF!')).toEqual({ kind: 'error', text: '#REF!' });
    expect(coerceText('  ')).toEqual({ kind: 'blank' });
  });
});
