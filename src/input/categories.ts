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

/** The category a cell's text names (case, accents and punctuation ignored), or undefined. */
export function matchCategory(text: string): IncidentCategory | undefined {
  return CATEGORY_INDEX.get(normalizeHeader(text));
}
