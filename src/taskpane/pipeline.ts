/**
 * The only file of the task pane that calls the rest of the add-in (Excel shell,
 * input, analysis, report, custom functions). If a name elsewhere changes, fix it here.
 */
import type { Settings } from '../analysis/settings';
import { analyse } from '../analysis';
import { applyPlans, readWorkbook } from '../excel';
import { parseTables, problemText } from '../input';
import { buildReport } from '../report';
import { setDefaultLanguage } from '../functions/language';
import type { Language } from '../i18n';
import { summarise } from './summarise';
import type { ColumnMapping, Pipeline, ProgressStep, RunSummary } from './types';

/** Lets the browser paint the new progress step before synchronous work blocks it. */
function repaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function runPipeline(settings: Settings, mapping: ColumnMapping, onProgress: (step: ProgressStep) => void): Promise<RunSummary> {
  setDefaultLanguage(settings.language);
  return Excel.run(async (context) => {
    onProgress('reading');
    const tables = await readWorkbook(context);
    onProgress('analysing');
    await repaint();
    const input = parseTables(tables, settings, mapping);
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
  run: runPipeline,
  languageChanged: (lang: Language) => {
    setDefaultLanguage(lang);
  },
};
