import type { AppreciationStatus, Attention, Move, Reaction, RelationshipType, Role, Scale, Timeline } from '../model';
import type { Problem, Scores, Source, SurveyInput } from '../input/types';
import type { IncidentCategoryTallies } from './incident-categories';

export type { Scores };
export type { CategoryKey, CategoryTally, IncidentCategoryTallies } from './incident-categories';

/** One supplier-table row, classified. A field is undefined when its score pair is incomplete or off the scale. */
export interface PeriodResult {
  /** The period as typed; undefined when the table has no period column/value. */
  readonly period?: string;
  /** The scores classified; service/business as used for the role: from the supplier row, else from the manager table. */
  readonly scores: Scores;
  readonly type?: RelationshipType;
  readonly attention?: Attention;
  readonly reaction?: Reaction;
  readonly role?: Role;
  /** Where the role's scores came from. */
  readonly roleSource?: 'supplier' | 'manager';
  readonly manager?: string;
  readonly source: Source;
}

export interface SupplierResult {
  /** Display name (first spelling seen). */
  readonly supplier: string;
  /** True when the supplier appears only in the incident table. */
  readonly onlyInIncidents: boolean;
  /** All periods of this supplier, oldest first. */
  readonly periods: readonly PeriodResult[];
  /** The latest period: the "current" classification (undefined for incident-only suppliers). */
  readonly current?: PeriodResult;
  readonly period?: string;
  readonly type?: RelationshipType;
  readonly attention?: Attention;
  readonly reaction?: Reaction;
  readonly role?: Role;
  readonly manager?: string;
  readonly incidentCount: number;
  /**
   * Per incident category (and uncategorised): count and impact sums of the incidents
   * up to the as-of day. analyse always sets it; optional so results built by hand
   * before it existed stay valid (readers treat it as no incidents).
   */
  readonly incidentCategories: IncidentCategoryTallies;
  /** Appreciation timeline; undefined when the supplier has no incidents (nothing to claim). */
  readonly timeline?: Timeline;
  readonly appreciation?: number;
  readonly status?: AppreciationStatus;
  readonly prolonged: boolean;
  /** Days outside the bounds in the current excursion (0 when within bounds). */
  readonly daysOutside: number;
  /** Typology moves between consecutive classified periods. */
  readonly typeMoves: readonly Move<RelationshipType>[];
  /** Reaction moves between consecutive periods with a reaction. */
  readonly reactionMoves: readonly Move<Reaction>[];
  /** The latest typology move (possibly "same"). */
  readonly lastMove?: Move<RelationshipType>;
}

export interface ManagerPeriodResult {
  readonly period?: string;
  readonly service: number;
  readonly business: number;
  readonly role?: Role;
  readonly source: Source;
}

export interface ManagerResult {
  readonly manager: string;
  /** Oldest first. */
  readonly periods: readonly ManagerPeriodResult[];
  readonly period?: string;
  readonly role?: Role;
  readonly service?: number;
  readonly business?: number;
  /** Suppliers whose latest row names this manager. */
  readonly suppliers: readonly string[];
}

export interface AnalysisResult {
  readonly suppliers: readonly SupplierResult[];
  /** Names of suppliers found only in the incident table. */
  readonly onlyInIncidents: readonly string[];
  readonly managers: readonly ManagerResult[];
  /** All distinct periods, oldest first. */
  readonly periods: readonly string[];
  /** The day the timelines were evaluated on; undefined when there are no incidents and no asOf setting. */
  readonly asOf?: number;
  readonly scale: Scale;
  readonly problems: readonly Problem[];
  /** Questionnaire responses and their reliability, passed through from the input; absent without responses. */
  readonly survey?: SurveyInput;
}
