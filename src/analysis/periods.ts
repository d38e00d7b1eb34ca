/**
 * Period ordering. Periods are free text typed by the user ("2025", "2025-Q1",
 * "Q1 2025", "2025-01", "15-01-2025"). When every period reads as a calendar
 * position we sort chronologically, so "Q4 2024" comes before "Q1 2025" even
 * though it sorts after it as text; otherwise we fall back to natural text order
 * ("Period 2" before "Period 10"). Deciding over the whole set keeps one order
 * for all suppliers.
 */
import { serialFromDate } from '../model';

// Made on first use, not when the module loads: building a collator costs several ms, and this
// module is evaluated on every start of the task pane and the custom functions.
let natural: Intl.Collator | undefined;

export function naturalCompare(a: string, b: string): number {
  natural ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return natural.compare(a, b);
}

function key(y: number, m: number, d: number): number | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return y * 10000 + m * 100 + d;
}

/**
 * Sortable number for a period's first day (yyyymmdd), or undefined when the text
 * is not a recognised calendar period. Day-first for d-m-yyyy (Dutch and most of
 * Europe), documented in the README.
 */
export function periodKey(period: string): number | undefined {
  const p = period.trim();
  let m: RegExpMatchArray | null;
  if ((m = p.match(/^(\d{4})$/))) return key(+m[1], 1, 1);
  if ((m = p.match(/^(\d{4})[-/.](\d{1,2})$/))) return key(+m[1], +m[2], 1);
  if ((m = p.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/))) return key(+m[1], +m[2], +m[3]);
  if ((m = p.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/))) return key(+m[3], +m[2], +m[1]);
  // Quarters (Q, or K for Dutch "kwartaal") and halves, year first or last.
  if ((m = p.match(/^(\d{4})\s*[-/ ]?\s*([QK])([1-4])$/i))) return key(+m[1], 3 * +m[3] - 2, 1);
  if ((m = p.match(/^([QK])([1-4])\s*[-/ ]?\s*(\d{4})$/i))) return key(+m[3], 3 * +m[2] - 2, 1);
  if ((m = p.match(/^(\d{4})\s*[-/ ]?\s*H([12])$/i))) return key(+m[1], 6 * +m[2] - 5, 1);
  if ((m = p.match(/^H([12])\s*[-/ ]?\s*(\d{4})$/i))) return key(+m[2], 6 * +m[1] - 5, 1);
  return undefined;
}

/**
 * Comparator for the given set of periods: chronological when all non-blank
 * periods parse, natural text order otherwise. A blank period ("" = none given)
 * always sorts first, as the oldest.
 */
export function periodComparator(periods: Iterable<string>): (a: string, b: string) => number {
  const keys = new Map<string, number>();
  let chronological = true;
  for (const p of periods) {
    if (p.trim() === '' || keys.has(p)) continue;
    const k = periodKey(p);
    if (k === undefined) chronological = false;
    else keys.set(p, k);
  }
  return (a, b) => {
    const ba = a.trim() === '';
    const bb = b.trim() === '';
    if (ba || bb) return ba && bb ? 0 : ba ? -1 : 1;
    if (chronological) {
      const d = (keys.get(a) ?? 0) - (keys.get(b) ?? 0);
      if (d !== 0) return d;
    }
    return naturalCompare(a, b);
  };
}

/** Distinct periods in order (see periodComparator). */
export function sortPeriods(periods: Iterable<string>): string[] {
  const distinct = [...new Set(periods)];
  return distinct.sort(periodComparator(distinct));
}

/**
 * Excel serial day of a period's first day ("2025-Q3" → 1 July 2025, "2025-K3" too,
 * "2025-H2" → 1 July, "2025-03" → 1 March, "2025" → 1 January), or undefined when the
 * period cannot be read as a date range.
 */
export function periodStartDay(period: string): number | undefined {
  const k = periodKey(period);
  return k === undefined ? undefined : serialFromDate(Math.floor(k / 10000), Math.floor(k / 100) % 100, k % 100);
}
