import { isoFromSerial, RELATIONSHIP_TYPES } from '../model';
import { catalogue, format, Language, plural, problemCounts } from '../i18n';
import type { AnalysisResult } from '../analysis';
import type { Problem } from '../input/types';

/** How many problem messages the summary lists; the problems sheet has them all. */
export const SUMMARY_PROBLEMS = 20;

/** The lines printed after a run: suppliers per type, problems by severity, the first problems, the output. */
export function summaryLines(
  result: AnalysisResult,
  outputPath: string,
  lang: Language,
  describe: (p: Problem, lang: Language) => string,
): string[] {
  const c = catalogue(lang);
  const t = c.cli;
  const lines: string[] = [];
  const classified = result.suppliers.filter((s) => !s.onlyInIncidents);
  lines.push(format(t.suppliersHeading, { count: classified.length }));
  for (const type of RELATIONSHIP_TYPES) {
    const n = classified.filter((s) => s.type === type).length;
    lines.push(format(t.typeCount, { type: c.types[type], count: n }));
  }
  const unclassified = classified.filter((s) => s.type === undefined).length;
  if (unclassified) lines.push(format(t.unclassified, { count: unclassified }));
  if (classified.length === unclassified) lines.push(t.noSuppliers);
  if (result.asOf !== undefined && result.asOfSource)
    lines.push(format(t.analysisDate, { date: isoFromSerial(result.asOf), source: t.analysisDateSource[result.asOfSource] }));
  if (result.periodsAfterAsOf?.length) lines.push(format(t.periodsLeftOut, { periods: result.periodsAfterAsOf.join(', ') }));

  const errors = result.problems.filter((p) => p.severity === 'error').length;
  lines.push(format(t.problemCounts, { counts: problemCounts(errors, result.problems.length - errors, lang) }));
  if (result.problems.length) {
    // Errors first (stable: each group keeps the problems sheet's order), so no warning hides an error.
    const ordered = [...result.problems.filter((p) => p.severity === 'error'), ...result.problems.filter((p) => p.severity !== 'error')];
    const first = ordered.slice(0, SUMMARY_PROBLEMS);
    lines.push(plural(t.firstProblems, first.length, lang));
    for (const p of first) lines.push('  - ' + describe(p, lang));
    const more = result.problems.length - first.length;
    if (more > 0) lines.push(format(t.moreProblems, { count: more }));
  }
  lines.push(format(t.outputWritten, { path: outputPath }));
  return lines;
}
