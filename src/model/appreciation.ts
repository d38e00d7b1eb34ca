/**
 * Incident appreciation timeline (domain §4). Days are Excel serial day numbers so
 * the model never touches Date or time zones.
 */
export interface AppreciationSettings {
  /** Days for the running total to halve; 0 switches decay off. */
  readonly halfLifeDays: number;
  /** Lower (critical) bound, below zero. */
  readonly critical: number;
  /** Upper (euphoria) bound, above zero. */
  readonly euphoria: number;
  /** An excursion lasting longer than this many days is "prolonged". */
  readonly prolongedDays: number;
}

/**
 * Decay is off by default (half-life 0): the guide moves the appreciation with incidents
 * only and warns that unmanaged incidents fester ("gaan etteren") rather than heal; with
 * decay on, a neglected problem (guide 002's green-maintenance case) would drift back
 * within the bounds by itself. A half-life remains a setting for users who want old
 * incidents to count less.
 */
export const DEFAULT_APPRECIATION: AppreciationSettings = {
  halfLifeDays: 0,
  critical: -6,
  euphoria: 6,
  prolongedDays: 60,
};

export interface Incident {
  readonly day: number;
  readonly impact: number;
}

export type AppreciationStatus = 'normal' | 'critical' | 'euphoria';
export const APPRECIATION_STATUSES: readonly AppreciationStatus[] = ['normal', 'critical', 'euphoria'];

export interface Excursion {
  readonly side: Exclude<AppreciationStatus, 'normal'>;
  readonly start: number;
  /** Day it came back within bounds, or the as-of day when still outside. */
  readonly end: number;
  readonly ongoing: boolean;
  readonly days: number;
  readonly prolonged: boolean;
}

/** Running total right before and right after the incidents of one day. */
export interface TimelinePoint {
  readonly day: number;
  readonly before: number;
  readonly after: number;
}

export interface Timeline {
  readonly settings: AppreciationSettings;
  readonly points: readonly TimelinePoint[];
  readonly excursions: readonly Excursion[];
  readonly asOf: number;
  readonly value: number;
  readonly status: AppreciationStatus;
  /** Days outside the bounds in the current excursion (0 when normal). */
  readonly currentDaysOutside: number;
  /** True when the current excursion already lasts longer than prolongedDays. */
  readonly prolonged: boolean;
  readonly totalDaysOutside: number;
  /** Incidents dated after asOf are left out of the timeline. */
  readonly ignoredAfterAsOf: number;
}

export type SettingsError = 'criticalNotNegative' | 'euphoriaNotPositive' | 'halfLifeNegative' | 'prolongedNegative';

export function checkAppreciationSettings(s: AppreciationSettings): SettingsError | undefined {
  if (!(s.critical < 0)) return 'criticalNotNegative';
  if (!(s.euphoria > 0)) return 'euphoriaNotPositive';
  if (!(s.halfLifeDays >= 0)) return 'halfLifeNegative';
  if (!(s.prolongedDays >= 0)) return 'prolongedNegative';
  return undefined;
}

export function decay(value: number, days: number, halfLifeDays: number): number {
  if (halfLifeDays === 0 || days <= 0) return value;
  return value * Math.pow(2, -days / halfLifeDays);
}

export function statusOf(value: number, s: AppreciationSettings): AppreciationStatus {
  if (value < s.critical) return 'critical';
  if (value > s.euphoria) return 'euphoria';
  return 'normal';
}

/** Days until a decaying value outside a bound comes back to it (Infinity without decay). */
function daysToReturn(value: number, s: AppreciationSettings): number {
  const bound = value < 0 ? s.critical : s.euphoria;
  if (s.halfLifeDays === 0) return Infinity;
  return s.halfLifeDays * Math.log2(value / bound);
}

/** Groups incidents per day, summing impacts, in day order. */
export function incidentDays(incidents: readonly Incident[]): Incident[] {
  const byDay = new Map<number, number>();
  for (const i of incidents) byDay.set(i.day, (byDay.get(i.day) ?? 0) + i.impact);
  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([day, impact]) => ({ day, impact }));
}

/**
 * Appreciation starts at 0; each incident adds its impact on its day; between
 * incidents the total decays toward 0 with the half-life. The shells and functions
 * pass the analysis date (analysis-date.ts); without one, the last incident day.
 */
export function computeTimeline(incidents: readonly Incident[], s: AppreciationSettings = DEFAULT_APPRECIATION, asOfDay?: number): Timeline {
  const days = incidentDays(incidents);
  const asOf = asOfDay ?? (days.length ? days[days.length - 1].day : 0);
  const used = days.filter((d) => d.day <= asOf);
  const ignoredAfterAsOf = incidents.filter((i) => i.day > asOf).length;

  const points: TimelinePoint[] = [];
  const excursions: Excursion[] = [];
  let open: { side: Excursion['side']; start: number } | undefined;
  const close = (end: number, ongoing: boolean): void => {
    if (!open) return;
    const d = end - open.start;
    excursions.push({ side: open.side, start: open.start, end, ongoing, days: d, prolonged: d > s.prolongedDays });
    open = undefined;
  };

  let value = 0;
  let day = used.length ? used[0].day : asOf;
  for (let i = 0; i < used.length; i++) {
    const inc = used[i];
    value = decay(value, inc.day - day, s.halfLifeDays);
    day = inc.day;
    const before = value;
    value += inc.impact;
    points.push({ day, before, after: value });
    const st = statusOf(value, s);
    if (open && open.side !== st) close(day, false);
    if (st !== 'normal' && !open) open = { side: st, start: day };
    // Still outside after this incident: it may drift back inside before the next one.
    if (open) {
      const next = i + 1 < used.length ? used[i + 1].day : asOf;
      const back = day + daysToReturn(value, s);
      if (back <= next && back <= asOf) close(back, false);
    }
  }
  value = decay(value, asOf - day, s.halfLifeDays);
  close(asOf, true);

  const current = excursions.length && excursions[excursions.length - 1].ongoing ? excursions[excursions.length - 1] : undefined;
  const status = current ? current.side : 'normal';
  return {
    settings: s,
    points,
    excursions,
    asOf,
    value,
    status,
    currentDaysOutside: current?.days ?? 0,
    prolonged: current?.prolonged ?? false,
    totalDaysOutside: excursions.reduce((t, e) => t + e.days, 0),
    ignoredAfterAsOf,
  };
}

/** Value of the timeline on any day up to asOf, for charts. */
export function valueAt(t: Timeline, day: number): number {
  let v = 0;
  let last: number | undefined;
  for (const p of t.points) {
    if (p.day > day) break;
    v = p.after;
    last = p.day;
  }
  return last === undefined ? 0 : decay(v, day - last, t.settings.halfLifeDays);
}
