import { excursionEvents, lastProlonged, orderEvents, relationshipStates, StateEvent, Timeline } from '../model';
import { periodEndDay } from './period-days';
import type { LineResult, PartyView, SupplierResult } from './results';

// Every supplier repeats the same few period texts: read each once (bounded, like matchCategory).
const END_DAYS = new Map<string, number | undefined>();
function endDay(period: string): number | undefined {
  if (END_DAYS.has(period)) return END_DAYS.get(period);
  const day = periodEndDay(period);
  if (END_DAYS.size < 10_000) END_DAYS.set(period, day);
  return day;
}

/**
 * The relationship state of one supplier from its three appreciation lines and every
 * party's period observations (types, moves, reactions). A period that reads as a date
 * range is placed at its last day; other periods follow all dated events, in period order.
 */
export function supplierState(
  views: readonly PartyView[],
  timeline: Timeline | undefined,
  lines: Readonly<Record<'personal' | 'business', LineResult>>,
): Pick<SupplierResult, 'state' | 'stateSteps' | 'lastProlonged'> {
  const all = [{ line: 'combined' as const, timeline }, lines.personal, lines.business];
  const events: StateEvent[] = [];
  for (const l of all) if (l.timeline) events.push(...excursionEvents(l.timeline, l.line));
  for (const v of views) {
    for (const p of v.periods) {
      const period = p.period ?? '';
      const day = endDay(period);
      const at = day === undefined ? {} : { day };
      if (p.type) {
        const move = v.typeMoves.find((m) => m.toPeriod === period);
        events.push({ kind: 'type', ...at, period, party: v.party, type: p.type, ...(move ? { direction: move.direction } : {}) });
      }
      if (p.reaction) events.push({ kind: 'reaction', ...at, period, party: v.party, reaction: p.reaction });
    }
  }
  const stateSteps = relationshipStates(orderEvents(events));
  const last = lastProlonged(all);
  return { state: stateSteps[stateSteps.length - 1].state, stateSteps, ...(last ? { lastProlonged: last } : {}) };
}
