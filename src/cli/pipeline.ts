/**
 * The only place the command line touches the pure core: raw tables → typed input →
 * analysis → sheet plans. Kept apart so main.ts stays about files and exit codes.
 */
import type { Problem, RawTable } from '../input/types';
import { parseTables, problemText } from '../input';
import { analyse } from '../analysis';
import type { AnalysisResult, Settings } from '../analysis';
import { buildReport } from '../report';
import type { SheetPlan } from '../report/plan';

export interface PipelineOutput {
  readonly result: AnalysisResult;
  readonly plans: readonly SheetPlan[];
}

/** `readProblems`: what the file shell found while reading (skipped sheets, uncalculated formulas); listed first. */
export function runPipeline(tables: readonly RawTable[], settings: Settings, readProblems: readonly Problem[] = []): PipelineOutput {
  const parsed = parseTables(tables, settings);
  const input = readProblems.length ? { ...parsed, problems: [...readProblems, ...parsed.problems] } : parsed;
  const result = analyse(input, settings);
  const plans = buildReport(result, settings, (p) => problemText(p, settings.language));
  return { result, plans };
}

export { problemText };
