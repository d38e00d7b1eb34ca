/**
 * The questionnaire's item bank as data: stable codes, the construct each item measures
 * and whether it is reverse-coded. The wording (English and Dutch) and the literature
 * each construct rests on live in the i18n catalogue (survey-en.ts, survey-nl.ts);
 * codes never change once published, so answers stay readable across versions.
 */

/** What a group of items measures. The first six are the RMO models' axes. */
export type Construct =
  | 'affective'
  | 'calculative'
  | 'activity'
  | 'constructiveness'
  | 'service'
  | 'business'
  | 'projectManagement'
  | 'relationshipMaintenance'
  | 'portfolioManagement'
  | 'advisor';

export const CONSTRUCTS: readonly Construct[] = [
  'affective',
  'calculative',
  'activity',
  'constructiveness',
  'service',
  'business',
  'projectManagement',
  'relationshipMaintenance',
  'portfolioManagement',
  'advisor',
];

/** Constructs that are a score of the RMO models (they feed typology, reactions and roles). */
export type ModelConstruct = 'affective' | 'calculative' | 'activity' | 'constructiveness' | 'service' | 'business';
export const MODEL_CONSTRUCTS: readonly ModelConstruct[] = ['affective', 'calculative', 'activity', 'constructiveness', 'service', 'business'];

export function isModelConstruct(c: Construct): c is ModelConstruct {
  return (MODEL_CONSTRUCTS as readonly string[]).includes(c);
}

export const ITEM_CODES = [
  'AFF1', 'AFF2', 'AFF3', 'AFF4',
  'CAL1', 'CAL2', 'CAL3', 'CAL4',
  'ACT1', 'ACT2', 'ACT3', 'ACT4',
  'CON1', 'CON2', 'CON3', 'CON4',
  'SRV1', 'SRV2', 'SRV3', 'SRV4',
  'BUS1', 'BUS2', 'BUS3', 'BUS4',
  'PRJ1', 'PRJ2', 'PRJ3', 'PRJ4',
  'REL1', 'REL2', 'REL3', 'REL4',
  'PRT1', 'PRT2', 'PRT3', 'PRT4',
  'ADV1', 'ADV2', 'ADV3', 'ADV4',
] as const;

export type ItemCode = (typeof ITEM_CODES)[number];

export interface SurveyItem {
  readonly code: ItemCode;
  readonly construct: Construct;
  /** True when agreeing means a LOW score on the construct (scored as min + max − answer). */
  readonly reversed: boolean;
}

/** Code prefix per construct: the letters of every item code of that construct. */
export const CONSTRUCT_PREFIX: Readonly<Record<Construct, string>> = {
  affective: 'AFF',
  calculative: 'CAL',
  activity: 'ACT',
  constructiveness: 'CON',
  service: 'SRV',
  business: 'BUS',
  projectManagement: 'PRJ',
  relationshipMaintenance: 'REL',
  portfolioManagement: 'PRT',
  advisor: 'ADV',
};

/** Reverse-coded items: indifference/hostility, attractive alternatives, waiting, walking away, unanswered users, staying out of strategy. */
const REVERSED: ReadonlySet<ItemCode> = new Set<ItemCode>(['AFF3', 'AFF4', 'CAL4', 'ACT3', 'ACT4', 'CON3', 'CON4', 'SRV4', 'BUS4']);

const BY_PREFIX: ReadonlyMap<string, Construct> = new Map(CONSTRUCTS.map((c) => [CONSTRUCT_PREFIX[c], c]));

export const SURVEY_ITEMS: readonly SurveyItem[] = ITEM_CODES.map((code) => ({
  code,
  construct: BY_PREFIX.get(code.slice(0, 3)) as Construct,
  reversed: REVERSED.has(code),
}));

const ITEM_BY_CODE: ReadonlyMap<string, SurveyItem> = new Map(SURVEY_ITEMS.map((i) => [i.code, i]));

/** The item with this code (case-insensitive), or undefined. */
export function surveyItem(code: string): SurveyItem | undefined {
  return ITEM_BY_CODE.get(code.trim().toUpperCase());
}

const ITEMS_OF: ReadonlyMap<Construct, readonly SurveyItem[]> = new Map(CONSTRUCTS.map((c) => [c, SURVEY_ITEMS.filter((i) => i.construct === c)]));

/** The items of one construct, in code order (a shared array: scoring calls this per respondent). */
export function itemsOf(construct: Construct): readonly SurveyItem[] {
  return ITEMS_OF.get(construct) ?? [];
}

/** The answer scale of every item: 1 (fully disagree) … 5 (fully agree). */
export const SURVEY_SCALE = { min: 1, max: 5 } as const;

/** Parts of the questionnaire a user can choose (e.g. the supplier's people may skip the manager parts). */
export type QuestionnairePart = 'commitment' | 'reactions' | 'approach' | 'tasks';
export const QUESTIONNAIRE_PARTS: Readonly<Record<QuestionnairePart, readonly Construct[]>> = {
  commitment: ['affective', 'calculative'],
  reactions: ['activity', 'constructiveness'],
  approach: ['service', 'business'],
  tasks: ['projectManagement', 'relationshipMaintenance', 'portfolioManagement', 'advisor'],
};
