import {
  agreementRwg,
  AGREEMENT_THRESHOLD,
  ALPHA_THRESHOLD,
  Construct,
  constructAlpha,
  constructScore,
  CONSTRUCTS,
  isModelConstruct,
  ItemCode,
  ITEM_CODES,
  MIN_ALPHA_RESPONDENTS,
  MIN_RESPONDENTS,
  ModelConstruct,
  MODEL_CONSTRUCTS,
  Party,
  PARTIES,
  spread,
  SURVEY_SCALE,
} from '../model';
import { nameKey } from './names';
import { DEFAULT_RESPONSE_PARTY } from './survey-rows';
import type { ConstructMeasure, InputSettings, Problem, ReliabilityRow, Scores, SupplierRow, SurveyGroup, SurveyInput, SurveyResponse } from './types';

/** A typed supplier row and how to name one of its score columns in a problem. */
export interface TypedRow {
  readonly row: SupplierRow;
  readonly column: (field: ModelConstruct) => string | undefined;
}

export interface Measured {
  /** The supplier rows to analyse: typed rows with measured scores filled in, plus rows only the survey has. */
  readonly suppliers: SupplierRow[];
  readonly survey: SurveyInput;
  /** Reliability, agreement, unknown-supplier and typed-versus-measured problems. */
  readonly problems: Problem[];
}

/** A 1–5 score on the analysis scale (linear): 1 → min, 5 → max. */
export function toScale(x: number, scale: InputSettings['scale']): number {
  return scale.min + ((x - SURVEY_SCALE.min) * (scale.max - scale.min)) / (SURVEY_SCALE.max - SURVEY_SCALE.min);
}

const groupKey = (supplier: string, period: string | undefined, party: Party) => `${nameKey(supplier)}\u0000${nameKey(period ?? '')}\u0000${party}`;

/**
 * Construct scores per supplier, period and party, and their reliability. The measured
 * scores of the six model constructs go onto the supplier rows as if typed there:
 * where a typed row has the same supplier, period and party (a row without a party is our
 * organisation's view) the MEASURED score wins, with a warning naming both values — the
 * questionnaire is the repeatable measurement the typed number stands in for; delete the
 * responses to go back to the typed score. Groups without a typed row become new rows.
 */
export function measureSurvey(responses: readonly SurveyResponse[], typed: readonly TypedRow[], settings: InputSettings, hasSupplierTable: boolean): Measured {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const spelling = new Map<string, string>();
  for (const t of typed) if (!spelling.has(nameKey(t.row.supplier))) spelling.set(nameKey(t.row.supplier), t.row.supplier);
  const knownSuppliers = new Set(spelling.keys());

  // Group the responses; the first spelling of a name wins, the supplier table's first.
  const byGroup = new Map<string, SurveyResponse[]>();
  for (const r of responses) {
    const k = nameKey(r.supplier);
    if (!spelling.has(k)) spelling.set(k, r.supplier);
    const g = groupKey(r.supplier, r.period, r.party);
    const list = byGroup.get(g);
    if (list) list.push(r);
    else byGroup.set(g, [r]);
  }

  if (hasSupplierTable) reportUnknownSuppliers(responses, knownSuppliers, problems);

  const groups: SurveyGroup[] = [];
  for (const list of byGroup.values()) {
    const first = list[0];
    const answers = list.map((r) => r.answers);
    const measures: ConstructMeasure[] = [];
    for (const construct of CONSTRUCTS) {
      const scores = answers.map((a) => constructScore(a, construct)).filter((x): x is number => x !== undefined);
      const s = spread(scores);
      if (!s) continue;
      const rwg = s.n >= 2 ? agreementRwg(answers, construct) : undefined;
      measures.push({ construct, n: s.n, mean: s.mean, ...(s.sd === undefined ? {} : { sd: s.sd }), min: s.min, max: s.max, ...(rwg === undefined ? {} : { rwg }) });
    }
    const group: SurveyGroup = {
      supplier: spelling.get(nameKey(first.supplier)) ?? first.supplier,
      ...(first.period === undefined ? {} : { period: first.period }),
      party: first.party,
      respondents: list.length,
      measures,
      source: first.source,
    };
    groups.push(group);
    const where = { party: group.party, period: group.period ?? '' };
    if (group.respondents < MIN_RESPONDENTS) {
      warnings.push({ code: 'surveyFewRespondents', severity: 'warning', sheet: group.source.sheet, value: group.supplier, params: { ...where, count: group.respondents, minimum: MIN_RESPONDENTS } });
    }
    for (const m of measures) {
      if (m.rwg === undefined || m.rwg >= AGREEMENT_THRESHOLD) continue;
      warnings.push({
        code: 'surveyLowAgreement',
        severity: 'warning',
        sheet: group.source.sheet,
        value: group.supplier,
        params: { ...where, construct: m.construct, rwg: m.rwg, threshold: AGREEMENT_THRESHOLD, low: m.min, high: m.max },
      });
    }
  }

  const reliability = reliabilityRows(responses);
  const firstSheet = responses[0]?.source.sheet ?? '';
  for (const r of reliability) {
    if (typeof r.alpha !== 'number' || r.alpha >= ALPHA_THRESHOLD) continue;
    warnings.push({ code: 'surveyLowAlpha', severity: 'warning', sheet: firstSheet, params: { construct: r.construct, alpha: r.alpha, party: r.group, period: '', threshold: ALPHA_THRESHOLD } });
  }

  const suppliers = mergeScores(groups, typed, settings, problems);
  const used = new Set<ItemCode>();
  for (const r of responses) for (const c of Object.keys(r.answers)) used.add(c as ItemCode);
  return {
    suppliers,
    survey: { items: ITEM_CODES.filter((c) => used.has(c)), responses, groups, reliability, warnings },
    problems: [...problems, ...warnings],
  };
}

/** Alpha per construct over everyone, and per party when both parties answered and a party has enough complete answers. */
function reliabilityRows(responses: readonly SurveyResponse[]): ReliabilityRow[] {
  const rows: ReliabilityRow[] = [];
  const all = responses.map((r) => r.answers);
  const parties = PARTIES.filter((p) => responses.some((r) => r.party === p));
  for (const construct of CONSTRUCTS) {
    if (!all.some((a) => constructScore(a, construct) !== undefined)) continue;
    rows.push({ construct, group: 'all', ...constructAlpha(all, construct) });
    if (parties.length < 2) continue;
    for (const p of parties) {
      const a = constructAlpha(
        responses.filter((r) => r.party === p).map((r) => r.answers),
        construct,
      );
      if (a.complete >= MIN_ALPHA_RESPONDENTS) rows.push({ construct, group: p, ...a });
    }
  }
  return rows;
}

function reportUnknownSuppliers(responses: readonly SurveyResponse[], known: ReadonlySet<string>, problems: Problem[]): void {
  const unknown = new Map<string, { first: SurveyResponse; count: number }>();
  for (const r of responses) {
    const k = nameKey(r.supplier);
    if (known.has(k)) continue;
    const u = unknown.get(k);
    if (u) u.count++;
    else unknown.set(k, { first: r, count: 1 });
  }
  for (const { first, count } of unknown.values()) {
    problems.push({ code: 'surveyUnknownSupplier', severity: 'warning', ...first.source, column: first.supplierColumn, value: first.supplier, params: { count } });
  }
}

/**
 * Measured model scores onto the supplier rows. Order: new supplier-party rows, then the
 * typed rows (in their order), then new rows of our organisation — so an analysis that keeps
 * one row per supplier and period (the last) reads our organisation's view.
 */
function mergeScores(groups: readonly SurveyGroup[], typed: readonly TypedRow[], settings: InputSettings, problems: Problem[]): SupplierRow[] {
  const typedAt = new Map<string, number>();
  typed.forEach((t, i) => {
    const k = groupKey(t.row.supplier, t.row.period, t.row.party ?? DEFAULT_RESPONSE_PARTY);
    if (!typedAt.has(k)) typedAt.set(k, i);
  });
  const rows = typed.map((t) => t.row);
  const before: SupplierRow[] = [];
  const after: SupplierRow[] = [];
  for (const g of groups) {
    const scores: { -readonly [K in keyof Scores]: number } = {};
    const counts: Partial<Record<Construct, number>> = {};
    for (const m of g.measures) {
      if (!isModelConstruct(m.construct)) continue;
      scores[m.construct] = toScale(m.mean, settings.scale);
      counts[m.construct] = m.n;
    }
    if (Object.keys(scores).length === 0) continue;
    const at = typedAt.get(groupKey(g.supplier, g.period, g.party)) ?? (g.period === undefined ? latestTyped(typed, g) : undefined);
    if (at === undefined) {
      const row: SupplierRow = { supplier: g.supplier, ...(g.period === undefined ? {} : { period: g.period }), party: g.party, ...scores, source: g.source };
      (g.party === 'supplier' ? before : after).push(row);
      continue;
    }
    const t = typed[at];
    for (const c of MODEL_CONSTRUCTS) {
      const was = t.row[c];
      const now = scores[c];
      if (was === undefined || now === undefined) continue;
      problems.push({
        code: 'surveyTypedAndMeasured',
        severity: 'warning',
        sheet: t.row.source.sheet,
        row: t.row.source.row,
        column: t.column(c),
        value: g.supplier,
        params: { construct: c, typed: was, measured: now, count: counts[c] ?? 0, party: g.party, period: g.period ?? '' },
      });
    }
    rows[at] = { ...rows[at], ...scores };
  }
  return [...before, ...rows, ...after];
}

/**
 * For responses without a period (a forms export rarely has one): the supplier's typed row of
 * the latest period for that party, so the survey just held counts for "now". Periods compare
 * in natural order (2025-Q3 < 2025-Q4 < 2026-Q1), as they are written.
 */
function latestTyped(typed: readonly TypedRow[], g: SurveyGroup): number | undefined {
  const k = nameKey(g.supplier);
  let best: number | undefined;
  typed.forEach((t, i) => {
    if (nameKey(t.row.supplier) !== k || (t.row.party ?? DEFAULT_RESPONSE_PARTY) !== g.party || t.row.period === undefined) return;
    if (best === undefined || t.row.period.localeCompare(typed[best].row.period ?? '', undefined, { numeric: true }) > 0) best = i;
  });
  return best;
}
