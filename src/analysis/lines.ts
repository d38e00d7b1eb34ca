import { AppreciationSettings, computeTimeline, isGoalChange, lineIncidents } from '../model';
import type { IncidentRow } from '../input/types';
import type { LineResult, PartyTallies } from './results';

/** The personal and business lines of a supplier with incidents (model/appreciation-lines.ts). */
export function supplierLines(incidents: readonly IncidentRow[], settings: AppreciationSettings, asOf: number | undefined): Record<'personal' | 'business', LineResult> {
  const line = (l: 'personal' | 'business'): LineResult => ({
    line: l,
    ...(incidents.length ? { timeline: computeTimeline(lineIncidents(incidents, l), settings, asOf) } : {}),
  });
  return { personal: line('personal'), business: line('business') };
}

/** External incidents up to the as-of day: goal changes. */
export function goalChanges(incidents: readonly IncidentRow[], asOf: number | undefined): number {
  if (asOf === undefined) return 0;
  return incidents.filter((i) => i.day <= asOf && isGoalChange(i.category)).length;
}

/** Incidents up to the as-of day per party they hit. */
export function partyTallies(incidents: readonly IncidentRow[], asOf: number | undefined): PartyTallies {
  const acc = {
    client: { count: 0, negative: 0, positive: 0 },
    supplier: { count: 0, negative: 0, positive: 0 },
    unknown: { count: 0, negative: 0, positive: 0 },
  };
  if (asOf === undefined) return acc;
  for (const i of incidents) {
    if (i.day > asOf) continue;
    const t = acc[i.party ?? 'unknown'];
    t.count++;
    if (i.impact < 0) t.negative += i.impact;
    else t.positive += i.impact;
  }
  return acc;
}
