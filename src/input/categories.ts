import { catalogue, INCIDENT_CATEGORIES, LANGUAGES } from '../i18n';
import type { IncidentCategory } from '../i18n/catalogue';
import { normalizeHeader } from './headers';

/** Extra spellings users type besides the catalogue's own category names (en and nl). */
const CATEGORY_ALIASES: Readonly<Record<IncidentCategory, readonly string[]>> = {
  external: ['extern', 'external', 'externe'],
  interpersonal: ['interpersoonlijk', 'interpersonal', 'personal', 'persoonlijk', 'relational', 'relationeel'],
  business: ['zakelijk', 'business', 'zakelijke', 'commercial', 'commercieel'],
};

const CATEGORY_INDEX: ReadonlyMap<string, IncidentCategory> = (() => {
  const m = new Map<string, IncidentCategory>();
  for (const c of INCIDENT_CATEGORIES) {
    for (const lang of LANGUAGES) m.set(normalizeHeader(catalogue(lang).categories[c]), c);
    for (const a of CATEGORY_ALIASES[c]) m.set(normalizeHeader(a), c);
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
  const category = CATEGORY_INDEX.get(normalizeHeader(text));
  if (seen.size < SEEN_LIMIT) seen.set(text, category);
  return category;
}
