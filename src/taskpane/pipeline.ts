/**
 * The only file of the task pane that calls the rest of the add-in (Excel shell,
 * input, analysis, report, custom functions). If a name elsewhere changes, fix it here.
 */
import type { Settings } from '../analysis/settings';
import { analyse } from '../analysis';
import { applyPlans, readInputs, readWorkbook } from '../excel';
import { applyStartPlans } from '../excel/applyStart';
import { goTo, type Place } from '../excel/navigate';
import { hasUserData } from '../excel/probe';
import { parseTables, problemText } from '../input';
import { buildReport, sheetKey, type SheetPlan } from '../report';
import { emptyTablesPlans, exampleTablesPlans, type StartSettings } from '../report/start-sheets';
import { questionnairePlans } from '../report/questionnaire';
import { setDefaultLanguage } from '../functions/language';
import type { Language } from '../i18n';
import { serialDayOf } from '../model';
import { summarise } from './summarise';
import { problemMessage } from './problemMessage';
import { filterTables } from './selection';
import { describeTables } from './tableChoices';
import {
  RunCancelled,
  type ColumnMapping,
  type Pipeline,
  type ProgressStep,
  type RunOptions,
  type RunSummary,
  type StartKind,
  type TableChoice,
  type TableRef,
} from './types';

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
  options: RunOptions = {},
): Promise<RunSummary> {
  return oneAtATime(() => runNow(settings, mapping, selection, onProgress, options));
}

async function runNow(
  chosen: Settings,
  mapping: ColumnMapping,
  selection: readonly TableRef[] | undefined,
  onProgress: (step: ProgressStep) => void,
  options: RunOptions,
): Promise<RunSummary> {
  // The pane and the ribbon both run here: today is the analysis date unless one is set (model/analysis-date.ts).
  const settings: Settings = { ...chosen, today: serialDayOf(new Date()) };
  setDefaultLanguage(settings.language);
  const stopIfCancelled = (): void => {
    if (options.cancel?.cancelled) throw new RunCancelled();
  };
  return Excel.run(async (context) => {
    onProgress('reading');
    // Left-out tables are dropped before parsing: their rows, names and problems take no part.
    const read = await readInputs(context);
    const tables = filterTables(read.tables, selection);
    stopIfCancelled();
    onProgress('analysing');
    await repaint();
    stopIfCancelled();
    // A table cut at the read cap is reported first: its analysis is incomplete.
    const parsed = parseTables(tables, settings, mapping);
    const input = read.problems.length === 0 ? parsed : { ...parsed, problems: [...read.problems, ...parsed.problems] };
    const result = analyse(input, settings);
    // Nothing to analyse: write nothing (no near-empty result sheets) and say what to do.
    const usable = (input.tables ?? []).some((t) => t.kind === 'supplier' || t.kind === 'incident');
    if (!usable) return { ...summarise(input, result, [], problemMessage), noInput: true };
    const plans = buildReport(result, settings, (p) => problemText(p, settings.language));
    onProgress('writing');
    await repaint();
    // The last moment a cancel leaves the workbook as it was.
    stopIfCancelled();
    const resultsKey = sheetKey('results');
    // The names actually used: a clash with a user's sheet gives ours another name.
    const written = await applyPlans(context, plans, options.activateResults === false ? {} : { activateKey: resultsKey });
    const resultsSheet = written.find((w) => w.key === resultsKey)?.name;
    return summarise(input, result, written.map((w) => w.name), problemMessage, resultsSheet);
  });
}

/**
 * The sheets each start writes; every one is a `userSheet` plan (the user's to fill in,
 * never marked as ours). The questionnaire is the one `rmo survey` writes (response table
 * with drop-downs and a note per statement, plus the statements sheet), in the pane's language.
 */
const START_PLANS: Readonly<Record<StartKind, (settings: StartSettings) => SheetPlan[]>> = {
  example: exampleTablesPlans,
  empty: emptyTablesPlans,
  questionnaire: (s) => questionnairePlans(s.language),
};

/** Example or empty input tables, or a questionnaire, on new sheets in the settings' language and ranges. */
export function startSheets(kind: StartKind, settings: StartSettings): Promise<string[]> {
  const build = START_PLANS[kind];
  if (!build) return Promise.reject(new Error(`no sheets for the start "${kind}"`));
  const plans = build(settings);
  return Excel.run(async (context) => (await applyStartPlans(context, plans)).map((a) => a.name));
}

export const realPipeline: Pipeline = {
  scan: scanTables,
  run: runPipeline,
  languageChanged: (lang: Language) => {
    setDefaultLanguage(lang);
  },
  start: startSheets,
  startKinds: Object.keys(START_PLANS) as StartKind[],
  hasInput: () => Excel.run((context) => hasUserData(context)),
  goTo: (place: Place) => Excel.run((context) => goTo(context, place)),
};
