/**
 * Test-only entry: the task pane with a fake Office global and a fake pipeline, so
 * the browser test needs neither office.js nor Excel. The fake records what the pane
 * sends it in window.__rmoHarness and holds each run open until the test releases it,
 * so the test can look at the progress display without timing guesses.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import type { ColumnMapping, Pipeline, ProgressStep, RunSummary, TableChoice, TableRef } from '../../src/taskpane/types';
import type { Settings } from '../../src/analysis/settings';
import type { Language } from '../../src/i18n';
import { memorySettingsStore } from '../../src/taskpane/settingsStore';

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
  /** Every JSON text the pane saved in the (in-memory) workbook settings, in order. */
  saved: string[];
}

declare global {
  interface Window {
    __rmoHarness: HarnessState;
    /** Set by a test before the page loads: what the workbook's settings already hold. */
    __rmoStoredSettings?: unknown;
  }
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
    },
    {
      sheet: 'Incidents',
      row: 9,
      column: 'Date (B)',
      severity: 'warning',
      text: { en: 'Expected a date, got "soon".', nl: 'Verwacht een datum, kreeg "soon".' },
    },
  ],
  sheets: ['RMO Results', 'RMO Problems'],
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

// The pane reads Office's display language for its default; pretend an English Office.
(window as unknown as { Office: unknown }).Office = { context: { displayLanguage: 'en-US' } };

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
  ): Promise<RunSummary> {
    state.calls.push({ settings, mapping, selection: selection === undefined ? null : [...selection] });
    onProgress('reading');
    onProgress('analysing');
    onProgress('writing');
    await new Promise<void>((resolve) => {
      state.release = resolve;
    });
    state.release = undefined;
    const failure = state.failNext;
    state.failNext = undefined;
    if (failure) throw new Error(failure);
    return FAKE_SUMMARY;
  },
  languageChanged(lang: Language): void {
    state.languages.push(lang);
  },
};

const container = document.getElementById('container');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App pipeline={fakePipeline} store={store} />
    </FluentProvider>,
  );
}
