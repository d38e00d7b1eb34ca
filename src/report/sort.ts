import { RELATIONSHIP_TYPES } from '../model';
import { naturalCompare, SupplierResult } from '../analysis';

/**
 * Several sheets list the same suppliers by name: sort them once per analysis
 * result. The result is read-only, so the order can be kept with it.
 */
const nameOrder = new WeakMap<readonly SupplierResult[], readonly SupplierResult[]>();

/** Suppliers by name (natural order: "Supplier 2" before "Supplier 10"); equal names keep their order. */
export function byName(suppliers: readonly SupplierResult[]): readonly SupplierResult[] {
  let sorted = nameOrder.get(suppliers);
  if (!sorted) {
    sorted = sortedIfNeeded(suppliers, (a, b) => naturalCompare(a.supplier, b.supplier));
    nameOrder.set(suppliers, sorted);
  }
  return sorted;
}

/**
 * Suppliers grouped by type (pillar, prospect, hostage, free rider, then
 * unclassified), by name within a type. Grouping makes each type's rows one
 * contiguous block, so the Type column needs one fill rectangle per type
 * instead of one per row.
 */
export function byType(suppliers: readonly SupplierResult[]): SupplierResult[] {
  // Distributing the name-sorted list into buckets keeps the name order within each type (no second sort).
  const buckets: SupplierResult[][] = Array.from({ length: RELATIONSHIP_TYPES.length + 1 }, () => []);
  for (const s of byName(suppliers)) buckets[s.type ? RELATIONSHIP_TYPES.indexOf(s.type) : RELATIONSHIP_TYPES.length].push(s);
  return buckets.flat();
}

/**
 * A stably sorted copy; when the items already are in order (as often, because the
 * caller built them from an ordered list) one pass of comparisons replaces the sort.
 */
export function sortedIfNeeded<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1], items[i]) > 0) return [...items].sort(compare);
  return [...items];
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
