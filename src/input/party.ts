import { catalogue, LANGUAGES } from '../i18n';
import type { Party } from '../model';
import { normalizeHeader } from './headers';

/**
 * What users type in a Party column, English and Dutch: the one list for supplier rows,
 * incident rows, questionnaire responses and the default-party setting. Our own
 * organisation is the client (uitbesteder, opdrachtgever; "us", "wij"); the provider is
 * the supplier. The questionnaire's own drop-down labels (catalogue survey.parties) are
 * added below, so a response table written by `rmo survey` always reads back.
 */
const PARTY_ALIASES: Readonly<Record<Party, readonly string[]>> = {
  client: [
    'client', 'customer', 'buyer', 'us', 'we', 'ours', 'our organisation', 'our organization', 'own organisation',
    'wij', 'ons', 'onze organisatie', 'eigen organisatie', 'klant', 'opdrachtgever', 'uitbesteder', 'afnemer',
  ],
  supplier: ['supplier', 'provider', 'vendor', 'service provider', 'them', 'they', 'leverancier', 'dienstverlener', 'aanbieder', 'zij', 'opdrachtnemer'],
};

const PARTY_INDEX: ReadonlyMap<string, Party> = (() => {
  const m = new Map<string, Party>();
  for (const party of ['client', 'supplier'] as const) {
    for (const a of PARTY_ALIASES[party]) m.set(normalizeHeader(a), party);
    for (const l of LANGUAGES) m.set(normalizeHeader(catalogue(l).survey.parties[party]), party);
  }
  return m;
})();

/** The party a cell's text names (case, accents, spaces and punctuation ignored), or undefined. */
export function matchParty(text: string): Party | undefined {
  return PARTY_INDEX.get(normalizeHeader(text));
}
