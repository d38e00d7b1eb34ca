/**
 * Ribbon function commands (ExecuteFunction actions in manifest.xml), registered in the
 * shared runtime under the FunctionName the manifest uses. The "RMO analysis" button is a
 * ShowTaskpane action and needs no code. "Run analysis" repeats the pane's analysis with
 * the settings stored in the workbook, without opening the pane. No React here: the
 * pipeline and the stores are plain modules the pane also uses.
 */
import type { Language } from '../i18n';
import type { Pipeline } from '../taskpane/types';
import { pipelineBusy, realPipeline } from '../taskpane/pipeline';
import { initialLanguage } from '../taskpane/languageStore';
import { loadStoredSettings, openWorkbookSettingsStore, SettingsStore } from '../taskpane/settingsStore';
import { postRibbonMessage, type RibbonMessage } from '../taskpane/ribbonMessages';

export interface CommandEvent {
  completed(): void;
}

export type CommandHandler = (event: CommandEvent) => unknown;

/** What Run analysis needs from outside; tests pass fakes. */
export interface RunAnalysisDeps {
  readonly pipeline: Pick<Pipeline, 'run'>;
  /** True while any analysis (the pane's, or an earlier click's) is busy. */
  readonly busy: () => boolean;
  readonly store: () => SettingsStore | Promise<SettingsStore>;
  /** The user's language: the pane's stored choice, else Office's display language. */
  readonly language: () => Language;
  /** Tells the user why a click did nothing or failed (the real one opens the pane with the message). */
  readonly notify?: (m: RibbonMessage) => void;
}

/**
 * Shows a ribbon message in the task pane: the pane and this command share one runtime
 * (manifest SharedRuntime), so the message is handed over in memory and the pane opened
 * with Office.addin.showAsTaskpane (SharedRuntime 1.1):
 * https://learn.microsoft.com/javascript/api/office/office.addin#office-office-addin-showastaskpane-member(1)
 */
export function showInPane(m: RibbonMessage): void {
  postRibbonMessage(m);
  if (typeof Office !== 'undefined' && Office.addin?.showAsTaskpane) void Office.addin.showAsTaskpane().catch(() => undefined);
}

/**
 * Analyses every table with the workbook's settings (defaults when none are stored) and
 * writes the result sheets. A click while a run is busy (this button's or the pane's
 * Analyse) is ignored: queued behind it, it would repeat the run with the settings stored
 * before the pane's run saved its own.
 */
export function makeRunAnalysis(deps: RunAnalysisDeps): () => Promise<void> {
  let busy = false;
  return async () => {
    if (busy || deps.busy()) {
      deps.notify?.({ kind: 'busy' });
      return;
    }
    busy = true;
    try {
      const { settings, columns } = loadStoredSettings(await deps.store());
      const summary = await deps.pipeline.run({ ...settings, language: deps.language() }, columns, undefined, () => undefined);
      if (summary?.noInput) deps.notify?.({ kind: 'noInput' });
    } catch (err) {
      deps.notify?.({ kind: 'failed', detail: err instanceof Error ? err.message : String(err) });
      throw err;
    } finally {
      busy = false;
    }
  };
}

export function makeCommands(deps: RunAnalysisDeps): Readonly<Record<string, CommandHandler>> {
  return { runAnalysis: makeRunAnalysis(deps) };
}

export const COMMANDS: Readonly<Record<string, CommandHandler>> = makeCommands({
  pipeline: realPipeline,
  busy: pipelineBusy,
  // Opened per click: the pane may have saved new settings since the last one.
  store: () => openWorkbookSettingsStore(),
  language: initialLanguage,
  notify: showInPane,
});

/**
 * Office waits for event.completed(); call it even when the handler throws or rejects.
 * A function command has no place of its own for messages: Run analysis hands its
 * failure to the pane (notify) before it gets here; this only logs.
 */
export function completing(handler: CommandHandler): CommandHandler {
  return async (event) => {
    try {
      await handler(event);
    } catch (err) {
      console.error(err);
    } finally {
      event.completed();
    }
  };
}

export function registerCommands(
  actions: { associate(name: string, fn: (event: CommandEvent) => unknown): void },
  commands: Readonly<Record<string, CommandHandler>> = COMMANDS,
): void {
  for (const [name, handler] of Object.entries(commands)) actions.associate(name, completing(handler));
}

// At the top level of the script, as in the documented sample ("Sample code for function
// commands", https://learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands),
// not inside Office.onReady: Office may deliver the first click before onReady's callback has
// run in a page whose scripts are deferred, and that click is lost (office-js issue #5176,
// "Command Button Does Not Work On First Click In Excel"). office.js loads before this bundle
// (taskpane.html), so Office.actions exists here. Guarded for imports without Office (tests, Node).
if (typeof Office !== 'undefined' && Office.actions) registerCommands(Office.actions);
