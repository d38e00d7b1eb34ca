import { INCIDENT_CATEGORIES, LANGUAGES } from './catalogue';
import type { IncidentCategory } from './catalogue';
import { catalogue } from './index';
import { wordKey } from './word-key';

/*
 * Incident category spellings live here, beside the names they extend, so input (parsing
 * incident rows) and the custom functions (a category argument) read them from one place
 * without functions importing input (design.md: functions import model and i18n only).
 */

/** Extra spellings users type besides the catalogue's own category names (en and nl). */
const CATEGORY_ALIASES: Readonly<Record<IncidentCategory, readonly string[]>> = {
  external: ['extern', 'external', 'externe'],
  interpersonal: ['interpersoonlijk', 'interpersonal', 'personal', 'persoonlijk', 'relational', 'relationeel'],
  business: ['zakelijk', 'business', 'zakelijke', 'commercial', 'commercieel'],
};

const CATEGORY_INDEX: ReadonlyMap<string, IncidentCategory> = (() => {
  const m = new Map<string, IncidentCategory>();
  for (const c of INCIDENT_CATEGORIES) {
    for (const lang of LANGUAGES) m.set(wordKey(catalogue(lang).categories[c]), c);
    for (const a of CATEGORY_ALIASES[c]) m.set(wordKey(a), c);
  }
  return m;
})();

const SEEN_LIMIT = 1000;
const seen = new Map<string, IncidentCategory | undefined>();

/** The category a cell's text names (case, accents and punctuation ignored), or undefined. */
export function matchCategory(text: string): IncidentCategory | undefined {
  // Every incident row asks, with a handful of distinct spellings: remember the answers
  // (bounded, so a column of free text cannot grow the memory without limit).
  if (seen.has(text)) return seen.get(text);
  const category = CATEGORY_INDEX.get(wordKey(text));
  if (seen.size < SEEN_LIMIT) seen.set(text, category);
  return category;
}
