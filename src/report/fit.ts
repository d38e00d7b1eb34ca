/**
 * Column widths and row heights estimated from the text itself. Widths are in
 * Excel's "characters" (of the default font); a little padding keeps text off the
 * cell border. Estimates only: no font metrics are available in the pure core.
 */
const PADDING = 2;
/** Cap for columns of supplier names: most names fit, an extreme one is cut or wraps. */
export const NAME_WIDTH = 60;

/** Points per line of the default 11-point font. */
export const LINE_HEIGHT = 15;

/** Width that shows the longest text, between `min` and `max` (longer text wraps or is cut at `max`). */
export function fitWidth(texts: readonly (string | number | boolean | null | undefined)[], min: number, max: number): number {
  const longest = texts.reduce<number>((w, t) => (t === null || t === undefined ? w : Math.max(w, String(t).length)), 0);
  return Math.min(max, Math.max(min, longest + PADDING));
}

/** Lines a text needs when wrapped at word boundaries in a column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  // Proportional fonts fit a little more than `width` average characters; the padding evens that out.
  const usable = Math.max(1, width);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const need = line === 0 ? word.length : line + 1 + word.length;
      if (need <= usable) line = need;
      else {
        // A word longer than the column breaks over several lines on its own.
        lines += line === 0 ? 0 : 1;
        lines += Math.floor(Math.max(0, word.length - 1) / usable);
        line = word.length % usable || usable;
      }
    }
  }
  return lines;
}

/** Height in points of a row of wrapped cells: the tallest cell decides. */
export function rowHeight(cells: readonly { text: string; width: number }[]): number {
  const lines = cells.reduce((n, c) => Math.max(n, wrappedLines(c.text, c.width)), 1);
  return lines * LINE_HEIGHT;
}
