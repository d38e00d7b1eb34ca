/**
 * Writes the sheets a user starts from (example or empty input tables). Their Excel
 * tables need workbook-unique names, and an existing table or defined name with the
 * same name would make Table.name fail, so the names in use are read first (one sync),
 * then applyPlans writes the sheets and activates the first.
 */
import type { SheetPlan } from '../report/plan';
import { applyPlans, type AppliedSheet } from './apply';

/** `name`, or name_2, name_3 … when taken (case-insensitively, as Excel compares names). */
export function uniqueTableName(name: string, taken: ReadonlySet<string>): string {
  let candidate = name;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${name}_${i}`;
  return candidate;
}

export async function applyStartPlans(context: Excel.RequestContext, plans: readonly SheetPlan[]): Promise<AppliedSheet[]> {
  const tables = context.workbook.tables.load('items/name');
  const names = context.workbook.names.load('items/name');
  await context.sync();
  const taken = new Set([...tables.items, ...names.items].map((t) => t.name.toLowerCase()));
  const renamed = plans.map((plan) => ({
    ...plan,
    tables: plan.tables?.map((t) => {
      const name = uniqueTableName(t.name, taken);
      taken.add(name.toLowerCase());
      return { ...t, name };
    }),
  }));
  return applyPlans(context, renamed, { activateKey: plans[0]?.key });
}
