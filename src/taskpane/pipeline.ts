/**
 * The only file of the task pane that calls the rest of the add-in (Excel shell,
 * input, analysis, report, custom functions). If a name elsewhere changes, fix it here.
 */
import type { Settings } from '../analysis/settings';
import { analyse } from '../analysis';
import { applyPlans, readInputs, readWorkbook } from '../excel';
import { parseTables, problemText } from '../input';
import { buildReport } from '../report';
import { setDefaultLanguage } from '../functions/language';
import type { Language } from '../i18n';
import { serialDayOf } from '../model';
import { summarise } from './summarise';
import { filterTables } from './selection';
import { describeTables } from './tableChoices';
import type { ColumnMapping, Pipeline, ProgressStep, RunSummary, TableChoice, TableRef } from './types';

/** Lets the browser paint the new progress step before synchronous work blocks it. */
function repaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The "Tables" step: the same read as a run, then only the header detection. */
export async function scanTables(mapping: ColumnMapping): Promise<TableChoice[]> {
  return Excel.run(async (context) => describeTables(await readWorkbook(context), mapping));
}

/**
 * The pane's Analyse and the ribbon's Run analysis share this module (one runtime). Two
 * runs at once would read, delete and write the same result sheets in interleaved
 * batches, so a run waits for the one before it; `queue` never rejects.
 */
let queue: Promise<unknown> = Promise.resolve();
let pending = 0;

/** True from the moment a run is asked for until it has finished or failed. */
export function pipelineBusy(): boolean {
  return pending > 0;
}

function oneAtATime<T>(job: () => Promise<T>): Promise<T> {
  pending++;
  const result = queue.then(job);
  queue = result.catch(() => undefined);
  return result.finally(() => {
    pending--;
  });
}

export function runPipeline(
  settings: Settings,
  mapping: ColumnMapping,
  selection: readonly TableRef[] | undefined,
  onProgress: (step: ProgressStep) => void,
): Promise<RunSummary> {
  return oneAtATime(() => runNow(settings, mapping, selection, onProgress));
}

async function runNow(
  chosen: Settings,
  mapping: ColumnMapping,
  selection: readonly TableRef[] | undefined,
  onProgress: (step: ProgressStep) => void,
): Promise<RunSummary> {
  // The pane and the ribbon both run here: today is the analysis date unless one is set (model/analysis-date.ts).
  const settings: Settings = { ...chosen, today: serialDayOf(new Date()) };
  setDefaultLanguage(settings.language);
  return Excel.run(async (context) => {
    onProgress('reading');
    // Left-out tables are dropped before parsing: their rows, names and problems take no part.
    const read = await readInputs(context);
    const tables = filterTables(read.tables, selection);
    onProgress('analysing');
    await repaint();
    // A table cut at the read cap is reported first: its analysis is incomplete.
    const parsed = parseTables(tables, settings, mapping);
    const input = read.problems.length === 0 ? parsed : { ...parsed, problems: [...read.problems, ...parsed.problems] };
    const result = analyse(input, settings);
    const plans = buildReport(result, settings, (p) => problemText(p, settings.language));
    onProgress('writing');
    await repaint();
    // The names actually used: a clash with a user's sheet gives ours another name.
    const written = await applyPlans(context, plans);
    return summarise(input, result, written.map((w) => w.name), problemText);
  });
}

export const realPipeline: Pipeline = {
  scan: scanTables,
  run: runPipeline,
  languageChanged: (lang: Language) => {
    setDefaultLanguage(lang);
  },
};
