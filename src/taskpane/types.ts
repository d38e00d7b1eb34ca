import type { Language, TaskpaneStep } from '../i18n';
import type { AnalysisDateSource, AppreciationStatus, MoveDirection, Reaction, RelationshipState, RelationshipType, Role } from '../model';
import type { AttentionReason } from '../i18n';
import type { StartSettings } from '../report/start-sheets';
import type { Place } from '../excel/navigate';
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
  /** The cell (or the sheet) to select when the user picks the problem. */
  readonly place: Place;
}

/** One supplier as the pane's pictures and lists show it. */
export interface SupplierLine {
  readonly name: string;
  readonly type?: RelationshipType;
  readonly reaction?: Reaction;
  readonly role?: Role;
  readonly status?: AppreciationStatus;
  readonly prolonged: boolean;
  readonly daysOutside: number;
  readonly lastMove?: { readonly from: RelationshipType; readonly to: RelationshipType; readonly direction: MoveDirection };
  /**
   * The relationship state now (docs/method.md), where the analysis gives one; a damaged,
   * plain-supplier or ending relationship is a reason for the Needs-attention list.
   */
  readonly state?: RelationshipState;
  /** Zero-based row of the supplier on the results sheet. */
  readonly resultsRow: number;
}

/** A supplier that needs attention, and why (in the order the reasons are listed). */
export interface AttentionLine {
  readonly name: string;
  /** The supplier's relationship state, shown beside its name. */
  readonly state?: RelationshipState;
  readonly reasons: readonly { readonly reason: AttentionReason; readonly params?: Readonly<Record<string, string | number>> }[];
  readonly resultsRow: number;
}

/** What one run reports back to the task pane. */
export interface RunSummary {
  /** Suppliers in the supplier table (as the command line counts them); incident-only ones are apart. */
  readonly suppliers: number;
  readonly incidents: number;
  readonly managers: number;
  readonly typeCounts: Readonly<Record<RelationshipType, number>>;
  readonly problemCount: number;
  /** The first problems only (see MAX_LISTED_PROBLEMS); the problem sheet has them all. */
  readonly problems: readonly ProblemLine[];
  /** Names of the sheets written, in the run's language. */
  readonly sheets: readonly string[];
  /** True when no supplier or incident table was found: nothing was written. */
  readonly noInput?: boolean;
  /** Suppliers named only in the incidents (not classified, not in the 2×2 counts). */
  readonly onlyInIncidents: readonly string[];
  readonly unclassified: number;
  readonly reactionCounts: Readonly<Record<Reaction, number>>;
  readonly roleCounts: Readonly<Record<Role, number>>;
  readonly statusCounts: Readonly<Record<AppreciationStatus | 'prolonged', number>>;
  readonly errorCount: number;
  readonly warningCount: number;
  /** Every supplier of the supplier table, in results-sheet order. */
  readonly lines: readonly SupplierLine[];
  readonly attention: readonly AttentionLine[];
  /** Name of the results sheet as written (clicking a supplier selects its row there). */
  readonly resultsSheet?: string;
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
  /** The header row's texts as typed (for the column-name drop-downs). */
  readonly headers?: readonly string[];
  /** The header recognised for each field. */
  readonly detected?: Readonly<Partial<Record<Field, string>>>;
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
    options?: RunOptions,
  ): Promise<RunSummary>;
  /** Tells the rest of the add-in (custom functions) which language the user chose. */
  languageChanged(lang: Language): void;
  /** Writes the example or empty input tables (or a questionnaire) on new sheets; resolves to the sheet names. */
  start(kind: StartKind, settings: StartSettings): Promise<string[]>;
  /** The starts this build offers: the questionnaire only once its builder is wired in. */
  readonly startKinds: readonly StartKind[];
  /** True when the workbook has any table or filled sheet besides ours (cheap: no cell data). */
  hasInput(): Promise<boolean>;
  /** Selects a sheet, cell or row in the workbook; false when the sheet is gone. */
  goTo(place: Place): Promise<boolean>;
}

export type StartKind = 'example' | 'empty' | 'questionnaire';

/** Lets the user stop a run between its steps; a run stopped before writing wrote nothing. */
export interface CancelToken {
  readonly cancelled: boolean;
}

export class RunCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'RunCancelled';
  }
}

/** Options of a run beyond its settings. */
export interface RunOptions {
  readonly cancel?: CancelToken;
  /** Activate the results sheet at the end (the user's setting; default on). */
  readonly activateResults?: boolean;
}
