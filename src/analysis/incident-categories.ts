import { INCIDENT_CATEGORIES, IncidentCategory } from '../i18n/catalogue';
import type { IncidentRow } from '../input/types';

/** A category of domain §4, or the bucket for incidents whose category was blank or unknown. */
export type CategoryKey = IncidentCategory | 'uncategorised';

/** Guide order, uncategorised last: also the tie-break order for the dominant category. */
export const CATEGORY_KEYS: readonly CategoryKey[] = [...INCIDENT_CATEGORIES, 'uncategorised'];

/** The incidents of one category: how many, and their impacts summed per sign. */
export interface CategoryTally {
  readonly count: number;
  /** Sum of the negative impacts (≤ 0). */
  readonly negative: number;
  /** Sum of the positive impacts (≥ 0). */
  readonly positive: number;
}

export type IncidentCategoryTallies = Readonly<Record<CategoryKey, CategoryTally>>;

const NONE: CategoryTally = { count: 0, negative: 0, positive: 0 };
/** Every category at zero. */
export const NO_INCIDENT_TALLIES: IncidentCategoryTallies = { external: NONE, interpersonal: NONE, business: NONE, uncategorised: NONE };

/**
 * Counts and impact sums per category of the incidents dated up to asOf (the same
 * incidents the appreciation timeline uses; later ones are left out). Negative and
 * positive impacts are kept apart so a good month cannot hide a bad category.
 */
export function tallyCategories(incidents: readonly Pick<IncidentRow, 'day' | 'impact' | 'category'>[], asOf: number | undefined): IncidentCategoryTallies {
  const acc: Record<CategoryKey, { count: number; negative: number; positive: number }> = {
    external: { count: 0, negative: 0, positive: 0 },
    interpersonal: { count: 0, negative: 0, positive: 0 },
    business: { count: 0, negative: 0, positive: 0 },
    uncategorised: { count: 0, negative: 0, positive: 0 },
  };
  if (asOf === undefined) return acc;
  for (const i of incidents) {
    if (i.day > asOf) continue;
    const t = acc[i.category ?? 'uncategorised'];
    t.count++;
    if (i.impact < 0) t.negative += i.impact;
    else t.positive += i.impact;
  }
  return acc;
}

/** The category with the most negative impact; undefined when no counted incident is negative. Ties go to the first in CATEGORY_KEYS. */
export function dominantNegativeCategory(tallies: IncidentCategoryTallies): CategoryKey | undefined {
  let best: CategoryKey | undefined;
  for (const k of CATEGORY_KEYS) if (tallies[k].negative < 0 && (best === undefined || tallies[k].negative < tallies[best].negative)) best = k;
  return best;
}

/** Sum of all counted negative impacts (≤ 0). */
export function totalNegative(tallies: IncidentCategoryTallies): number {
  return CATEGORY_KEYS.reduce((sum, k) => sum + tallies[k].negative, 0);
}
