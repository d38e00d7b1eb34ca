import type { AnalysisDateSource, AppreciationLine, AppreciationStatus, Attention, Excursion, Move, Party, Reaction, RelationshipState, RelationshipType, Role, Scale, StateStep, Timeline } from '../model';
import type { Problem, Scores, Source, SurveyInput } from '../input/types';
import type { CategoryTally, IncidentCategoryTallies } from './incident-categories';

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
  /** Whose view the scores are: the row's Party, else the defaultParty setting. Optional for results built by hand. */
  readonly party?: Party;
  /** True when the row named no party and the defaultParty setting gave it. */
  readonly partyAssumed?: boolean;
  readonly source: Source;
}

/** One party's view of the relationship: its own periods, classifications and moves. */
export interface PartyView {
  readonly party: Party;
  /** True when none of this view's rows named the party (the defaultParty setting gave it). */
  readonly assumed: boolean;
  readonly periods: readonly PeriodResult[];
  readonly current?: PeriodResult;
  readonly type?: RelationshipType;
  readonly reaction?: Reaction;
  readonly typeMoves: readonly Move<RelationshipType>[];
  readonly reactionMoves: readonly Move<Reaction>[];
  readonly lastMove?: Move<RelationshipType>;
}

/** Where the two parties' current quadrants differ (the perception gap of a mutual relationship). */
export interface PerceptionGap {
  readonly type?: Readonly<Record<Party, RelationshipType>>;
  readonly reaction?: Readonly<Record<Party, Reaction>>;
}

/** One appreciation line of a supplier: its timeline (undefined without incidents). */
export interface LineResult {
  readonly line: AppreciationLine;
  readonly timeline?: Timeline;
}

/** Incidents up to the as-of day per party they hit ('unknown' = no party given). */
export type PartyTallies = Readonly<Record<Party | 'unknown', CategoryTally>>;

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
  /** Party of the view the fields above describe (the defaultParty's view when it is scored). */
  readonly party?: Party;
  /** Every scored party's view, client first; two entries when both parties are scored. */
  readonly views?: readonly PartyView[];
  /** Set when both parties are scored and their current quadrants differ. */
  readonly perceptionGap?: PerceptionGap;
  /** The personal (beleefde) and business (zakelijke) appreciation lines; the combined one is `timeline`. */
  readonly lines?: Readonly<Record<'personal' | 'business', LineResult>>;
  /** External incidents up to the as-of day: changes of a party's goals. */
  readonly goalChanges?: number;
  /** Incidents per party they hit. */
  readonly incidentParties?: PartyTallies;
  /** The relationship state now, with memory of past damage (model/relationship-state.ts). */
  readonly state?: RelationshipState;
  /** Every state change, the start first. */
  readonly stateSteps?: readonly StateStep[];
  /** The last prolonged excursion on any line, also when the value is back within the bounds. */
  readonly lastProlonged?: Excursion & { readonly line: AppreciationLine };
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
  /** The analysis date the timelines were evaluated on (model/analysis-date.ts); undefined when there is none. */
  readonly asOf?: number;
  /** Where the analysis date came from: set by the user, today, or (pure callers without a clock) the latest incident. */
  readonly asOfSource?: AnalysisDateSource;
  /** Periods left out because they start after the analysis date; optional for results built by hand. */
  readonly periodsAfterAsOf?: readonly string[];
  readonly scale: Scale;
  readonly problems: readonly Problem[];
  /** Questionnaire responses and their reliability, passed through from the input; absent without responses. */
  readonly survey?: SurveyInput;
}
