import { LANGUAGES, Language } from '../i18n';
import { isoFromSerial, RELATIONSHIP_TYPES, RelationshipType } from '../model';
import type { AnalysisResult } from '../analysis/results';
import type { ParsedInput, Problem } from '../input/types';
import { MAX_LISTED_PROBLEMS, RunSummary } from './types';

/**
 * Condenses a run into what the pane shows. Pure: the problem wording is passed in
 * (input's problemText), so this is tested without the rest of the pipeline.
 */
export function summarise(
  input: ParsedInput,
  result: AnalysisResult,
  sheets: readonly string[],
  describe: (p: Problem, lang: Language) => string,
): RunSummary {
  const typeCounts = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])) as Record<RelationshipType, number>;
  for (const s of result.suppliers) if (s.type) typeCounts[s.type] += 1;
  // Errors first: they lose data, warnings only flag it.
  const ordered = [...result.problems.filter((p) => p.severity === 'error'), ...result.problems.filter((p) => p.severity !== 'error')];
  const problems = ordered.slice(0, MAX_LISTED_PROBLEMS).map((p) => ({
    sheet: p.sheet,
    row: p.row,
    column: p.column,
    severity: p.severity,
    text: Object.fromEntries(LANGUAGES.map((l) => [l, describe(p, l)])) as Record<Language, string>,
  }));
  return {
    suppliers: result.suppliers.length,
    incidents: input.incidents.length,
    managers: result.managers.length,
    typeCounts,
    problemCount: result.problems.length,
    problems,
    sheets,
    ...(result.asOf !== undefined && result.asOfSource ? { analysisDate: { day: isoFromSerial(result.asOf), source: result.asOfSource } } : {}),
    ...(result.periodsAfterAsOf?.length ? { periodsLeftOut: result.periodsAfterAsOf } : {}),
  };
}
