import type { Incident } from './appreciation';

/**
 * The guide's two appreciations beside their sum (guide 002: "Zolang de beleefde en de
 * zakelijke waardering binnen kritische grenzen blijft, is alles normaal"):
 * - personal (beleefde waardering): moved by interpersonal incidents;
 * - business (zakelijke waardering): moved by business incidents, and by external
 *   incidents (project decision: they change a party's business goals, and diverging
 *   goals undermine the business relationship; they are also counted as goal changes);
 * - combined: every incident, uncategorised ones included (the one line of earlier versions).
 */
export type AppreciationLine = 'combined' | 'personal' | 'business';
export const APPRECIATION_LINES: readonly AppreciationLine[] = ['combined', 'personal', 'business'];

/** The guide's three incident categories (the same names as the i18n catalogue's). */
export type IncidentKind = 'external' | 'interpersonal' | 'business';

/** The incident's own line besides the combined one; undefined for an uncategorised incident. */
export const LINE_OF_KIND: Readonly<Record<IncidentKind, Exclude<AppreciationLine, 'combined'>>> = {
  external: 'business',
  interpersonal: 'personal',
  business: 'business',
};

/** External incidents change a party's goals ("business doelen van een partij veranderen"). */
export function isGoalChange(category: IncidentKind | undefined): boolean {
  return category === 'external';
}

/** The incidents that move one line. */
export function lineIncidents<T extends Incident & { readonly category?: IncidentKind }>(incidents: readonly T[], line: AppreciationLine): T[] {
  if (line === 'combined') return [...incidents];
  return incidents.filter((i) => i.category !== undefined && LINE_OF_KIND[i.category] === line);
}
