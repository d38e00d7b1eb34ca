import { daysInMonth, serialFromDate } from '../model';

/**
 * The last day of a period that reads as a date range (2025, 2025-Q3, Q3 2025, 2025-H2,
 * 2025-03, a single date), as an Excel serial day; undefined otherwise. The relationship
 * state places a period's scores at its end: that is when the assessment is known.
 */
export function periodEndDay(period: string): number | undefined {
  const p = period.trim();
  let m: RegExpMatchArray | null;
  const monthEnd = (y: number, mo: number): number | undefined => (mo >= 1 && mo <= 12 ? serialFromDate(y, mo, daysInMonth(y, mo)) : undefined);
  if ((m = p.match(/^(\d{4})$/))) return monthEnd(+m[1], 12);
  if ((m = p.match(/^(\d{4})[-/.](\d{1,2})$/))) return monthEnd(+m[1], +m[2]);
  if ((m = p.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/))) return serialFromDate(+m[1], +m[2], +m[3]);
  if ((m = p.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/))) return serialFromDate(+m[3], +m[2], +m[1]);
  if ((m = p.match(/^(\d{4})\s*[-/ ]?\s*[QK]([1-4])$/i))) return monthEnd(+m[1], 3 * +m[2]);
  if ((m = p.match(/^[QK]([1-4])\s*[-/ ]?\s*(\d{4})$/i))) return monthEnd(+m[2], 3 * +m[1]);
  if ((m = p.match(/^(\d{4})\s*[-/ ]?\s*H([12])$/i))) return monthEnd(+m[1], 6 * +m[2]);
  if ((m = p.match(/^H([12])\s*[-/ ]?\s*(\d{4})$/i))) return monthEnd(+m[2], 6 * +m[1]);
  return undefined;
}
