import { LANGUAGES, Language } from '../i18n';
import type { AttentionReason } from '../i18n';
import { isoFromSerial, REACTIONS, RELATIONSHIP_TYPES, ROLES } from '../model';
import type { AppreciationStatus, RelationshipState } from '../model';
import type { AnalysisResult, SupplierResult } from '../analysis/results';
import type { ParsedInput, Problem } from '../input/types';
import { columnNumber } from '../input/columns';
import { byType } from '../report/sort';
import { MAX_LISTED_PROBLEMS, type AttentionLine, type RunSummary, type SupplierLine } from './types';
import type { Place } from '../excel/navigate';

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Where a problem sits: its sheet, and its cell when it names a row (and a column "Header (D)"). */
export function problemPlace(p: Problem): Place {
  if (p.row === undefined) return { sheet: p.sheet };
  const letter = p.column ? /\(([A-Z]{1,3})\)$/.exec(p.column)?.[1] : undefined;
  return { sheet: p.sheet, row: p.row - 1, col: letter ? columnNumber(letter) - 1 : 0 };
}

/**
 * States that need attention (docs/method.md): damage that has not healed, a partnership
 * fallen back to a plain supplier relationship, and one that is ending. Under pressure and
 * recovering are already covered by the appreciation reasons (critical, prolonged).
 */
export const ATTENTION_STATES: ReadonlySet<RelationshipState> = new Set<RelationshipState>(['damaged', 'degraded', 'ending']);

/** Why a supplier needs attention: the guide's warning signs, most urgent first. */
export function attentionReasons(s: SupplierLine): AttentionLine['reasons'] {
  const out: { reason: AttentionReason; params?: Record<string, string | number> }[] = [];
  if (s.state && ATTENTION_STATES.has(s.state)) out.push({ reason: 'state', params: { state: s.state } });
  if (s.status === 'critical') out.push({ reason: 'critical' });
  if (s.prolonged) out.push({ reason: 'prolonged', params: { days: Math.round(s.daysOutside) } });
  if (s.lastMove?.direction === 'worse') out.push({ reason: 'worse', params: { from: s.lastMove.from, to: s.lastMove.to } });
  if (s.reaction === 'exit' || s.reaction === 'neglect') out.push({ reason: s.reaction });
  return out;
}

function lineOf(s: SupplierResult, resultsRow: number): SupplierLine {
  const move = s.lastMove;
  return {
    name: s.supplier,
    type: s.type,
    reaction: s.reaction,
    role: s.role,
    status: s.status,
    prolonged: s.prolonged,
    daysOutside: s.daysOutside,
    lastMove: move ? { from: move.from, to: move.to, direction: move.direction } : undefined,
    state: s.state,
    resultsRow,
  };
}

/**
 * Condenses a run into what the pane shows. Pure: the problem wording is passed in
 * (input's problemText), so this is tested without the rest of the pipeline.
 * Counts follow the command line: a supplier named only in the incidents is not a
 * supplier of the table (no scores), so it is listed apart and not in the 2×2 counts.
 */
export function summarise(
  input: ParsedInput,
  result: AnalysisResult,
  sheets: readonly string[],
  describe: (p: Problem, lang: Language) => string,
  resultsSheet?: string,
): RunSummary {
  const typeCounts = zeros(RELATIONSHIP_TYPES);
  const reactionCounts = zeros(REACTIONS);
  const roleCounts = zeros(ROLES);
  const statusCounts = zeros<AppreciationStatus | 'prolonged'>(['normal', 'critical', 'euphoria', 'prolonged']);
  // The results sheet lists suppliers grouped by type (report/sort.ts): row 0 is its header.
  const ordered = byType(result.suppliers);
  const lines: SupplierLine[] = [];
  ordered.forEach((s, i) => {
    if (!s.onlyInIncidents) lines.push(lineOf(s, i + 1));
  });
  for (const s of lines) {
    if (s.type) typeCounts[s.type] += 1;
    if (s.reaction) reactionCounts[s.reaction] += 1;
    if (s.role) roleCounts[s.role] += 1;
    if (s.status) statusCounts[s.status] += 1;
    if (s.prolonged) statusCounts.prolonged += 1;
  }
  const attention = lines
    .map((s) => ({ name: s.name, state: s.state, reasons: attentionReasons(s), resultsRow: s.resultsRow }))
    .filter((a) => a.reasons.length > 0)
    .sort((a, b) => b.reasons.length - a.reasons.length);
  // Errors first: they lose data, warnings only flag it.
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.filter((p) => p.severity !== 'error');
  const problems = [...errors, ...warnings].slice(0, MAX_LISTED_PROBLEMS).map((p) => ({
    sheet: p.sheet,
    row: p.row,
    column: p.column,
    severity: p.severity,
    text: Object.fromEntries(LANGUAGES.map((l) => [l, describe(p, l)])) as Record<Language, string>,
    place: problemPlace(p),
  }));
  return {
    suppliers: lines.length,
    incidents: input.incidents.length,
    managers: result.managers.length,
    typeCounts,
    problemCount: result.problems.length,
    problems,
    sheets,
    onlyInIncidents: result.suppliers.filter((s) => s.onlyInIncidents).map((s) => s.supplier),
    unclassified: lines.filter((s) => s.type === undefined).length,
    reactionCounts,
    roleCounts,
    statusCounts,
    errorCount: errors.length,
    warningCount: warnings.length,
    lines,
    attention,
    resultsSheet,
    ...(result.asOf !== undefined && result.asOfSource ? { analysisDate: { day: isoFromSerial(result.asOf), source: result.asOfSource } } : {}),
    ...(result.periodsAfterAsOf?.length ? { periodsLeftOut: result.periodsAfterAsOf } : {}),
  };
}
