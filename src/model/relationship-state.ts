import type { AppreciationLine } from './appreciation-lines';
import type { Excursion, Timeline } from './appreciation';
import type { Party } from './party';
import type { Reaction } from './reactions';
import type { MoveDirection } from './trajectory';
import type { RelationshipType } from './typology';

/**
 * The relationship's state with memory (guide 002): "Als relatiemanagement als actieve
 * functie ontbreekt en die probleemsituatie gaat te lang voortduren zal dat de
 * samenwerkingsrelatie structureel schaden ... een zakelijk partnership degradeert tot
 * een normale leveranciersrelatie. Blijft de probleemsituatie voortduren, dan kan dit het
 * einde van de samenwerking inluiden, maar het kan ook ... een escalatieproces starten
 * waarbij de weg terug omhoog wordt gevonden."
 *
 * - partnership: nothing wrong observed (the starting state, unless the first type is a free rider);
 * - underPressure: an appreciation line is outside its bounds, or a first step down;
 * - damaged: an excursion lasted longer than the prolonged limit: structural damage,
 *   remembered after the value is back within the bounds by decay alone (unmanaged
 *   incidents fester, "gaan etteren");
 * - degraded: a plain supplier relationship: the type fell to free rider, a worse move
 *   after pressure, or a party neglects the relationship;
 * - ending: a party exits;
 * - recovering: back within the bounds through (positive) incidents after damage, an
 *   escalation by voice, or a better typology move; a pillar type ends the recovery.
 */
export type RelationshipState = 'partnership' | 'underPressure' | 'damaged' | 'degraded' | 'ending' | 'recovering';
export const RELATIONSHIP_STATES: readonly RelationshipState[] = ['partnership', 'underPressure', 'damaged', 'degraded', 'ending', 'recovering'];

/** What moved the state. */
export type StateCause =
  | 'start'
  | 'excursion'
  | 'prolonged'
  | 'backWithin'
  | 'recoveredByIncidents'
  | 'worseMove'
  | 'freeRider'
  | 'betterMove'
  | 'pillar'
  | 'neglect'
  | 'exit'
  | 'voice';

/** One observation in time order. Days are Excel serial days; a period's day is its last day where known. */
export type StateEvent =
  | { readonly kind: 'excursionStart'; readonly day: number; readonly line: AppreciationLine }
  | { readonly kind: 'prolonged'; readonly day: number; readonly line: AppreciationLine }
  | { readonly kind: 'excursionEnd'; readonly day: number; readonly line: AppreciationLine; readonly byIncident: boolean }
  | { readonly kind: 'type'; readonly day?: number; readonly period: string; readonly party: Party; readonly type: RelationshipType; readonly direction?: MoveDirection }
  | { readonly kind: 'reaction'; readonly day?: number; readonly period: string; readonly party: Party; readonly reaction: Reaction };

export interface StateStep {
  readonly state: RelationshipState;
  readonly cause: StateCause;
  readonly day?: number;
  readonly period?: string;
  readonly party?: Party;
  readonly line?: AppreciationLine;
}

/**
 * Excursion events of one appreciation line: its start, the day it became prolonged
 * (start + prolongedDays) and, when it ended, whether an incident brought it back
 * (the end falls on an incident day) or decay did.
 */
export function excursionEvents(t: Timeline, line: AppreciationLine): StateEvent[] {
  const incidentDays = new Set(t.points.map((p) => p.day));
  const out: StateEvent[] = [];
  for (const e of t.excursions) {
    out.push({ kind: 'excursionStart', day: e.start, line });
    if (e.prolonged) out.push({ kind: 'prolonged', day: e.start + t.settings.prolongedDays, line });
    if (!e.ongoing) out.push({ kind: 'excursionEnd', day: e.end, line, byIncident: incidentDays.has(e.end) });
  }
  return out;
}

/** Stable time order: dated events by day (period events after excursion events of the same day); undated ones keep their place after all dated ones. */
export function orderEvents(events: readonly StateEvent[]): StateEvent[] {
  if (events.length < 2) return [...events];
  const rank = (e: StateEvent): number => (e.kind === 'type' || e.kind === 'reaction' ? 1 : 0);
  const dated = events.map((e, i) => ({ e, i })).filter(({ e }) => e.day !== undefined);
  const undated = events.filter((e) => e.day === undefined);
  dated.sort((a, b) => a.e.day! - b.e.day! || rank(a.e) - rank(b.e) || a.i - b.i);
  return [...dated.map((d) => d.e), ...undated];
}

type Next = { state: RelationshipState; cause: StateCause } | undefined;

/** One transition; undefined when the event leaves the state as it is. */
function transition(state: RelationshipState, e: StateEvent, outside: number): Next {
  const to = (s: RelationshipState, cause: StateCause): Next => (s === state ? undefined : { state: s, cause });
  switch (e.kind) {
    case 'excursionStart':
      return state === 'partnership' || state === 'recovering' ? to('underPressure', 'excursion') : undefined;
    case 'prolonged':
      return state === 'partnership' || state === 'underPressure' || state === 'recovering' ? to('damaged', 'prolonged') : undefined;
    case 'excursionEnd':
      if (outside > 0) return undefined; // another line is still outside
      if (state === 'underPressure') return to('partnership', 'backWithin');
      // Back by decay alone leaves the damage: only incidents (active management) repair it.
      if ((state === 'damaged' || state === 'degraded') && e.byIncident) return to('recovering', 'recoveredByIncidents');
      return undefined;
    case 'type':
      if (e.type === 'freeRider') return state === 'ending' ? undefined : to('degraded', 'freeRider');
      if (e.direction === 'worse') {
        if (state === 'partnership' || state === 'recovering') return to('underPressure', 'worseMove');
        if (state === 'underPressure' || state === 'damaged') return to('degraded', 'worseMove');
        return undefined;
      }
      if (e.type === 'pillar' && state === 'recovering') return to('partnership', 'pillar');
      if (e.direction === 'better' && (state === 'damaged' || state === 'degraded' || state === 'ending')) return to('recovering', 'betterMove');
      return undefined;
    case 'reaction':
      if (e.reaction === 'exit') return to('ending', 'exit');
      if (e.reaction === 'neglect') return state === 'ending' || state === 'degraded' ? undefined : to('degraded', 'neglect');
      // Voice after damage is the guide's escalation "waarbij de weg terug omhoog wordt gevonden".
      if (e.reaction === 'voice' && (state === 'damaged' || state === 'degraded' || state === 'ending')) return to('recovering', 'voice');
      return undefined;
  }
}

/**
 * The state over time: the first step is the start, each further step a change with
 * its cause. Events must be in time order (see orderEvents).
 */
export function relationshipStates(events: readonly StateEvent[]): StateStep[] {
  let state: RelationshipState = 'partnership';
  const steps: StateStep[] = [{ state, cause: 'start' }];
  const outside = new Set<AppreciationLine>();
  for (const e of events) {
    if (e.kind === 'excursionStart') outside.add(e.line);
    if (e.kind === 'excursionEnd') outside.delete(e.line);
    const next = transition(state, e, outside.size);
    if (!next) continue;
    state = next.state;
    const where = e.kind === 'type' || e.kind === 'reaction' ? { period: e.period, party: e.party } : { line: e.line };
    steps.push({ state, cause: next.cause, ...(e.day === undefined ? {} : { day: e.day }), ...where });
  }
  return steps;
}

/** The last prolonged excursion over the given lines (latest start), with its line; kept after it ended. */
export function lastProlonged(lines: readonly { readonly line: AppreciationLine; readonly timeline?: Timeline }[]): (Excursion & { readonly line: AppreciationLine }) | undefined {
  let best: (Excursion & { line: AppreciationLine }) | undefined;
  for (const { line, timeline } of lines) {
    for (const e of timeline?.excursions ?? []) if (e.prolonged && (!best || e.start > best.start)) best = { ...e, line };
  }
  return best;
}
