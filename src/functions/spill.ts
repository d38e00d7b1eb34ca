import { Language, message } from '../i18n';
import { Grid, Outcome, fail } from './outcome';

/**
 * Excel passes a range to a matrix parameter as rows of cells and a single value as
 * [[value]]; in tests and from other callers a bare scalar may arrive too.
 */
export function asMatrix(x: unknown): unknown[][] {
  if (!Array.isArray(x)) return [[x]];
  if (x.length === 0) return [[null]];
  return x.every(Array.isArray) ? (x as unknown[][]) : [x];
}

export function isSingle(m: unknown[][]): boolean {
  return m.length === 1 && m[0].length === 1;
}

function sameShape(a: unknown[][], b: unknown[][]): boolean {
  return a.length === b.length && a.every((row, i) => row.length === b[i].length);
}

/**
 * Combines two score arguments cell by cell into a grid of the same shape. A single
 * value is paired with every cell of a range (like Excel's own broadcasting); two
 * ranges of different shapes are an error of the whole call.
 */
export function zipGrid<T>(a: unknown[][], b: unknown[][], f: (x: unknown, y: unknown) => Outcome<T>, lang: Language): Outcome<Grid<T>> {
  if (isSingle(a) && !isSingle(b)) return b.map((row) => row.map((y) => f(a[0][0], y)));
  if (isSingle(b) && !isSingle(a)) return a.map((row) => row.map((x) => f(x, b[0][0])));
  if (!sameShape(a, b)) return fail(message(lang, 'rangesDifferInSize'));
  return a.map((row, i) => row.map((x, j) => f(x, b[i][j])));
}
