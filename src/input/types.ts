import type { IncidentCategory } from '../i18n/catalogue';
import type { AlphaError, Construct, ItemAnswers, ItemCode, ModelConstruct, Party, Scale } from '../model';

/**
 * The settings parsing needs: the score scale's bounds and the impact range. The
 * analysis Settings fit it as they are; declared here so input/ does not import analysis/.
 */
export interface InputSettings {
  readonly scale: Scale;
  readonly impactMin: number;
  readonly impactMax: number;
  /** Whose view rows and responses without a party are (undefined = DEFAULT_PARTY); the analysis Settings carry it. */
  readonly defaultParty?: Party;
}

/**
 * What a shell hands to input/: the used range of one sheet (or one Excel table)
 * as raw values, with where it sits so problems can name real rows and columns.
 */
export interface RawTable {
  readonly sheet: string;
  /** Excel table name when the block is a ListObject; undefined for a plain range. */
  readonly table?: string;
  /** One-based sheet row and column of values[0][0]. */
  readonly firstRow: number;
  readonly firstCol: number;
  /** Raw cell values as the shell read them: string | number | boolean | null/undefined | Date. */
  readonly values: readonly (readonly unknown[])[];
  /** Number formats per cell where the shell knows them (to tell a date serial from a number). */
  readonly numberFormats?: readonly (readonly string[])[];
}

/** Where a typed row came from: sheet name and one-based sheet row. */
export interface Source {
  readonly sheet: string;
  readonly row: number;
}

/** Every column the input layer recognises, by its language-neutral key. */
export type Field =
  | 'supplier'
  | 'period'
  | ModelConstruct
  | 'manager'
  | 'date'
  | 'category'
  | 'impact'
  | 'description'
  | 'party';

/** The user's explicit choice of header text per field (task pane "map columns"); wins over aliases. */
export type ColumnMapping = Partial<Record<Field, string>>;

/** What a detected table holds. */
export type TableKind = 'supplier' | 'incident' | 'manager' | 'responses';

export type ProblemCode =
  | 'notANumber'
  | 'errorValue'
  | 'blankRequired'
  | 'scoreOutOfRange'
  | 'impactOutOfRange'
  | 'notADate'
  | 'unknownCategory'
  | 'unknownSupplier'
  | 'duplicateRow'
  | 'conflictingDuplicate'
  | 'missingColumn'
  | 'noTableFound'
  | 'tooManyRows'
  // Raised by analysis/ (period-cutoff.ts): a period an analysis date cannot be applied to.
  | 'periodNotADate'
  | 'unknownParty'
  | 'partyOnManagerTable'
  // questionnaire responses (src/input/survey-*.ts)
  | 'surveyTextAnswer'
  | 'surveyAnswerOutOfScale'
  | 'surveyNoAnswers'
  | 'surveyDuplicateRespondent'
  | 'surveyUnknownItem'
  | 'surveyUnknownSupplier'
  | 'surveyTypedAndMeasured'
  | 'surveyLowAlpha'
  | 'surveyFewRespondents'
  | 'surveyLowAgreement'
  | 'rangeTooLarge'
  // Found by the file shell (src/xlsx) or by detection, about what was not read.
  | 'formulaWithoutValue'
  | 'veryHiddenSheet'
  | 'pivotSkipped'
  | 'notAnRmoTable'
  | 'rowBelowTable';

export interface Problem {
  readonly code: ProblemCode;
  readonly severity: 'error' | 'warning';
  readonly sheet: string;
  /** One-based sheet row; undefined for table-level problems (e.g. a missing column). */
  readonly row?: number;
  /** The column's header as the user typed it, plus its letter, e.g. "Impact (D)". */
  readonly column?: string;
  /** The offending value as text, for the message. */
  readonly value?: string;
  /** Extra placeholders for the message (scale bounds, the duplicate's first row…). */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The six assessment scores of the RMO models (undefined = not given). */
export interface Scores {
  readonly affective?: number;
  readonly calculative?: number;
  readonly activity?: number;
  readonly constructiveness?: number;
  readonly service?: number;
  readonly business?: number;
}

/** One row of the supplier table: scores per supplier, optionally per period. */
export interface SupplierRow extends Scores {
  readonly supplier: string;
  readonly period?: string;
  readonly manager?: string;
  /** Whose view the scores are (guide 002: either party can be committed or react); undefined = not given. */
  readonly party?: Party;
  readonly source: Source;
}

export interface IncidentRow {
  readonly supplier: string;
  /** Excel serial day. */
  readonly day: number;
  readonly category?: IncidentCategory;
  readonly impact: number;
  readonly description?: string;
  /** The party the incident hit ("De trigger heeft invloed op een van de twee partijen"); undefined = not given. */
  readonly party?: Party;
  readonly source: Source;
}

/** One row of the manager table: orientation scores per relationship manager. */
export interface ManagerRow {
  readonly manager: string;
  readonly period?: string;
  readonly service: number;
  readonly business: number;
  readonly source: Source;
}

/** One recognised column: its field, the header as typed and its sheet column letter. */
export interface ColumnInfo {
  readonly field: Field;
  readonly header: string;
  /** Zero-based index within RawTable.values rows. */
  readonly index: number;
  readonly letter: string;
}

/** What parseTables found in one RawTable (for the task pane's overview and column mapping). */
export interface TableSummary {
  readonly sheet: string;
  readonly table?: string;
  /** undefined when a header row was found but the columns fit no kind of table. */
  readonly kind?: TableKind;
  /** One-based sheet row of the header row. */
  readonly headerRow: number;
  readonly columns: readonly ColumnInfo[];
  /** Rows that became typed rows (after skipping bad rows and duplicates). */
  readonly rowsUsed: number;
}

export interface ParsedInput {
  readonly suppliers: readonly SupplierRow[];
  readonly incidents: readonly IncidentRow[];
  readonly managers: readonly ManagerRow[];
  readonly problems: readonly Problem[];
  /** The tables that were recognised; optional so hand-built inputs in tests need not list them. */
  readonly tables?: readonly TableSummary[];
  /** Questionnaire responses and what was measured from them; absent when no response table was read. */
  readonly survey?: SurveyInput;
}

// ---- Questionnaire responses (survey-*.ts) ----

/** One respondent's row of a response table, after checking every answer. */
export interface SurveyResponse {
  readonly respondent: string;
  readonly party: Party;
  readonly supplier: string;
  readonly period?: string;
  /** Valid answers on the item scale (1–5); unanswered and rejected answers are absent. */
  readonly answers: ItemAnswers;
  readonly source: Source;
  /** The supplier cell's column label, for problems about the supplier. */
  readonly supplierColumn?: string;
}

/** One construct measured in one group: the respondents' construct scores summarised. */
export interface ConstructMeasure {
  readonly construct: Construct;
  /** Respondents with a score on this construct (at least one of its items answered). */
  readonly n: number;
  /** Mean of the respondents' construct scores, on the item scale 1–5. */
  readonly mean: number;
  /** Sample standard deviation of those scores; undefined for one respondent. */
  readonly sd?: number;
  readonly min: number;
  readonly max: number;
  /** Agreement r_wg(J); undefined with fewer than two respondents on any item. */
  readonly rwg?: number;
}

/** The respondents of one supplier, period and party. */
export interface SurveyGroup {
  readonly supplier: string;
  readonly period?: string;
  readonly party: Party;
  readonly respondents: number;
  readonly measures: readonly ConstructMeasure[];
  /** The group's first response (where its warnings and a new supplier row point). */
  readonly source: Source;
}

/** Cronbach's alpha of a construct over all respondents or one party's. */
export interface ReliabilityRow {
  readonly construct: Construct;
  readonly group: Party | 'all';
  readonly alpha: number | AlphaError;
  /** Respondents who answered every item of the construct. */
  readonly complete: number;
}

/** What the input layer read from questionnaire response tables. */
export interface SurveyInput {
  /** Item codes found in the response tables, in bank order. */
  readonly items: readonly ItemCode[];
  readonly responses: readonly SurveyResponse[];
  readonly groups: readonly SurveyGroup[];
  readonly reliability: readonly ReliabilityRow[];
  /** The reliability and agreement warnings (also in ParsedInput.problems), for the RMO Survey sheet. */
  readonly warnings: readonly Problem[];
}
