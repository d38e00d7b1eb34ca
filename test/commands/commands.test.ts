import { COMMANDS, CommandEvent, makeCommands, registerCommands, RunAnalysisDeps } from '../../src/commands/commands';
import { memorySettingsStore } from '../../src/taskpane/settingsStore';
import { FakeExcel } from '../excel/fake-excel';
import { runPipeline } from '../../src/taskpane/pipeline';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings';
import type { Settings } from '../../src/analysis/settings';
import type { ColumnMapping, RunSummary, TableRef } from '../../src/taskpane/types';

interface RunCall {
  settings: Settings;
  mapping: ColumnMapping;
  selection: readonly TableRef[] | undefined;
}

/** A fake pipeline that records its calls and fails or succeeds as told. */
function fakeDeps(stored: unknown, lang: 'en' | 'nl', fail?: Error) {
  const calls: RunCall[] = [];
  const deps: RunAnalysisDeps = {
    pipeline: {
      run: async (settings, mapping, selection) => {
        calls.push({ settings, mapping, selection });
        if (fail) throw fail;
        return {} as RunSummary;
      },
    },
    busy: () => false,
    store: () => memorySettingsStore(stored),
    language: () => lang,
  };
  return { deps, calls };
}

/** Registers the handlers like Office.actions would and returns the one named. */
function associated(commands: ReturnType<typeof makeCommands>, name: string): (e: CommandEvent) => unknown {
  const table = new Map<string, (e: CommandEvent) => unknown>();
  registerCommands({ associate: (n, fn) => table.set(n, fn) }, commands);
  const fn = table.get(name);
  if (!fn) throw new Error(`${name} was not associated`);
  return fn;
}

function event(): CommandEvent & { completions: number } {
  const e = {
    completions: 0,
    completed() {
      e.completions++;
    },
  };
  return e;
}

const SEVEN = JSON.stringify({
  version: 1,
  scale: { min: 1, max: 7, split: 5 },
  impactMin: -3,
  impactMax: 3,
  appreciation: { halfLifeDays: 90, critical: -4, euphoria: 8, prolongedDays: 30 },
  asOf: 45382,
  columns: { supplier: 'Vendor' },
});

describe('runAnalysis (ribbon)', () => {
  it('runs the pipeline on every table with the workbook’s stored settings and the user’s language, then completes', async () => {
    const { deps, calls } = fakeDeps(SEVEN, 'nl');
    const e = event();
    await associated(makeCommands(deps), 'runAnalysis')(e);
    expect(calls).toEqual([
      {
        settings: {
          language: 'nl',
          scale: { min: 1, max: 7, split: 5 },
          impactMin: -3,
          impactMax: 3,
          appreciation: { halfLifeDays: 90, critical: -4, euphoria: 8, prolongedDays: 30 },
          asOf: 45382,
        },
        mapping: { supplier: 'Vendor' },
        selection: undefined,
      },
    ]);
    expect(e.completions).toBe(1);
  });

  it('uses the defaults when the workbook holds no settings', async () => {
    const { deps, calls } = fakeDeps(undefined, 'en');
    await associated(makeCommands(deps), 'runAnalysis')(event());
    expect(calls[0].settings).toEqual({
      language: 'en',
      scale: { min: 1, max: 5, split: 3 },
      impactMin: -5,
      impactMax: 5,
      appreciation: { halfLifeDays: 0, critical: -6, euphoria: 6, prolongedDays: 60 },
    });
    expect(calls[0].mapping).toEqual({});
  });

  it('completes the event and only logs when the pipeline throws', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { deps, calls } = fakeDeps(SEVEN, 'en', new Error('Excel is busy'));
    const e = event();
    await expect(Promise.resolve(associated(makeCommands(deps), 'runAnalysis')(e))).resolves.toBeUndefined();
    expect(calls).toHaveLength(1);
    expect(e.completions).toBe(1);
    expect(error).toHaveBeenCalledWith(new Error('Excel is busy'));
    error.mockRestore();
  });

  it('a second click while a run is busy completes at once without starting another run', async () => {
    let finish: () => void = () => undefined;
    const calls: unknown[] = [];
    const deps: RunAnalysisDeps = {
      pipeline: {
        run: (settings) => {
          calls.push(settings);
          return new Promise<RunSummary>((resolve) => {
            finish = () => resolve({} as RunSummary);
          });
        },
      },
      busy: () => false,
      store: () => memorySettingsStore(),
      language: () => 'en',
    };
    const run = associated(makeCommands(deps), 'runAnalysis');
    const first = event();
    const firstDone = Promise.resolve(run(first));
    const second = event();
    await run(second);
    expect(second.completions).toBe(1);
    expect(first.completions).toBe(0);
    finish();
    await firstDone;
    expect(first.completions).toBe(1);
    expect(calls).toHaveLength(1);
    // Once the first run is over, the button works again.
    const third = event();
    const thirdDone = Promise.resolve(run(third));
    await new Promise((resolve) => setTimeout(resolve, 0)); // the store is opened (async) before the run starts
    expect(calls).toHaveLength(2);
    finish();
    await thirdDone;
    expect(calls).toHaveLength(2);
  });

  it('a click while the pane\'s analysis is busy completes at once without starting a run', async () => {
    const { deps, calls } = fakeDeps(SEVEN, 'en');
    let paneRunning = true;
    const run = associated(makeCommands({ ...deps, busy: () => paneRunning }), 'runAnalysis');
    const e = event();
    await run(e);
    expect(e.completions).toBe(1);
    expect(calls).toHaveLength(0);
    paneRunning = false;
    await run(event());
    expect(calls).toHaveLength(1);
  });

  it('the real command stays out of the way of a pane run that is still busy', async () => {
    const g = globalThis as unknown as { Office?: unknown; Excel?: unknown };
    let excelRuns = 0;
    let finishPaneRun: () => void = () => undefined;
    g.Office = { context: { displayLanguage: 'en-US' } };
    g.Excel = {
      run: () => {
        excelRuns++;
        return new Promise((_, reject) => {
          finishPaneRun = () => reject(new Error('pane run over'));
        });
      },
    };
    try {
      const paneRun = runPipeline(DEFAULT_SETTINGS, {}, undefined, () => undefined);
      const e = event();
      await associated(COMMANDS, 'runAnalysis')(e);
      expect(e.completions).toBe(1);
      expect(excelRuns).toBe(1);
      finishPaneRun();
      await expect(paneRun).rejects.toThrow('pane run over');
    } finally {
      delete g.Office;
      delete g.Excel;
    }
  });

  it('the real command completes even without Excel (the pipeline fails, nothing is written)', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const g = globalThis as unknown as { Office?: unknown; Excel?: unknown };
    // The settings come from the workbook through Excel's API; the analysis then finds no Excel.
    const workbook = new FakeExcel();
    workbook.settings.set('rmo.settings', SEVEN);
    let runs = 0;
    g.Office = { context: { displayLanguage: 'nl-NL' } };
    g.Excel = {
      run: (batch: (c: Excel.RequestContext) => Promise<unknown>) =>
        runs++ === 0 ? batch(workbook.context) : Promise.reject(new Error('no Excel here')),
    };
    try {
      const e = event();
      await associated(COMMANDS, 'runAnalysis')(e);
      expect(runs).toBe(2);
      expect(workbook.log.filter((o) => o.kind === 'load' && o.path === 'item')).toHaveLength(1);
      expect(e.completions).toBe(1);
      expect(error).toHaveBeenCalledWith(new Error('no Excel here'));
    } finally {
      delete g.Office;
      delete g.Excel;
      error.mockRestore();
    }
  });
});

describe('Run analysis tells the user why, in the pane', () => {
  it('a click while a run is busy posts "busy"; a failure posts its message; a run without input tables posts "noInput"', async () => {
    const messages: unknown[] = [];
    const { deps } = fakeDeps(undefined, 'en');
    const busyRun = makeCommands({ ...deps, busy: () => true, notify: (m) => messages.push(m) });
    await associated(busyRun, 'runAnalysis')({ completed: () => undefined });
    expect(messages).toEqual([{ kind: 'busy' }]);

    const failing = fakeDeps(undefined, 'en', new Error('The workbook is busy.'));
    const failRun = makeCommands({ ...failing.deps, notify: (m) => messages.push(m) });
    await associated(failRun, 'runAnalysis')({ completed: () => undefined });
    expect(messages[1]).toEqual({ kind: 'failed', detail: 'The workbook is busy.' });

    const empty: RunAnalysisDeps = { ...deps, pipeline: { run: async () => ({ noInput: true }) as RunSummary }, notify: (m) => messages.push(m) };
    await associated(makeCommands(empty), 'runAnalysis')({ completed: () => undefined });
    expect(messages[2]).toEqual({ kind: 'noInput' });
  });

  it('the pane receives a message posted before it mounted, then each new one', async () => {
    const { postRibbonMessage, onRibbonMessage } = await import('../../src/taskpane/ribbonMessages');
    postRibbonMessage({ kind: 'busy' });
    const seen: unknown[] = [];
    const stop = onRibbonMessage((m) => seen.push(m));
    postRibbonMessage({ kind: 'failed', detail: 'x' });
    stop();
    postRibbonMessage({ kind: 'noInput' });
    expect(seen).toEqual([{ kind: 'busy' }, { kind: 'failed', detail: 'x' }]);
  });
});

describe('registration', () => {
  it('associates runAnalysis at the top level of the script, not in Office.onReady (documented sample; first-click issue)', () => {
    const g = globalThis as unknown as { Office?: unknown };
    const associate = jest.fn();
    const onReady = jest.fn();
    g.Office = { actions: { associate }, onReady, context: {} };
    try {
      jest.isolateModules(() => {
        require('../../src/commands/commands');
      });
      expect(associate.mock.calls.map((c) => c[0])).toEqual(['runAnalysis']);
      expect(onReady).not.toHaveBeenCalled();
    } finally {
      delete g.Office;
    }
  });
});
