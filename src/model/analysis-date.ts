/**
 * The analysis date: the one day every shell (task pane, ribbon, command line) and the
 * custom functions evaluate the appreciation on, so that they give the same status
 * for the same incidents and settings (issue 6). The rule, documented in the README:
 * the date the user set (pane "Analysis date", `--as-of`, the functions' `as_of`),
 * else today. Today is the only default that does not depend on which incidents a
 * caller sees: a function given one supplier's incidents and the pipeline given the
 * whole workbook agree without knowing about each other.
 */
import { serialFromDate } from './serial-days';

/** Where the analysis date came from, for the summaries that show it. */
export type AnalysisDateSource = 'set' | 'today' | 'latestIncident';

export interface AnalysisDate {
  readonly day: number;
  readonly source: AnalysisDateSource;
}

/**
 * Excel serial day of the calendar day a moment falls on in local time: what Excel's
 * TODAY() gives on that machine. Pure for a given moment; the shells pass `new Date()`.
 */
export function serialDayOf(moment: Date): number {
  return serialFromDate(moment.getFullYear(), moment.getMonth() + 1, moment.getDate()) ?? 0;
}

/**
 * The rule. `today` comes from the shell's clock (every shell passes it); a caller
 * without a clock — pure code and tests that set neither date — gets the latest
 * incident day instead, so its results stay the same from day to day. Undefined only
 * when there is no date at all (no clock and no incidents).
 */
export function analysisDate(set: number | undefined, today: number | undefined, incidentDays: Iterable<number> = []): AnalysisDate | undefined {
  if (set !== undefined) return { day: set, source: 'set' };
  if (today !== undefined) return { day: today, source: 'today' };
  let latest: number | undefined;
  for (const d of incidentDays) if (latest === undefined || d > latest) latest = d;
  return latest === undefined ? undefined : { day: latest, source: 'latestIncident' };
}
