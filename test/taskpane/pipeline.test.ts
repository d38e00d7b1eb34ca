/**
 * The wiring of the real pipeline, with every collaborator replaced: checks the order
 * of the steps, what each receives, and that the summary names the sheets as written.
 */
import { DEFAULT_SETTINGS, Settings } from '../../src/analysis/settings';

const calls: string[] = [];
const context = { marker: 'ctx' };
type Raw = { sheet: string; table?: string; firstRow: number; firstCol: number; values: unknown[][] };
const DATA: Raw = { sheet: 'Data', firstRow: 1, firstCol: 1, values: [] };
let rawTables: Raw[] = [DATA];
/** What the reader reports beside the tables (a table cut at the cell cap). */
let readProblems: unknown[] = [];
let analysedInput: { problems: unknown[] } | undefined;
/** Which blocks parseTables received, by sheet/table, to see the selection at work. */
const names = (ts: readonly Raw[]): string => ts.map((t) => `${t.sheet}/${t.table ?? '-'}`).join(',');
let parsed: Record<string, unknown> = { suppliers: [], incidents: [{}, {}], managers: [], problems: [], tables: [{ kind: 'supplier' }] };
const PARSED = parsed;
let applyOptions: unknown[] = [];
const problem = { code: 'notANumber', severity: 'error', sheet: 'Data', row: 3, column: 'Impact (D)', value: 'x' };
const analysed = { suppliers: [{ supplier: 'A', type: 'hostage' }], managers: [], problems: [problem] };
const plans = [{ key: 'rmo.results', name: 'RMO Results' }];

jest.mock('../../src/excel', () => ({
  readWorkbook: jest.fn(async (ctx: unknown) => {
    calls.push(`read:${ctx === context}`);
    return rawTables;
  }),
  readInputs: jest.fn(async (ctx: unknown) => {
    calls.push(`read:${ctx === context}`);
    return { tables: rawTables, problems: readProblems };
  }),
  applyPlans: jest.fn(async (ctx: unknown, p: unknown, options: unknown) => {
    calls.push(`apply:${ctx === context}:${p === plans}`);
    applyOptions.push(options);
    return [{ key: 'rmo.results', name: 'RMO Results (2)' }];
  }),
}));
jest.mock('../../src/input', () => ({
  parseTables: jest.fn((t: Raw[], _s: unknown, m: unknown) => {
    calls.push(`parse:${names(t)}:${JSON.stringify(m)}`);
    return parsed;
  }),
  problemText: jest.fn((p: { row: number }, lang: string) => `${lang} row ${p.row}`),
}));
jest.mock('../../src/analysis', () => ({
  analyse: jest.fn((input: { problems: unknown[] }) => {
    analysedInput = input;
    calls.push(`analyse:${input === parsed}`);
    return analysed;
  }),
}));
jest.mock('../../src/report', () => ({
  buildReport: jest.fn((result: unknown, _s: unknown, render: (p: unknown) => string) => {
    calls.push(`report:${result === analysed}:${render(problem)}`);
    return plans;
  }),
  sheetKey: (id: string) => `rmo.${id}`,
}));
jest.mock('../../src/functions/language', () => ({
  setDefaultLanguage: jest.fn((lang: string) => {
    calls.push(`language:${lang}`);
    return true;
  }),
}));

import { pipelineBusy, realPipeline, runPipeline, scanTables } from '../../src/taskpane/pipeline';

beforeEach(() => {
  calls.length = 0;
  rawTables = [DATA];
  parsed = PARSED;
  applyOptions = [];
  readProblems = [];
  analysedInput = undefined;
  (globalThis as Record<string, unknown>).Excel = { run: (f: (ctx: unknown) => Promise<unknown>) => f(context) };
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).Excel;
});

it('runs read → parse → analyse → report → apply inside Excel.run, reporting each step', async () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, language: 'nl' };
  const seen: string[] = [];
  const summary = await runPipeline(settings, { supplier: 'Vendor' }, undefined, (s) => {
    calls.push(`step:${s}`);
    seen.push(s);
  });
  expect(calls).toEqual([
    'language:nl',
    'step:reading',
    'read:true',
    'step:analysing',
    'parse:Data/-:{"supplier":"Vendor"}',
    'analyse:true',
    'report:true:nl row 3', // problems in the sheets use the run's language
    'step:writing',
    'apply:true:true',
  ]);
  expect(seen).toEqual(['reading', 'analysing', 'writing']);
  expect(summary.sheets).toEqual(['RMO Results (2)']);
  expect(summary.incidents).toBe(2);
  expect(summary.typeCounts.hostage).toBe(1);
  expect(summary.problems[0].text).toEqual({ en: 'en row 3', nl: 'nl row 3' });
});

it('the real pipeline offers the scan and the run', () => {
  expect(realPipeline.scan).toBe(scanTables);
  expect(realPipeline.run).toBe(runPipeline);
});

it('passes a language switch on to the custom functions', () => {
  realPipeline.languageChanged('nl');
  expect(calls).toEqual(['language:nl']);
});

it('lets an Excel failure reach the caller', async () => {
  (globalThis as Record<string, unknown>).Excel = { run: async () => Promise.reject(new Error('busy')) };
  await expect(runPipeline(DEFAULT_SETTINGS, {}, undefined, () => undefined)).rejects.toThrow('busy');
  await expect(scanTables({})).rejects.toThrow('busy');
});

it('parses only the chosen tables, telling a table from the used range of the same sheet', async () => {
  rawTables = [
    { sheet: 'A', table: 'T1', firstRow: 1, firstCol: 1, values: [] },
    { sheet: 'A', table: 'T2', firstRow: 1, firstCol: 1, values: [] },
    { sheet: 'B', firstRow: 1, firstCol: 1, values: [] },
    { sheet: 'C', firstRow: 1, firstCol: 1, values: [] },
  ];
  await runPipeline(DEFAULT_SETTINGS, {}, [{ sheet: 'C' }, { sheet: 'A', table: 'T2' }, { sheet: 'B', table: 'T9' }], () => undefined);
  // Workbook order, not selection order; B's used range is not "B / table T9".
  expect(calls).toContain('parse:A/T2,C/-:{}');
});

it('an empty selection parses nothing (the input layer then reports that no table was found)', async () => {
  await runPipeline(DEFAULT_SETTINGS, {}, [], () => undefined);
  expect(calls).toContain('parse::{}');
});

it('a scan reads the workbook inside Excel.run and lists each block with its kind, without parsing or writing', async () => {
  rawTables = [
    { sheet: 'S', table: 'tblS', firstRow: 1, firstCol: 1, values: [['Supplier', 'Affective', 'Calculative'], ['A', 4, 2], ['B', 3, 3]] },
    { sheet: 'Notes', firstRow: 1, firstCol: 1, values: [['just a note']] },
  ];
  const found = await scanTables({});
  expect(calls).toEqual(['read:true']);
  expect(found).toEqual([
    {
      sheet: 'S',
      table: 'tblS',
      kind: 'supplier',
      rows: 2,
      headers: ['Supplier', 'Affective', 'Calculative'],
      detected: { supplier: 'Supplier', affective: 'Affective', calculative: 'Calculative' },
    },
    { sheet: 'Notes', rows: 0, missing: [] },
  ]);
});

it('activates the results sheet after a run unless the user turned that off; the summary names it as written', async () => {
  const summary = await runPipeline(DEFAULT_SETTINGS, {}, undefined, () => undefined);
  await runPipeline(DEFAULT_SETTINGS, {}, undefined, () => undefined, { activateResults: false });
  expect(applyOptions).toEqual([{ activateKey: 'rmo.results' }, {}]);
  expect(summary.resultsSheet).toBe('RMO Results (2)');
});

it('with no supplier or incident table it writes nothing and says so', async () => {
  parsed = { ...PARSED, tables: [{ kind: 'manager' }] };
  const summary = await runPipeline(DEFAULT_SETTINGS, {}, undefined, () => undefined);
  expect(summary.noInput).toBe(true);
  expect(summary.sheets).toEqual([]);
  expect(calls.some((c) => c.startsWith('report') || c.startsWith('apply'))).toBe(false);
});

it('a run cancelled before writing writes nothing and rejects with RunCancelled', async () => {
  const token = { cancelled: false };
  const run = runPipeline(DEFAULT_SETTINGS, {}, undefined, (step) => {
    if (step === 'analysing') token.cancelled = true;
  }, { cancel: token });
  await expect(run).rejects.toMatchObject({ name: 'RunCancelled' });
  expect(calls.some((c) => c.startsWith('apply'))).toBe(false);
});

describe('one run at a time (the pane and the ribbon share the pipeline)', () => {
  /** An Excel.run that holds each batch until the test lets it go, recording when each starts. */
  function heldExcel(): { started: string[]; finish: (i: number, error?: Error) => void } {
    const started: string[] = [];
    const releases: ((error?: Error) => void)[] = [];
    (globalThis as Record<string, unknown>).Excel = {
      run: (f: (ctx: unknown) => Promise<unknown>) => {
        started.push(`run ${releases.length + 1}`);
        return new Promise<void>((resolve, reject) => releases.push((e) => (e ? reject(e) : resolve()))).then(() => f(context));
      },
    };
    return { started, finish: (i, error) => releases[i](error) };
  }
  const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

  it('a second run starts only once the first has finished', async () => {
    const excel = heldExcel();
    expect(pipelineBusy()).toBe(false);
    const first = runPipeline(DEFAULT_SETTINGS, {}, undefined, () => undefined);
    const second = runPipeline({ ...DEFAULT_SETTINGS, language: 'nl' }, {}, undefined, () => undefined);
    await settle();
    expect(excel.started).toEqual(['run 1']);
    expect(pipelineBusy()).toBe(true);
    excel.finish(0);
    await first;
    await settle();
    expect(excel.started).toEqual(['run 1', 'run 2']);
    expect(pipelineBusy()).toBe(true);
    excel.finish(1);
    await second;
    expect(pipelineBusy()).toBe(false);
    // Neither run's batches were interleaved with the other's.
    expect(calls.filter((c) => c.startsWith('read') || c.startsWith('apply'))).toEqual([
      'read:true',
      'apply:true:true',
      'read:true',
      'apply:true:true',
    ]);
  });

  it('a failed run does not block the next one', async () => {
    const excel = heldExcel();
    const first = runPipeline(DEFAULT_SETTINGS, {}, undefined, () => undefined);
    const second = runPipeline(DEFAULT_SETTINGS, {}, undefined, () => undefined);
    await settle();
    excel.finish(0, new Error('busy'));
    await expect(first).rejects.toThrow('busy');
    await settle();
    expect(excel.started).toEqual(['run 1', 'run 2']);
    excel.finish(1);
    await expect(second).resolves.toMatchObject({ incidents: 2 });
    expect(pipelineBusy()).toBe(false);
  });
});

it("puts the reader's problems (a table cut at the cell cap) first among the input's problems", async () => {
  const cut = { code: 'rangeTooLarge', severity: 'error', sheet: 'Data', params: { range: 'A1:Z1048576' } };
  readProblems = [cut];
  const withOwn = { ...parsed, problems: [problem] };
  const input = jest.requireMock('../../src/input') as { parseTables: jest.Mock };
  input.parseTables.mockReturnValueOnce(withOwn);
  await runPipeline(DEFAULT_SETTINGS, {}, undefined, () => undefined);
  expect(analysedInput!.problems).toEqual([cut, problem]);
  expect(withOwn.problems).toEqual([problem]); // the parser's result is not changed in place
});
