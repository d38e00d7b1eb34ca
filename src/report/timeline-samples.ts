import { valueAt, Timeline } from '../model';

export interface Sample {
  readonly day: number;
  readonly value: number;
  /** True for the value right before an incident day's step (the other lines need the same moment). */
  readonly before?: true;
}

/** Upper bound on decay samples per supplier; incident days always get their two points. */
export const MAX_DECAY_SAMPLES = 150;

/** Incident days drawn per supplier: a longer history is drawn from its latest MAX_DRAWN_INCIDENT_DAYS. */
export const MAX_DRAWN_INCIDENT_DAYS = 100;

/** Most samples (chart-data rows) one supplier can get: two per incident day, the decay samples and the as-of day. */
export const MAX_SAMPLES_PER_SUPPLIER = 2 * MAX_DRAWN_INCIDENT_DAYS + MAX_DECAY_SAMPLES + 1;

/**
 * Points to draw a timeline with straight lines: at each incident day the value
 * before and after (a vertical step), decay samples every `stepDays` in between,
 * and the as-of day. A long history widens the step so the decay samples stay
 * under MAX_DECAY_SAMPLES; more than MAX_DRAWN_INCIDENT_DAYS incident days are
 * drawn from the latest ones only, so one supplier never exceeds
 * MAX_SAMPLES_PER_SUPPLIER rows (values stay exact: they come from the whole timeline).
 */
export function timelineSamples(t: Timeline, stepDays = 7): Sample[] {
  const all = t.points;
  if (all.length === 0) return [];
  const pts = all.length > MAX_DRAWN_INCIDENT_DAYS ? all.slice(all.length - MAX_DRAWN_INCIDENT_DAYS) : all;
  const span = t.asOf - pts[0].day;
  const step = Math.max(stepDays, Math.ceil(span / MAX_DECAY_SAMPLES));
  const out: Sample[] = [];
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i];
    out.push({ day: p.day, value: p.before, before: true }, { day: p.day, value: p.after });
    const next = i + 1 < pts.length ? pts[i + 1].day : t.asOf;
    for (let d = p.day + step; d < next; d += step) out.push({ day: d, value: valueAt(t, d) });
  }
  const last = pts[pts.length - 1].day;
  if (t.asOf > last) out.push({ day: t.asOf, value: t.value });
  return out;
}
