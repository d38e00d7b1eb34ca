import type { IncidentRow, ManagerRow, ParsedInput, Problem, SupplierRow } from '../../src/input/types';
import { DEFAULT_SETTINGS, Settings } from '../../src/analysis';

let row = 1;
/** A supplier-table row with a made-up source row. */
export function sup(supplier: string, fields: Omit<Partial<SupplierRow>, 'supplier' | 'source'> = {}): SupplierRow {
  return { supplier, ...fields, source: { sheet: 'Suppliers', row: ++row } };
}
export function inc(supplier: string, day: number, impact: number): IncidentRow {
  return { supplier, day, impact, source: { sheet: 'Incidents', row: ++row } };
}
export function mgr(manager: string, service: number, business: number, period?: string): ManagerRow {
  return { manager, service, business, period, source: { sheet: 'Managers', row: ++row } };
}
export function input(parts: Partial<ParsedInput>): ParsedInput {
  return { suppliers: [], incidents: [], managers: [], problems: [] as Problem[], ...parts };
}
/** Scale 1–5 split 3; no decay so days outside are exact by hand. */
export const NO_DECAY: Settings = {
  ...DEFAULT_SETTINGS,
  appreciation: { halfLifeDays: 0, critical: -6, euphoria: 6, prolongedDays: 60 },
};
/** 2025-01-01 as an Excel serial day. */
export const JAN1 = 45658;
