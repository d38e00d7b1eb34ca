import type { RelationshipType, Attention, Role, Reaction, AppreciationStatus, MoveDirection } from '../model';
import type { ReportTexts } from './report-texts';
import type { StartTexts, WorkbenchTexts } from './workbench-texts';
import type { MethodTexts } from './method-texts';
import type { SurveyTexts } from './survey-texts';
import type { Field, ProblemCode, TableKind } from '../input/types';

export type Language = 'en' | 'nl';
export const LANGUAGES: readonly Language[] = ['en', 'nl'];

export type IncidentCategory = 'external' | 'interpersonal' | 'business';
export const INCIDENT_CATEGORIES: readonly IncidentCategory[] = ['external', 'interpersonal', 'business'];

/**
 * Every user-facing text, one implementation per language. Message templates use
 * {name} placeholders filled by format(); keeping them as data lets tests check
 * that both languages carry the same placeholders.
 */
export interface Catalogue {
  readonly types: Readonly<Record<RelationshipType, string>>;
  readonly attention: Readonly<Record<Attention, string>>;
  /** One sentence on what each type needs from relationship management. */
  readonly attentionAdvice: Readonly<Record<RelationshipType, string>>;
  readonly roles: Readonly<Record<Role, string>>;
  readonly roleCharacter: Readonly<Record<Role, string>>;
  readonly reactions: Readonly<Record<Reaction, string>>;
  readonly status: Readonly<Record<AppreciationStatus, string>>;
  readonly prolonged: string;
  readonly directions: Readonly<Record<MoveDirection, string>>;
  readonly categories: Readonly<Record<IncidentCategory, string>>;
  /** Input problems (src/input): one template per code, placeholders {sheet} {row} {column} {value} + params. */
  readonly problems: Readonly<Record<ProblemCode, string>>;
  /** Names of the input columns, used when a problem names a column the table lacks. */
  readonly inputFields: Readonly<Record<Field, string>>;
  readonly axes: Readonly<Record<'affective' | 'calculative' | 'service' | 'business' | 'activity' | 'constructiveness', string>>;
  readonly axisEnds: Readonly<Record<'high' | 'low' | 'active' | 'passive' | 'constructive' | 'destructive', string>>;
  /** Everything else: headings, sheet names, review texts, problems, function errors. */
  readonly messages: Readonly<Record<MessageKey, string>>;
  /** Texts of the output sheets: names, headers, titles, review questions (see report-texts.ts). */
  readonly report: ReportTexts;
  /** Texts of the method's two parties, two appreciation lines and relationship state (see method-texts.ts). */
  readonly method: MethodTexts;
  /** Texts of the questionnaire and the RMO Survey sheet (see survey-texts.ts). */
  readonly survey: SurveyTexts;
  /** Texts the .xlsx file shell writes itself. */
  readonly xlsx: XlsxTexts;
  /** Texts of the command line: usage, errors, run summary. */
  readonly cli: CliTexts;
  /** Texts of the custom functions beyond `messages` (where in a range, status format). */
  readonly functions: Readonly<Record<FunctionTextKey, string>>;
  /** Texts of the task pane (labels, hints, progress, result summary). */
  readonly taskpane: TaskpaneTexts;
  /** Sheets a new user starts from: example and empty input tables. */
  readonly start: StartTexts;
  /** The task pane as a workbench: starts, pictures of the result, links into the workbook. */
  readonly workbench: WorkbenchTexts;
}

export type MessageKey =
  // function and setting errors
  | 'scaleNotNumeric'
  | 'scaleMinNotBelowMax'
  | 'splitOutsideScale'
  | 'scoreOutOfRange'
  | 'scoreNotNumber'
  | 'unknownLanguage'
  | 'criticalNotNegative'
  | 'euphoriaNotPositive'
  | 'halfLifeNegative'
  | 'prolongedNegative'
  | 'rangesDifferInSize'
  | 'alphaNeedsTwoItems'
  | 'alphaNeedsTwoRespondents'
  | 'alphaZeroVariance'
  | 'dateNotValid'
  | 'impactNotNumber'
  | 'noAnsweredItems'
  | 'reversedNotBoolean'
  | 'unknownLine'
  | 'unknownCategoryArg'
  | 'lineNeedsCategories';

/** Settings fields of the task pane form, in display order. */
export type TaskpaneSettingField =
  | 'scaleMin'
  | 'scaleMax'
  | 'split'
  | 'impactMin'
  | 'impactMax'
  | 'halfLifeDays'
  | 'critical'
  | 'euphoria'
  | 'prolongedDays'
  | 'asOf'
  | 'defaultParty';

export type TaskpaneStep = 'reading' | 'analysing' | 'writing' | 'done';

export interface TaskpaneTexts {
  readonly title: string;
  readonly intro: string;
  readonly languageLabel: string;
  /** Each language by its own name, so a user can find theirs whatever is shown. */
  readonly languageNames: Readonly<Record<Language, string>>;
  readonly settingsHeading: string;
  readonly settingLabels: Readonly<Record<TaskpaneSettingField, string>>;
  /** Hints under a field; {midpoint} is filled in for the split. */
  readonly settingHints: Readonly<Partial<Record<TaskpaneSettingField, string>>>;
  readonly asOfPlaceholder: string;
  readonly restoreDefaults: string;
  /** Under the settings heading: they are kept in the workbook and used by the ribbon's Run analysis. */
  readonly settingsStoredNote: string;
  /** Warning when the workbook would not save the settings after a run or a restore. */
  readonly settingsNotSaved: string;
  readonly notANumber: string;
  readonly notADate: string;
  readonly impactMinNotBelowMax: string;
  /** The default-party field holds neither party. */
  readonly partyInvalid: string;
  readonly mappingHeading: string;
  readonly mappingIntro: string;
  readonly mappingPlaceholder: string;
  readonly analyse: string;
  readonly fixSettingsFirst: string;
  readonly steps: Readonly<Record<TaskpaneStep, string>>;
  readonly progressLabel: string;
  readonly resultHeading: string;
  readonly suppliers: string;
  readonly incidents: string;
  readonly managers: string;
  readonly typesHeading: string;
  readonly problemsHeading: string;
  readonly problemsNone: string;
  /** {count} problems in total. */
  readonly problemsCount: string;
  /** {shown} of {count} listed. */
  readonly problemsShown: string;
  readonly problemRow: string;
  readonly problemColumn: string;
  readonly sheetsHeading: string;
  readonly sheetsNone: string;
  readonly errorTitle: string;
  /** The "Tables" step: find the input tables and choose which to analyse. */
  readonly tablesHeading: string;
  readonly tablesIntro: string;
  readonly findTables: string;
  readonly findingTables: string;
  readonly tablesNone: string;
  /** Shown instead of a table name for a sheet read as its used range. */
  readonly usedRange: string;
  readonly tableKinds: Readonly<Record<TableKind, string>>;
  /** {count} non-blank rows under the header. */
  readonly tableRows: string;
  readonly tableRowsOne: string;
  readonly tableNoHeader: string;
  /** {columns}: the missing columns' names, comma-separated. */
  readonly tableMissingColumns: string;
  readonly noTablesChosen: string;
  readonly scanErrorTitle: string;
  /** {date} the run was evaluated on, {source} where it came from. */
  readonly analysisDate: string;
  readonly analysisDateSource: Readonly<Record<AnalysisDateSourceKey, string>>;
  /** {periods}: the periods after the analysis date that were left out, comma-separated. */
  readonly periodsLeftOut: string;
}

/** Where the analysis date came from (model/analysis-date.ts). */
export type AnalysisDateSourceKey = 'set' | 'today' | 'latestIncident';

/** Custom-function texts; {message} wraps another message with where it happened. */
export type FunctionTextKey = 'valueRequired' | 'atCell' | 'atRow' | 'atColumn' | 'reversedWrongSize' | 'statusWithProlonged';

export interface XlsxTexts {
  /** Author shown on the notes (comments) the file shell writes. */
  readonly noteAuthor: string;
}

export interface CliTexts {
  /** Full help text; {options} is not used, keep it plain. */
  readonly usage: string;
  readonly unknownCommand: string;
  readonly missingInput: string;
  readonly tooManyArguments: string;
  readonly badOption: string;
  readonly notANumber: string;
  readonly notADate: string;
  readonly badScale: string;
  readonly outputIsInput: string;
  readonly inputMissing: string;
  readonly inputUnreadable: string;
  readonly outputUnwritable: string;
  readonly settingsError: string;
  readonly suppliersHeading: string;
  readonly typeCount: string;
  readonly noSuppliers: string;
  readonly unclassified: string;
  /** {counts}: the error and warning counts, each in its singular or plural form. */
  readonly problemCounts: string;
  readonly firstProblems: { readonly one: string; readonly other: string };
  readonly moreProblems: string;
  readonly outputWritten: string;
  /** --lang and --language name different languages. */
  readonly conflictingLanguage: string;
  /** {date}, {source}: as in the task pane. */
  readonly analysisDate: string;
  readonly analysisDateSource: Readonly<Record<AnalysisDateSourceKey, string>>;
  readonly periodsLeftOut: string;
  /** `rmo survey`: {path}, {count} statements. */
  readonly surveyWritten: string;
  /** --rows needs a whole number 1…10000; {value}. */
  readonly badRows: string;
  /** --parts names an unknown part; {value}, {parts}. */
  readonly badParts: string;
  /** Why the input file is not a workbook we can read (src/xlsx/package.ts tells them apart); {path}. */
  readonly inputEmpty: string;
  readonly inputEncrypted: string;
  readonly inputXls: string;
  readonly inputNotWorkbook: string;
  readonly inputTruncated: string;
  readonly inputNoWorkbook: string;
  /** A macro-enabled input with an output named .xlsx; {path} {suggestion}. */
  readonly outputMacroExtension: string;
}
