import type { Language, TaskpaneStep } from '../i18n';
import type { AnalysisDateSource, RelationshipType } from '../model';
import type { Settings } from '../analysis/settings';
import type { ColumnMapping, Field, TableKind } from '../input/types';

export type ProgressStep = TaskpaneStep;

/** Header-name overrides typed by the user (only non-empty entries), as the input layer takes them. */
export type { ColumnMapping };

/** One problem as the summary lists it; the text comes in both languages so a language switch needs no re-run. */
export interface ProblemLine {
  readonly sheet: string;
  readonly row?: number;
  readonly column?: string;
  readonly severity: 'error' | 'warning';
  readonly text: Readonly<Record<Language, string>>;
}

/** What one run reports back to the task pane. */
export interface RunSummary {
  readonly suppliers: number;
  readonly incidents: number;
  readonly managers: number;
  readonly typeCounts: Readonly<Record<RelationshipType, number>>;
  readonly problemCount: number;
  /** The first problems only (see MAX_LISTED_PROBLEMS); the problem sheet has them all. */
  readonly problems: readonly ProblemLine[];
  /** Names of the sheets written, in the run's language. */
  readonly sheets: readonly string[];
  /** The analysis date the run used (yyyy-mm-dd) and where it came from; absent without any date. */
  readonly analysisDate?: { readonly day: string; readonly source: AnalysisDateSource };
  /** Periods left out because they start after the analysis date. */
  readonly periodsLeftOut?: readonly string[];
}

export const MAX_LISTED_PROBLEMS = 10;

/** One input block as the user sees it: a sheet plus its Excel table name, or the sheet's used range (table undefined). */
export interface TableRef {
  readonly sheet: string;
  readonly table?: string;
}

/** A block found by a scan, for the "Tables" step. Language-neutral, so a language switch needs no re-scan. */
export interface TableChoice extends TableRef {
  /** undefined when the block cannot be analysed; `missing` says why. */
  readonly kind?: TableKind;
  /** Non-blank rows under the header row. */
  readonly rows: number;
  /** Only when kind is undefined: the columns it lacks; empty when no header row was found at all. */
  readonly missing?: readonly Field[];
}

/**
 * Everything the UI needs from the outside world. The real one (pipeline.ts) uses
 * Excel; tests inject a fake so the UI runs in a plain browser.
 */
export interface Pipeline {
  /** Reads the workbook and lists its input tables; the column mapping decides what is recognised. */
  scan(mapping: ColumnMapping): Promise<TableChoice[]>;
  /** Analyses the chosen tables (undefined = every table) and writes the result sheets. */
  run(
    settings: Settings,
    mapping: ColumnMapping,
    selection: readonly TableRef[] | undefined,
    onProgress: (step: ProgressStep) => void,
  ): Promise<RunSummary>;
  /** Tells the rest of the add-in (custom functions) which language the user chose. */
  languageChanged(lang: Language): void;
}
