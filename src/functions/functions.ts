/**
 * Excel custom functions of RMO for Excel (namespace RMO, set in the manifest).
 * Thin wrappers: the logic lives in the *-core.ts files and is tested in Node; here
 * only JSDoc for the metadata generator and the conversion of failures to #VALUE!.
 * Parameters are typed unknown (metadata type "any") so that text such as "3,5" reaches
 * us and can be read with a Dutch decimal comma instead of Excel rejecting it.
 */
import { alphaCore, scoreCore } from './survey-core';
import { appreciationCore, statusCore } from './appreciation-core';
import { attentionCore, reactionCore, roleCore, typeCore } from './classify-core';
import { gridOrThrow, valueOrThrow } from './excel-errors';

export { setDefaultLanguage, getDefaultLanguage } from './language';

/**
 * Relationship type from affective and calculative commitment: Pillar, Prospect, Hostage or Free rider. Scores at or above the split count as high. Ranges give a spilled range of the same shape.
 * @customfunction TYPE
 * @param affective Affective commitment score(s): do the parties want to continue together?
 * @param calculative Calculative commitment score(s): does the relationship pay off?
 * @param [scale_min] Lowest score of the scale (default 1).
 * @param [scale_max] Highest score of the scale (default 5).
 * @param [split] Scores at or above the split are high (default: midpoint of the scale).
 * @param [language] "en" or "nl" (default: the add-in's language, else English).
 * @returns The relationship type for each pair of scores.
 */
export function relationshipType(affective: unknown[][], calculative: unknown[][], scale_min?: unknown, scale_max?: unknown, split?: unknown, language?: unknown): unknown[][] {
  return gridOrThrow(typeCore(affective, calculative, scale_min, scale_max, split, language));
}

/**
 * Relationship-manager role from service and business orientation: Butler, Accountant, Nanny or Representative. Ranges give a spilled range of the same shape.
 * @customfunction ROLE
 * @param service Service orientation score(s).
 * @param business Business orientation score(s).
 * @param [scale_min] Lowest score of the scale (default 1).
 * @param [scale_max] Highest score of the scale (default 5).
 * @param [split] Scores at or above the split are high (default: midpoint of the scale).
 * @param [language] "en" or "nl" (default: the add-in's language, else English).
 * @returns The manager role for each pair of scores.
 */
export function managerRole(service: unknown[][], business: unknown[][], scale_min?: unknown, scale_max?: unknown, split?: unknown, language?: unknown): unknown[][] {
  return gridOrThrow(roleCore(service, business, scale_min, scale_max, split, language));
}

/**
 * Reaction to a deteriorating relationship from activity and constructiveness: Voice, Loyalty, Neglect or Exit. Ranges give a spilled range of the same shape.
 * @customfunction REACTION
 * @param activity Activity score(s): active is high, passive is low.
 * @param constructiveness Constructiveness score(s): constructive is high, destructive is low.
 * @param [scale_min] Lowest score of the scale (default 1).
 * @param [scale_max] Highest score of the scale (default 5).
 * @param [split] Scores at or above the split are high (default: midpoint of the scale).
 * @param [language] "en" or "nl" (default: the add-in's language, else English).
 * @returns The reaction for each pair of scores.
 */
export function reaction(activity: unknown[][], constructiveness: unknown[][], scale_min?: unknown, scale_max?: unknown, split?: unknown, language?: unknown): unknown[][] {
  return gridOrThrow(reactionCore(activity, constructiveness, scale_min, scale_max, split, language));
}

/**
 * Relationship-management attention the relationship type needs: Low (pillar), High (prospect), Tipping point possible (hostage) or Watch (free rider).
 * @customfunction ATTENTION
 * @param affective Affective commitment score(s).
 * @param calculative Calculative commitment score(s).
 * @param [scale_min] Lowest score of the scale (default 1).
 * @param [scale_max] Highest score of the scale (default 5).
 * @param [split] Scores at or above the split are high (default: midpoint of the scale).
 * @param [language] "en" or "nl" (default: the add-in's language, else English).
 * @returns The attention level for each pair of scores.
 */
export function attention(affective: unknown[][], calculative: unknown[][], scale_min?: unknown, scale_max?: unknown, split?: unknown, language?: unknown): unknown[][] {
  return gridOrThrow(attentionCore(affective, calculative, scale_min, scale_max, split, language));
}

// APPRECIATION and STATUS are volatile because as_of defaults to today: like TODAY(), Excel must
// recalculate them when the date moves on (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-volatile).
/**
 * Appreciation of the relationship on a date: starts at 0, each incident adds its impact on its date, and the total decays toward 0 with the half-life.
 * @customfunction APPRECIATION
 * @volatile
 * @param dates Incident dates (a range; empty rows are skipped).
 * @param impacts Signed impact of each incident (same size as dates), e.g. -5 to +5.
 * @param [as_of] Date to evaluate on (default: today, the analysis date of the task pane and the command line). Later incidents are ignored.
 * @param [half_life_days] Days for the appreciation to halve (default 0: no decay, as the guide lets only incidents move it; e.g. 180).
 * @param [categories] Category of each incident (same size as dates): external, interpersonal or business; needed for the personal and business lines.
 * @param [line] "personal" (interpersonal incidents), "business" (business and external incidents) or "combined" (default: every incident).
 * @returns The appreciation value.
 */
export function appreciation(dates: unknown[][], impacts: unknown[][], as_of?: unknown, half_life_days?: unknown, categories?: unknown[][], line?: unknown): number {
  return valueOrThrow(appreciationCore(dates, impacts, as_of, half_life_days, categories, line));
}

/**
 * Status of the relationship on a date: Normal, Critical (below the critical bound) or Euphoria (above the euphoria bound). When the current excursion already lasts longer than prolonged_days, " — Prolonged outside bounds" is appended.
 * @customfunction STATUS
 * @volatile
 * @param dates Incident dates (a range; empty rows are skipped).
 * @param impacts Signed impact of each incident (same size as dates).
 * @param [as_of] Date to evaluate on (default: today, the analysis date of the task pane and the command line). Later incidents are ignored.
 * @param [half_life_days] Days for the appreciation to halve (default 0: no decay, as the guide lets only incidents move it; e.g. 180).
 * @param [critical] Critical bound, below zero (default -6).
 * @param [euphoria] Euphoria bound, above zero (default 6).
 * @param [prolonged_days] An excursion longer than this many days is prolonged (default 60).
 * @param [language] "en" or "nl" (default: the add-in's language, else English).
 * @param [categories] Category of each incident (same size as dates): external, interpersonal or business; needed for the personal and business lines.
 * @param [line] "personal" (interpersonal incidents), "business" (business and external incidents) or "combined" (default: every incident).
 * @returns The status label.
 */
export function status(
  dates: unknown[][],
  impacts: unknown[][],
  as_of?: unknown,
  half_life_days?: unknown,
  critical?: unknown,
  euphoria?: unknown,
  prolonged_days?: unknown,
  language?: unknown,
  categories?: unknown[][],
  line?: unknown,
): string {
  return valueOrThrow(statusCore(dates, impacts, as_of, half_life_days, critical, euphoria, prolonged_days, language, categories, line));
}

/**
 * Survey score per respondent (row): the mean of the answered items after reverse-coding the flagged items. Several rows give a spilled column.
 * @customfunction SCORE
 * @param items Item answers: one row per respondent, one column per item. Blank answers are skipped.
 * @param [reversed] One row of TRUE/FALSE (or 1/0), one per item column: TRUE marks a reverse-coded item.
 * @param [scale_min] Lowest answer of the scale (default 1).
 * @param [scale_max] Highest answer of the scale (default 5).
 * @returns One score per row.
 */
export function score(items: unknown[][], reversed?: unknown[][], scale_min?: unknown, scale_max?: unknown): unknown[][] {
  return gridOrThrow(scoreCore(items, reversed, scale_min, scale_max));
}

/**
 * Cronbach's alpha (internal consistency) of survey items, after reverse-coding the flagged items. Rows with any blank answer are left out.
 * @customfunction ALPHA
 * @param items Item answers: one row per respondent, one column per item (at least two of each).
 * @param [reversed] One row of TRUE/FALSE (or 1/0), one per item column: TRUE marks a reverse-coded item.
 * @param [scale_min] Lowest answer of the scale (default 1).
 * @param [scale_max] Highest answer of the scale (default 5).
 * @returns Cronbach's alpha.
 */
export function alpha(items: unknown[][], reversed?: unknown[][], scale_min?: unknown, scale_max?: unknown): number {
  return valueOrThrow(alphaCore(items, reversed, scale_min, scale_max));
}

// The metadata plugin's loader may append the same calls; associating twice is harmless.
if (typeof CustomFunctions !== 'undefined') {
  CustomFunctions.associate('TYPE', relationshipType);
  CustomFunctions.associate('ROLE', managerRole);
  CustomFunctions.associate('REACTION', reaction);
  CustomFunctions.associate('ATTENTION', attention);
  CustomFunctions.associate('APPRECIATION', appreciation);
  CustomFunctions.associate('STATUS', status);
  CustomFunctions.associate('SCORE', score);
  CustomFunctions.associate('ALPHA', alpha);
}
