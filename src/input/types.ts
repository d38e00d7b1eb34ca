import type { IncidentCategory } from '../i18n/catalogue';

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
  | 'tooManyRows';

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

/** One row of the supplier table: scores per supplier, optionally per period. */
export interface SupplierRow {
  readonly supplier: string;
  readonly period?: string;
  readonly affective?: number;
  readonly calculative?: number;
  readonly activity?: number;
  readonly constructiveness?: number;
  readonly service?: number;
  readonly business?: number;
  readonly manager?: string;
  readonly source: Source;
}

export interface IncidentRow {
  readonly supplier: string;
  /** Excel serial day. */
  readonly day: number;
  readonly category?: IncidentCategory;
  readonly impact: number;
  readonly description?: string;
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

export interface ParsedInput {
  readonly suppliers: readonly SupplierRow[];
  readonly incidents: readonly IncidentRow[];
  readonly managers: readonly ManagerRow[];
  readonly problems: readonly Problem[];
}
