/**
 * The key a typed word is compared by: accents stripped (NFD + drop combining marks), lower
 * case, and every run of non-alphanumerics removed, so "Affectieve  Betrokkenheid",
 * "affectieve_betrokkenheid" and "AffectieveBetrokkenheid" all compare equal. Headers,
 * party words and category spellings all match on it.
 */
export function wordKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
