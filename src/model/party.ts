/**
 * The two parties of an outsourcing relationship (guide 002: "De trigger heeft invloed op
 * een van de twee partijen"). `client` is our organisation (uitbesteder, opdrachtgever);
 * `supplier` is the provider (leverancier, dienstverlener). Shared by the method (scores,
 * incidents, reactions per party) and the survey (respondents answer for one party).
 */
export type Party = 'client' | 'supplier';

export const PARTIES: readonly Party[] = ['client', 'supplier'];

/**
 * Whose view a score or answer without a party is when the user set nothing: our
 * organisation, because the add-in's users are the client's vendor-management team.
 * Supplier rows and questionnaire responses share it, so a measured score fills the typed
 * row it belongs to whatever the setting (settings.defaultParty).
 */
export const DEFAULT_PARTY: Party = 'client';

/** The other party of the relationship. */
export function otherParty(party: Party): Party {
  return party === 'client' ? 'supplier' : 'client';
}
