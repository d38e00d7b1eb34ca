import { valueAt, Timeline } from '../model';

export interface Sample {
  readonly day: number;
  readonly value: number;
}

/** Upper bound on decay samples per supplier; incident days always get their two points. */
export const MAX_DECAY_SAMPLES = 150;

/**
 * Points to draw a timeline with straight lines: at each incident day the value
 * before and after (a vertical step), decay samples every `stepDays` in between,
 * and the as-of day. A long history widens the step so the decay samples stay
 * under MAX_DECAY_SAMPLES.
 */
export function timelineSamples(t: Timeline, stepDays = 7): Sample[] {
  const pts = t.points;
  if (pts.length === 0) return [];
  const span = t.asOf - pts[0].day;
  const step = Math.max(stepDays, Math.ceil(span / MAX_DECAY_SAMPLES));
  const out: Sample[] = [];
  pts.forEach((p, i) => {
    out.push({ day: p.day, value: p.before }, { day: p.day, value: p.after });
    const next = i + 1 < pts.length ? pts[i + 1].day : t.asOf;
    for (let d = p.day + step; d < next; d += step) out.push({ day: d, value: valueAt(t, d) });
  });
  const last = pts[pts.length - 1].day;
  if (t.asOf > last) out.push({ day: t.asOf, value: t.value });
  return out;
}
