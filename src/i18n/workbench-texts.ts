import type { AppreciationStatus } from '../model';
import type { TableKind } from '../input/types';

/** A text with a singular and a plural form; {count} is filled in. */
export interface Plural {
  readonly one: string;
  readonly other: string;
}

/** The input tables a start writes (questionnaire responses come from the questionnaire start). */
type StartTable = Exclude<TableKind, 'responses'>;

/** Texts of the sheets a new user starts from (example and empty input tables). */
export interface StartTexts {
  readonly sheets: {
    readonly example: Readonly<Record<StartTable, string>>;
    readonly empty: Readonly<Record<StartTable, string>>;
  };
  /** Excel table names: letters, digits and underscores only. */
  readonly tables: Readonly<Record<StartTable, string>>;
  /** {min} {max} of the scale. */
  readonly scorePrompt: string;
  readonly scoreError: string;
  readonly impactPrompt: string;
  readonly impactError: string;
  readonly categoryPrompt: string;
  /** {categories}: the allowed words. */
  readonly categoryError: string;
  readonly datePrompt: string;
  readonly dateError: string;
  /** The Party drop-down's words (ones the input layer reads as client and supplier, docs/input-format.md). */
  readonly parties: { readonly client: string; readonly supplier: string };
  /** On the supplier table: whose view the scores are. */
  readonly partyPrompt: string;
  /** On the incident table: the party the incident hit. */
  readonly incidentPartyPrompt: string;
  /** {parties}: the allowed words. */
  readonly partyError: string;
}

/** Attention reasons in the pane's Needs-attention list. */
export type AttentionReason = 'critical' | 'prolonged' | 'worse' | 'exit' | 'neglect' | 'state';

/** Groups of the settings form. */
export type SettingsGroup = 'scale' | 'impact' | 'appreciation' | 'date' | 'party';

/** Texts of the task pane as a workbench (issue 8): starts, pictures, links, access. */
export interface WorkbenchTexts {
  readonly startHeading: string;
  readonly startIntro: string;
  readonly insertExample: string;
  readonly insertExampleHint: string;
  readonly createEmpty: string;
  readonly createEmptyHint: string;
  readonly createQuestionnaire: string;
  readonly createQuestionnaireHint: string;
  readonly helpLink: string;
  readonly helpHeading: string;
  readonly helpParagraphs: readonly string[];
  readonly startBusy: string;
  /** {sheets}: the names of the sheets created. */
  readonly startDone: string;
  readonly startErrorTitle: string;
  readonly noInputTitle: string;
  readonly noInput: string;
  readonly suppliersCount: Plural;
  readonly onlyInIncidents: Plural;
  readonly onlyInIncidentsHint: string;
  readonly unclassified: Plural;
  readonly errors: Plural;
  readonly warnings: Plural;
  /** {errors}, {warnings}: the two counts in words. */
  readonly errorsAndWarnings: string;
  /** Live-region text after a run: {suppliers}, {problems}. */
  readonly announce: string;
  readonly severity: Readonly<Record<'error' | 'warning', string>>;
  readonly goToCell: string;
  readonly goToSheet: string;
  readonly reactionsHeading: string;
  readonly rolesHeading: string;
  readonly appreciationHeading: string;
  readonly statusCounts: Readonly<Record<AppreciationStatus | 'prolonged', string>>;
  /** Heading of a quadrant's supplier list: {name}. */
  readonly quadrantSuppliers: string;
  readonly quadrantEmpty: string;
  readonly selectRow: string;
  readonly attentionHeading: string;
  readonly attentionNone: string;
  readonly reasons: Readonly<Record<AttentionReason, string>>;
  readonly activateResults: string;
  readonly cancel: string;
  readonly cancelled: string;
  /** {fields}: every invalid field's label. */
  readonly fixFields: string;
  readonly languageLocked: string;
  readonly restored: string;
  readonly undo: string;
  readonly undone: string;
  readonly groups: Readonly<Record<SettingsGroup, string>>;
  /** Group summaries shown on the collapsed header. */
  readonly scaleSummary: string;
  readonly impactSummary: string;
  readonly appreciationSummary: string;
  /** The date group's summary when no date is set: the run uses today. */
  readonly dateToday: string;
  /** The party group's summary when no default party is set. */
  readonly partyDefault: string;
  readonly invalidValue: string;
  readonly mappingDetected: string;
  readonly mappingNotFound: string;
  readonly mappingAuto: string;
  readonly mappingScanFirst: string;
  readonly ribbonBusy: string;
  readonly ribbonFailedTitle: string;
  /** Why Analyse waits for a moment after the pane opens. */
  readonly settingsLoading: string;
}
