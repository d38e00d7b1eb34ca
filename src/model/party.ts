/**
 * The two parties of an outsourcing relationship (guide 002: "De trigger heeft invloed op
 * een van de twee partijen"). `client` is our organisation (uitbesteder, opdrachtgever);
 * `supplier` is the provider (leverancier, dienstverlener). Shared by the method (scores,
 * incidents, reactions per party) and the survey (respondents answer for one party).
 */
export type Party = 'client' | 'supplier';

export const PARTIES: readonly Party[] = ['client', 'supplier'];

/** The other party of the relationship. */
export function otherParty(party: Party): Party {
  return party === 'client' ? 'supplier' : 'client';
}
