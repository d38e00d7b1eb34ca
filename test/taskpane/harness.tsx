/**
 * Test-only entry: the task pane with a fake Office global and a fake pipeline, so
 * the browser test needs neither office.js nor Excel. The fake records what the pane
 * sends it in window.__rmoHarness and holds each run open until the test releases it,
 * so the test can look at the progress display without timing guesses.
 *
 * With `?workbook=sample` or `?workbook=empty` the pane runs the REAL pipeline instead,
 * against the fake Excel (test/excel/fake-excel.ts) holding the sample workbook's cells
 * (set by the test in window.__rmoWorkbook) or nothing; window.__rmoExcel lets the test
 * look at that workbook. `?theme=dark` pretends a dark Office theme.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { THEMES } from '../../src/taskpane/themes';
import { currentThemeKind } from '../../src/taskpane/theme';
import { realPipeline } from '../../src/taskpane/pipeline';
import type { RawTable } from '../../src/input/types';
import { FakeExcel, type SheetModel } from '../excel/fake-excel';
import { RunCancelled, type ColumnMapping, type Pipeline, type ProgressStep, type RunOptions, type RunSummary, type TableChoice, type TableRef } from '../../src/taskpane/types';
import type { Settings } from '../../src/analysis/settings';
import type { Language } from '../../src/i18n';
import { memorySettingsStore } from '../../src/taskpane/settingsStore';
import { SHEET_KEY_PROPERTY } from '../../src/excel/ownership';
import { keyFromMarkerName } from '../../src/report/ownership-marker';

export interface HarnessState {
  /** selection null = the pane sent none (every table); JSON has no undefined. */
  calls: { settings: Settings; mapping: ColumnMapping; selection: TableRef[] | null }[];
  /** The mapping of every scan, in order. */
  scans: ColumnMapping[];
  /** What the next scan finds; a test may replace it. */
  tables: TableChoice[];
  languages: Language[];
  /** Set by a test to make the next run fail with this message. */
  failNext?: string;
  /** Lets the run that is waiting finish. */
  release?: () => void;
  /** Set by a test to hold the next run at the analysing step too (where Cancel still works). */
  holdAt?: 'analysing';
  /** Every JSON text the pane saved in the (in-memory) workbook settings, in order. */
  saved: string[];
}

declare global {
  interface Window {
    __rmoHarness: HarnessState;
    /** Set by a test before the page loads: what the workbook's settings already hold. */
    __rmoStoredSettings?: unknown;
    /** Set by a test before the page loads: the cells of the workbook (the sample, read by the .xlsx shell). */
    __rmoWorkbook?: RawTable[];
    __rmoExcel: ExcelProbe;
    /** With `?store=later`: hands the pane its settings store, as Excel answering the read does. */
    __rmoOpenStore?: () => void;
  }
}

/** What a test may ask the fake workbook behind the real pipeline. */
export interface ExcelProbe {
  sheetNames(): string[];
  activeSheet(): string | undefined;
  /** The selected range as "Sheet!A1:B2" (no quotes), or undefined. */
  selection(): string | undefined;
  /** Values of one column from row 1 down to the last filled row. */
  column(sheet: string, col: number): unknown[];
  tableNames(): string[];
  /** Sheets carrying the add-in's ownership marker (custom property or defined name). */
  markedSheets(): string[];
  /** A1 addresses of the notes on a sheet. */
  notes(sheet: string): string[];
  /** Inline list sources of the drop-downs on a sheet, with the first cell of each. */
  lists(sheet: string): { at: string; source: string }[];
  /** Requests sent to Excel so far (one per context.sync). */
  syncs(): number;
}

/** What the fake returns: numbers a test can recognise on screen. */
export const FAKE_SUMMARY: RunSummary = {
  suppliers: 7,
  incidents: 12,
  managers: 2,
  typeCounts: { pillar: 3, prospect: 2, hostage: 1, freeRider: 1 },
  problemCount: 14,
  problems: [
    {
      sheet: 'Suppliers',
      row: 4,
      column: 'Affective (C)',
      severity: 'error',
      text: { en: 'Expected a number, got "high".', nl: 'Verwacht een getal, kreeg "high".' },
      place: { sheet: 'Suppliers', row: 3, col: 2 },
    },
    {
      sheet: 'Incidents',
      row: 9,
      column: 'Date (B)',
      severity: 'warning',
      text: { en: 'Expected a date, got "soon".', nl: 'Verwacht een datum, kreeg "soon".' },
      place: { sheet: 'Incidents', row: 8, col: 1 },
    },
  ],
  sheets: ['RMO Results', 'RMO Problems'],
  onlyInIncidents: [],
  unclassified: 0,
  reactionCounts: { voice: 3, loyalty: 2, exit: 1, neglect: 1 },
  roleCounts: { representative: 2, butler: 2, nanny: 2, accountant: 1 },
  statusCounts: { normal: 5, critical: 1, euphoria: 1, prolonged: 1 },
  errorCount: 1,
  warningCount: 13,
  lines: [],
  attention: [],
  resultsSheet: 'RMO Results',
  analysisDate: { day: '2024-03-31', source: 'set' },
  periodsLeftOut: ['2024-Q2'],
};

/** Three usable tables on sheets not named like a kind (so a kind's wording is unambiguous), and two that are not. */
export const FAKE_TABLES: TableChoice[] = [
  { sheet: 'Scores', table: 'tblScores', kind: 'supplier', rows: 7 },
  { sheet: 'Log', table: 'tblLog', kind: 'incident', rows: 12 },
  { sheet: 'Team', kind: 'manager', rows: 1 },
  { sheet: 'Notes', rows: 0, missing: [] },
  { sheet: 'Archive', table: 'tblOld', rows: 3, missing: ['affective', 'calculative'] },
];

// The workbook's settings: an in-memory store whose writes the test can read back.
const store = memorySettingsStore(window.__rmoStoredSettings);
const state: HarnessState = { calls: [], scans: [], tables: FAKE_TABLES, languages: [], saved: store.writes };
window.__rmoHarness = state;

const params = new URLSearchParams(window.location.search);
const workbook = params.get('workbook');

// The pane reads Office's display language for its default and the theme's colours; pretend an English Office.
(window as unknown as { Office: unknown }).Office = {
  context: {
    displayLanguage: 'en-US',
    officeTheme: params.get('theme') === 'dark' ? { bodyBackgroundColor: '#262626', isDarkTheme: true } : { bodyBackgroundColor: '#FFFFFF' },
  },
};

/** The fake Excel the real pipeline runs on, filled with the test's cells. */
function fakeWorkbook(tables: readonly RawTable[]): FakeExcel {
  const fake = new FakeExcel();
  for (const t of tables) {
    const sheet = fake.sheet(t.sheet) ?? fake.addSheet(t.sheet);
    t.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === undefined || v === '') return;
        const format = t.numberFormats?.[i]?.[j];
        fake.putValues(sheet, t.firstRow - 1 + i, t.firstCol - 1 + j, [[v as string | number | boolean]], format && format !== 'General' ? format : undefined);
      }),
    );
    if (t.table !== undefined) {
      const cols = t.values.reduce((w, r) => Math.max(w, r.length), 0);
      fake.addTable(t.table, sheet, { row: t.firstRow - 1, col: t.firstCol - 1, rows: t.values.length, cols });
    }
  }
  if (fake.sheets.length === 0) fake.addSheet('Sheet1');
  return fake;
}

function probe(fake: FakeExcel): ExcelProbe {
  const named = (id: string | undefined): SheetModel | undefined => fake.sheets.find((s) => s.id === id);
  return {
    sheetNames: () => fake.sheets.map((s) => s.name),
    activeSheet: () => named(fake.activeSheetId)?.name,
    selection: () => {
      const sel = fake.selection;
      const sheet = sel && named(sel.sheetId);
      if (!sel || !sheet) return undefined;
      const a = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;
      const { row, col, rows, cols } = sel.rect;
      return `${sheet.name}!${a(row, col)}${rows > 1 || cols > 1 ? `:${a(row + rows - 1, col + cols - 1)}` : ''}`;
    },
    column: (name, col) => {
      const sheet = fake.sheet(name);
      if (!sheet) return [];
      const used = fake.usedRect(sheet, true);
      if (!used) return [];
      const out: unknown[] = [];
      for (let r = 0; r < used.row + used.rows; r++) out.push(fake.cell(sheet, r, col)?.value ?? null);
      return out;
    },
    tableNames: () => fake.tables.map((t) => t.name),
    markedSheets: () =>
      fake.sheets
        .filter((s) => s.customProperties.has(SHEET_KEY_PROPERTY.toLowerCase()) || fake.names.some((n) => keyFromMarkerName(n.name) !== undefined && n.sheet === s))
        .map((s) => s.name),
    notes: (name) => [...(fake.sheet(name)?.notes?.keys() ?? [])],
    lists: (name) =>
      (fake.sheet(name)?.validations ?? []).flatMap((v) => {
        const list = (v.rule as { list?: { source: string } } | undefined)?.list;
        return list ? [{ at: `${String.fromCharCode(65 + v.rect.col)}${v.rect.row + 1}`, source: list.source }] : [];
      }),
    syncs: () => fake.syncCount,
  };
}

const fakePipeline: Pipeline = {
  async scan(mapping: ColumnMapping): Promise<TableChoice[]> {
    state.scans.push(mapping);
    return JSON.parse(JSON.stringify(state.tables)) as TableChoice[];
  },
  async run(
    settings: Settings,
    mapping: ColumnMapping,
    selection: readonly TableRef[] | undefined,
    onProgress: (step: ProgressStep) => void,
    options?: RunOptions,
  ): Promise<RunSummary> {
    state.calls.push({ settings, mapping, selection: selection === undefined ? null : [...selection] });
    onProgress('reading');
    onProgress('analysing');
    if (state.holdAt === 'analysing') {
      await new Promise<void>((resolve) => {
        state.release = resolve;
      });
      state.holdAt = undefined;
      if (options?.cancel?.cancelled) throw new RunCancelled();
    }
    onProgress('writing');
    await new Promise<void>((resolve) => {
      state.release = resolve;
    });
    state.release = undefined;
    const failure = state.failNext;
    state.failNext = undefined;
    if (failure) throw new Error(failure);
    // Like the real pipeline, a cancel seen before writing ends the run with nothing written.
    if (options?.cancel?.cancelled) throw new RunCancelled();
    return FAKE_SUMMARY;
  },
  languageChanged(lang: Language): void {
    state.languages.push(lang);
  },
  start: async () => [],
  startKinds: ['example', 'empty', 'questionnaire'],
  hasInput: async () => true,
  goTo: async () => true,
};

let pipeline: Pipeline = fakePipeline;
if (workbook === 'sample' || workbook === 'empty') {
  const fake = fakeWorkbook(workbook === 'sample' ? (window.__rmoWorkbook ?? []) : []);
  (window as unknown as { Excel: unknown }).Excel = { run: (job: (context: Excel.RequestContext) => Promise<unknown>) => job(fake.context) };
  window.__rmoExcel = probe(fake);
  pipeline = {
    ...realPipeline,
    languageChanged(lang: Language): void {
      state.languages.push(lang);
      realPipeline.languageChanged(lang);
    },
  };
}

// `?store=later`: the store arrives as a promise the test resolves, like the pane's real start
// (src/taskpane/index.tsx renders before the workbook's settings have been read).
const paneStore =
  params.get('store') === 'later'
    ? new Promise<typeof store>((resolve) => {
        window.__rmoOpenStore = () => resolve(store);
      })
    : store;

const container = document.getElementById('container');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={THEMES[currentThemeKind()]}>
      <App pipeline={pipeline} store={paneStore} />
    </FluentProvider>,
  );
}
