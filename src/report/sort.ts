import { RELATIONSHIP_TYPES } from '../model';
import { naturalCompare, SupplierResult } from '../analysis';

/**
 * Suppliers grouped by type (pillar, prospect, hostage, free rider, then
 * unclassified), by name within a type. Grouping makes each type's rows one
 * contiguous block, so the Type column needs one fill rectangle per type
 * instead of one per row.
 */
export function byType(suppliers: readonly SupplierResult[]): SupplierResult[] {
  const rank = (s: SupplierResult): number => (s.type ? RELATIONSHIP_TYPES.indexOf(s.type) : RELATIONSHIP_TYPES.length);
  return [...suppliers].sort((a, b) => rank(a) - rank(b) || naturalCompare(a.supplier, b.supplier));
}

/** Start index and length of each run of equal keys in an already grouped list. */
export function runs<T, K>(items: readonly T[], key: (t: T) => K): { key: K; start: number; length: number }[] {
  const out: { key: K; start: number; length: number }[] = [];
  items.forEach((t, i) => {
    const k = key(t);
    const last = out[out.length - 1];
    if (last && last.key === k) last.length++;
    else out.push({ key: k, start: i, length: 1 });
  });
  return out;
}
