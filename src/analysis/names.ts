/**
 * Key for matching a supplier or manager across tables: "Acme  BV" and "acme bv"
 * are the same party; users rarely mean two parties by a case difference.
 */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}
