import type { Party } from '../model';
import { normalizeHeader } from './headers';

/**
 * What users type in a Party column, English and Dutch. Our own organisation is the
 * client (uitbesteder, opdrachtgever; "us", "wij"); the provider is the supplier.
 */
const PARTY_ALIASES: Readonly<Record<Party, readonly string[]>> = {
  client: ['client', 'customer', 'us', 'we', 'our organisation', 'our organization', 'wij', 'ons', 'onze organisatie', 'klant', 'opdrachtgever', 'uitbesteder', 'afnemer'],
  supplier: ['supplier', 'provider', 'vendor', 'service provider', 'them', 'they', 'leverancier', 'dienstverlener', 'zij', 'opdrachtnemer'],
};

const PARTY_INDEX: ReadonlyMap<string, Party> = (() => {
  const m = new Map<string, Party>();
  for (const party of ['client', 'supplier'] as const) for (const a of PARTY_ALIASES[party]) m.set(normalizeHeader(a), party);
  return m;
})();

/** The party a cell's text names (case, accents, spaces and punctuation ignored), or undefined. */
export function matchParty(text: string): Party | undefined {
  return PARTY_INDEX.get(normalizeHeader(text));
}
