import { ATTENTION_BY_TYPE, REACTION_MODEL, ROLE_MODEL, TYPOLOGY, analysisDate, computeTimeline, Party } from '../model';
import type { IncidentRow, ParsedInput, SupplierRow } from '../input/types';
import { defaultPartyOf, Settings } from './settings';
import { partyView, perceptionGap, primaryView, rowsPerParty, sortViews } from './party-views';
import { goalChanges, partyTallies, supplierLines } from './lines';
import { supplierState } from './state';
import { classifyPair } from './classify-pair';
import { tallyCategories } from './incident-categories';
import { indexManagers, ManagerIndex, managerResults, managerRowFor } from './managers';
import { nameKey } from './names';
import { periodComparator, sortPeriods } from './periods';
import { cutOffPeriods } from './period-cutoff';
import type { AnalysisResult, PartyView, PeriodResult, SupplierResult } from './results';

/** Classifies one supplier row; the role comes from the row's own scores, else from its manager. */
function periodResult(row: SupplierRow, settings: Settings, managers: ManagerIndex, party: Party, partyAssumed: boolean): PeriodResult {
  const { scale } = settings;
  const type = classifyPair(TYPOLOGY, row.calculative, row.affective, scale);
  const reaction = classifyPair(REACTION_MODEL, row.activity, row.constructiveness, scale);
  const manager = row.manager?.trim() || undefined;
  let service = row.service;
  let business = row.business;
  let roleSource: PeriodResult['roleSource'];
  if (service !== undefined && business !== undefined) roleSource = 'supplier';
  else if (manager) {
    const m = managerRowFor(managers, manager, row.period);
    if (m) {
      service = m.service;
      business = m.business;
      roleSource = 'manager';
    }
  }
  const role = roleSource ? classifyPair(ROLE_MODEL, business, service, scale) : undefined;
  return {
    period: row.period,
    scores: { affective: row.affective, calculative: row.calculative, activity: row.activity, constructiveness: row.constructiveness, service, business },
    type,
    attention: type && ATTENTION_BY_TYPE[type],
    reaction,
    role,
    roleSource: role ? roleSource : undefined,
    manager,
    party,
    partyAssumed,
    source: row.source,
  };
}

/**
 * The whole analysis: per supplier the current classification, role, appreciation
 * timeline and movement over periods; per manager the role. Pure: same input,
 * same result.
 */
export function analyse(input: ParsedInput, settings: Settings): AnalysisResult {
  // One analysis date for every shell and the functions (model/analysis-date.ts); periods after it are left out.
  const date = analysisDate(settings.asOf, settings.today, input.incidents.map((i) => i.day));
  const asOf = date?.day;
  const cutoff = cutOffPeriods(input.suppliers, input.managers, date);
  const periods = sortPeriods([...cutoff.suppliers.map((r) => r.period ?? ''), ...cutoff.managers.map((r) => r.period ?? '')].filter((p) => p.trim() !== ''));
  const compare = periodComparator(periods);
  const managers = indexManagers(cutoff.managers, settings.scale, compare);

  // Group supplier rows and incidents by name key, remembering first appearance and spelling.
  const names = new Map<string, string>();
  const rowsBy = new Map<string, SupplierRow[]>();
  for (const r of cutoff.suppliers) {
    const k = nameKey(r.supplier);
    if (k === '') continue;
    if (!names.has(k)) names.set(k, r.supplier.trim());
    const list = rowsBy.get(k);
    if (list) list.push(r);
    else rowsBy.set(k, [r]);
  }
  const defaultParty = defaultPartyOf(settings);
  const incidentsBy = new Map<string, IncidentRow[]>();
  for (const i of input.incidents) {
    const k = nameKey(i.supplier);
    if (k === '') continue;
    if (!names.has(k)) names.set(k, i.supplier.trim());
    const list = incidentsBy.get(k);
    if (list) list.push(i);
    else incidentsBy.set(k, [i]);
  }

  const suppliers: SupplierResult[] = [];
  const suppliersByManager = new Map<string, string[]>();
  for (const [k, name] of names) {
    // One view per scored party, each with its own periods (both parties may score one period).
    const views: PartyView[] = [];
    for (const [party, byPeriod] of rowsPerParty(rowsBy.get(k) ?? [], defaultParty)) {
      const rows = [...byPeriod.entries()].sort((a, b) => compare(a[0], b[0])).map((e) => e[1]);
      views.push(partyView(party, rows.map(({ row, assumed }) => periodResult(row, settings, managers, party, assumed))));
    }
    const sorted = sortViews(views);
    const primary = primaryView(sorted, defaultParty);
    const ps = primary?.periods ?? [];
    const current = primary?.current;
    const incidents = incidentsBy.get(k) ?? [];
    const timeline = incidents.length ? computeTimeline(incidents, settings.appreciation, asOf) : undefined;
    const lines = supplierLines(incidents, settings.appreciation, asOf);
    const typeMoves = primary?.typeMoves ?? [];
    const reactionMoves = primary?.reactionMoves ?? [];
    const gap = perceptionGap(sorted);
    if (current?.manager) {
      const mk = nameKey(current.manager);
      const list = suppliersByManager.get(mk);
      if (list) list.push(name);
      else suppliersByManager.set(mk, [name]);
    }
    suppliers.push({
      supplier: name,
      onlyInIncidents: ps.length === 0,
      periods: ps,
      current,
      period: current?.period,
      type: current?.type,
      attention: current?.attention,
      reaction: current?.reaction,
      role: current?.role,
      manager: current?.manager,
      incidentCount: incidents.length,
      incidentCategories: tallyCategories(incidents, asOf),
      timeline,
      appreciation: timeline?.value,
      status: timeline?.status,
      prolonged: timeline?.prolonged ?? false,
      daysOutside: timeline?.currentDaysOutside ?? 0,
      typeMoves,
      reactionMoves,
      lastMove: typeMoves.length ? typeMoves[typeMoves.length - 1] : undefined,
      ...(primary ? { party: primary.party } : {}),
      views: sorted,
      ...(gap ? { perceptionGap: gap } : {}),
      lines,
      goalChanges: goalChanges(incidents, asOf),
      incidentParties: partyTallies(incidents, asOf),
      ...supplierState(sorted, timeline, lines),
    });
  }

  return {
    suppliers,
    onlyInIncidents: suppliers.filter((s) => s.onlyInIncidents).map((s) => s.supplier),
    managers: managerResults(managers, suppliersByManager),
    periods,
    asOf,
    asOfSource: date?.source,
    periodsAfterAsOf: cutoff.leftOut,
    scale: settings.scale,
    problems: cutoff.problems.length ? [...input.problems, ...cutoff.problems] : input.problems,
    ...(input.survey ? { survey: input.survey } : {}),
  };
}
