import { byAxes, bySeverity, Party, PARTIES, REACTION_SEVERITY, Reaction, RelationshipType, Step, trajectoryMoves, TYPOLOGY } from '../model';
import type { SupplierRow } from '../input/types';
import type { PartyView, PerceptionGap, PeriodResult } from './results';

function steps<Q extends string>(periods: readonly PeriodResult[], pick: (p: PeriodResult) => Q | undefined): Step<Q>[] {
  const out: Step<Q>[] = [];
  for (const p of periods) {
    const q = pick(p);
    if (q !== undefined) out.push({ period: p.period ?? '', quadrant: q });
  }
  return out;
}

/**
 * One supplier's rows split per party (the row's Party, else the default) and per
 * period. A row that names its party wins over a row that was given the default party
 * for the same period: the user said so explicitly.
 */
export function rowsPerParty(rows: readonly SupplierRow[], defaultParty: Party): Map<Party, Map<string, { row: SupplierRow; assumed: boolean }>> {
  const out = new Map<Party, Map<string, { row: SupplierRow; assumed: boolean }>>();
  for (const row of rows) {
    const party = row.party ?? defaultParty;
    const assumed = row.party === undefined;
    let byPeriod = out.get(party);
    if (!byPeriod) out.set(party, (byPeriod = new Map()));
    const key = row.period ?? '';
    const known = byPeriod.get(key);
    if (!known || (known.assumed && !assumed)) byPeriod.set(key, { row, assumed });
  }
  return out;
}

/** A party's view from its classified periods (oldest first). */
export function partyView(party: Party, periods: readonly PeriodResult[]): PartyView {
  const current = periods.length ? periods[periods.length - 1] : undefined;
  const typeMoves = trajectoryMoves(byAxes(TYPOLOGY), steps<RelationshipType>(periods, (p) => p.type));
  const reactionMoves = trajectoryMoves(bySeverity(REACTION_SEVERITY), steps<Reaction>(periods, (p) => p.reaction));
  return {
    party,
    assumed: periods.every((p) => p.partyAssumed === true),
    periods,
    current,
    type: current?.type,
    reaction: current?.reaction,
    typeMoves,
    reactionMoves,
    lastMove: typeMoves.length ? typeMoves[typeMoves.length - 1] : undefined,
  };
}

/** The view the single-view fields show: the default party's when it is scored, else the other's. */
export function primaryView(views: readonly PartyView[], defaultParty: Party): PartyView | undefined {
  return views.find((v) => v.party === defaultParty) ?? views[0];
}

/** Client first, then supplier. */
export function sortViews(views: Iterable<PartyView>): PartyView[] {
  return [...views].sort((a, b) => PARTIES.indexOf(a.party) - PARTIES.indexOf(b.party));
}

/** The perception gap: both parties scored and their current type or reaction differs. */
export function perceptionGap(views: readonly PartyView[]): PerceptionGap | undefined {
  const client = views.find((v) => v.party === 'client');
  const supplier = views.find((v) => v.party === 'supplier');
  if (!client || !supplier) return undefined;
  const type = client.type && supplier.type && client.type !== supplier.type ? { client: client.type, supplier: supplier.type } : undefined;
  const reaction = client.reaction && supplier.reaction && client.reaction !== supplier.reaction ? { client: client.reaction, supplier: supplier.reaction } : undefined;
  if (!type && !reaction) return undefined;
  return { ...(type ? { type } : {}), ...(reaction ? { reaction } : {}) };
}
