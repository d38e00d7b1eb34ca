import { ROLE_MODEL, Scale } from '../model';
import type { ManagerRow } from '../input/types';
import { classifyPair } from './classify-pair';
import { nameKey } from './names';
import type { ManagerPeriodResult, ManagerResult } from './results';

/** Manager rows grouped per manager (by name key), each group oldest period first. */
export interface ManagerIndex {
  readonly order: readonly string[];
  readonly byKey: ReadonlyMap<string, { readonly name: string; readonly periods: readonly ManagerPeriodResult[] }>;
}

export function indexManagers(rows: readonly ManagerRow[], scale: Scale, compare: (a: string, b: string) => number): ManagerIndex {
  const groups = new Map<string, { name: string; byPeriod: Map<string, ManagerPeriodResult> }>();
  for (const r of rows) {
    const k = nameKey(r.manager);
    if (k === '') continue;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { name: r.manager.trim(), byPeriod: new Map() }));
    // A repeated manager+period is a duplicate the input layer reports; the later row wins.
    g.byPeriod.set(r.period ?? '', {
      period: r.period,
      service: r.service,
      business: r.business,
      role: classifyPair(ROLE_MODEL, r.business, r.service, scale),
      source: r.source,
    });
  }
  const byKey = new Map<string, { name: string; periods: ManagerPeriodResult[] }>();
  for (const [k, g] of groups) {
    const periods = [...g.byPeriod.entries()].sort((a, b) => compare(a[0], b[0])).map((e) => e[1]);
    byKey.set(k, { name: g.name, periods });
  }
  return { order: [...groups.keys()], byKey };
}

/** The manager row for a supplier row: the same period when the manager has it, else the manager's latest. */
export function managerRowFor(index: ManagerIndex, manager: string, period: string | undefined): ManagerPeriodResult | undefined {
  const g = index.byKey.get(nameKey(manager));
  if (!g || g.periods.length === 0) return undefined;
  const same = period === undefined ? undefined : g.periods.find((p) => (p.period ?? '').trim() === period.trim());
  return same ?? g.periods[g.periods.length - 1];
}

export function managerResults(index: ManagerIndex, suppliersByManager: ReadonlyMap<string, readonly string[]>): ManagerResult[] {
  return index.order.map((k) => {
    const g = index.byKey.get(k)!;
    const cur = g.periods[g.periods.length - 1];
    return {
      manager: g.name,
      periods: g.periods,
      period: cur?.period,
      role: cur?.role,
      service: cur?.service,
      business: cur?.business,
      suppliers: suppliersByManager.get(k) ?? [],
    };
  });
}
