import type { RelationshipType, Attention, Role, Reaction, AppreciationStatus, MoveDirection } from '../model';

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
  readonly axes: Readonly<Record<'affective' | 'calculative' | 'service' | 'business' | 'activity' | 'constructiveness', string>>;
  readonly axisEnds: Readonly<Record<'high' | 'low' | 'active' | 'passive' | 'constructive' | 'destructive', string>>;
  /** Everything else: headings, sheet names, review texts, problems, function errors. */
  readonly messages: Readonly<Record<MessageKey, string>>;
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
  | 'reversedNotBoolean';
