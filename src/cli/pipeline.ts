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

/** What a shell read: the blocks, and what only the shell could see (skipped sheets, uncalculated formulas). */
export interface ReadInput {
  tables: readonly RawTable[];
  readonly problems?: readonly Problem[];
}

/**
 * The shell's problems are listed first. The raw blocks are let go as soon as they are
 * parsed (`read.tables` is emptied): on a 200,000-row workbook they are hundreds of MB
 * the analysis and report do not need.
 */
export function runPipeline(read: ReadInput | readonly RawTable[], settings: Settings): PipelineOutput {
  const source: ReadInput = Array.isArray(read) ? { tables: read as readonly RawTable[] } : (read as ReadInput);
  const parsed = parseTables(source.tables, settings);
  source.tables = [];
  const readProblems = source.problems ?? [];
  const input = readProblems.length ? { ...parsed, problems: [...readProblems, ...parsed.problems] } : parsed;
  const result = analyse(input, settings);
  const plans = buildReport(result, settings, (p) => problemText(p, settings.language));
  return { result, plans };
}

export { problemText };
