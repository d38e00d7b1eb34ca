import {
  ATTENTION_BY_TYPE,
  REACTION_MODEL,
  ROLE_MODEL,
  TYPOLOGY,
  computeTimeline,
  trajectoryMoves,
  byAxes,
  bySeverity,
  REACTION_SEVERITY,
  Reaction,
  RelationshipType,
  Step,
} from '../model';
import type { IncidentRow, ParsedInput, SupplierRow } from '../input/types';
import type { Settings } from './settings';
import { classifyPair } from './classify-pair';
import { tallyCategories } from './incident-categories';
import { indexManagers, ManagerIndex, managerResults, managerRowFor } from './managers';
import { nameKey } from './names';
import { periodComparator, sortPeriods } from './periods';
import type { AnalysisResult, PeriodResult, SupplierResult } from './results';

/** Classifies one supplier row; the role comes from the row's own scores, else from its manager. */
function periodResult(row: SupplierRow, settings: Settings, managers: ManagerIndex): PeriodResult {
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
    source: row.source,
  };
}

function steps<Q extends string>(periods: readonly PeriodResult[], pick: (p: PeriodResult) => Q | undefined): Step<Q>[] {
  const out: Step<Q>[] = [];
  for (const p of periods) {
    const q = pick(p);
    if (q !== undefined) out.push({ period: p.period ?? '', quadrant: q });
  }
  return out;
}

/**
 * The whole analysis: per supplier the current classification, role, appreciation
 * timeline and movement over periods; per manager the role. Pure: same input,
 * same result.
 */
export function analyse(input: ParsedInput, settings: Settings): AnalysisResult {
  const periods = sortPeriods([...input.suppliers.map((r) => r.period ?? ''), ...input.managers.map((r) => r.period ?? '')].filter((p) => p.trim() !== ''));
  const compare = periodComparator(periods);
  const managers = indexManagers(input.managers, settings.scale, compare);

  // Group supplier rows and incidents by name key, remembering first appearance and spelling.
  const names = new Map<string, string>();
  const rowsBy = new Map<string, Map<string, SupplierRow>>();
  for (const r of input.suppliers) {
    const k = nameKey(r.supplier);
    if (k === '') continue;
    if (!names.has(k)) names.set(k, r.supplier.trim());
    let byPeriod = rowsBy.get(k);
    if (!byPeriod) rowsBy.set(k, (byPeriod = new Map()));
    byPeriod.set(r.period ?? '', r); // parseTables already keeps one row per supplier+period
  }
  const incidentsBy = new Map<string, IncidentRow[]>();
  for (const i of input.incidents) {
    const k = nameKey(i.supplier);
    if (k === '') continue;
    if (!names.has(k)) names.set(k, i.supplier.trim());
    const list = incidentsBy.get(k);
    if (list) list.push(i);
    else incidentsBy.set(k, [i]);
  }

  let lastIncident: number | undefined;
  for (const i of input.incidents) if (lastIncident === undefined || i.day > lastIncident) lastIncident = i.day;
  const asOf = settings.asOf ?? lastIncident;

  const suppliers: SupplierResult[] = [];
  const suppliersByManager = new Map<string, string[]>();
  for (const [k, name] of names) {
    const rows = [...(rowsBy.get(k)?.entries() ?? [])].sort((a, b) => compare(a[0], b[0])).map((e) => e[1]);
    const ps = rows.map((r) => periodResult(r, settings, managers));
    const current = ps.length ? ps[ps.length - 1] : undefined;
    const incidents = incidentsBy.get(k) ?? [];
    const timeline = incidents.length ? computeTimeline(incidents, settings.appreciation, asOf) : undefined;
    const typeMoves = trajectoryMoves(byAxes(TYPOLOGY), steps<RelationshipType>(ps, (p) => p.type));
    const reactionMoves = trajectoryMoves(bySeverity(REACTION_SEVERITY), steps<Reaction>(ps, (p) => p.reaction));
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
    });
  }

  return {
    suppliers,
    onlyInIncidents: suppliers.filter((s) => s.onlyInIncidents).map((s) => s.supplier),
    managers: managerResults(managers, suppliersByManager),
    periods,
    asOf,
    scale: settings.scale,
    problems: input.problems,
    ...(input.survey ? { survey: input.survey } : {}),
  };
}
