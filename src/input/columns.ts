/**
 * Sheet column letters, shared by the input layer (problem places such as "Impact (D)")
 * and both shells (A1 addresses, table references), so all name a column the same way.
 */

/** Letters of a one-based column number: 1 → A, 26 → Z, 27 → AA, 703 → AAA. */
export function columnLetter(col: number): string {
  let n = Math.floor(col);
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** One-based column number of letters (inverse of columnLetter): "A" → 1, "AA" → 27; case ignored. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
