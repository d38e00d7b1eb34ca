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

type Text = string | number | boolean | null | undefined;

function textLength(t: Text): number {
  return t === null || t === undefined ? 0 : typeof t === 'string' ? t.length : String(t).length;
}

function clampWidth(longest: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, longest + PADDING));
}

/** Width that shows the longest text, between `min` and `max` (longer text wraps or is cut at `max`). */
export function fitWidth(texts: readonly Text[], min: number, max: number): number {
  let longest = 0;
  for (const t of texts) longest = Math.max(longest, textLength(t));
  return clampWidth(longest, min, max);
}

/**
 * fitWidth over one field of many items plus a few extra texts (the header), without
 * building an array of every text first: report columns hold one entry per supplier.
 */
export function fitWidthOf<T>(items: readonly T[], text: (item: T) => Text, extra: readonly Text[], min: number, max: number): number {
  let longest = 0;
  for (const t of extra) longest = Math.max(longest, textLength(t));
  // Nothing can be wider than `max`: stop looking once a text reaches it.
  const enough = max - PADDING;
  for (let i = 0; i < items.length && longest < enough; i++) longest = Math.max(longest, textLength(text(items[i])));
  return clampWidth(longest, min, max);
}

/** fitWidth of column `j` of a row-major table plus the header. */
export function fitColumn(rows: readonly (readonly Text[])[], j: number, header: Text, min: number, max: number): number {
  return fitWidthOf(rows, (r) => r[j], [header], min, max);
}

const SPACE = 32;
const NEWLINE = 10;

/** Lines a text needs when wrapped at word boundaries in a column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  // Proportional fonts fit a little more than `width` average characters; the padding evens that out.
  const usable = Math.max(1, width);
  // Most cells are one short line: no need to look at the words.
  if (text.length <= usable && text.indexOf('\n') < 0) return 1;
  // One pass over the characters, words delimited by spaces, paragraphs by newlines
  // (the same rule as splitting on '\n' and then on ' ', without the arrays).
  let lines = 1;
  let line = 0;
  let wordStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text.charCodeAt(i) : NEWLINE;
    if (ch !== SPACE && ch !== NEWLINE) continue;
    const word = i - wordStart;
    const need = line === 0 ? word : line + 1 + word;
    if (need <= usable) line = need;
    else {
      // A word longer than the column breaks over several lines on its own.
      lines += line === 0 ? 0 : 1;
      lines += Math.floor(Math.max(0, word - 1) / usable);
      line = word % usable || usable;
    }
    wordStart = i + 1;
    if (ch === NEWLINE && i < text.length) {
      lines++;
      line = 0;
    }
  }
  return lines;
}

/** Height in points of a row of wrapped cells: the tallest cell decides. */
export function rowHeight(cells: readonly { text: string; width: number }[]): number {
  let lines = 1;
  for (const c of cells) lines = Math.max(lines, wrappedLines(c.text, c.width));
  return lines * LINE_HEIGHT;
}
