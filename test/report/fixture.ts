import { analyse, AnalysisResult, DEFAULT_SETTINGS, Settings } from '../../src/analysis';
import type { IncidentRow, ManagerRow, Problem, SupplierRow } from '../../src/input/types';

let n = 1;
const src = (sheet: string) => ({ sheet, row: ++n });
const sup = (supplier: string, f: Omit<Partial<SupplierRow>, 'supplier' | 'source'>): SupplierRow => ({ supplier, ...f, source: src('Suppliers') });
const inc = (supplier: string, day: number, impact: number): IncidentRow => ({ supplier, day, impact, source: src('Incidents') });
const mgr = (manager: string, service: number, business: number): ManagerRow => ({ manager, service, business, source: src('Managers') });

export const JAN1 = 45658;

/** Names that Excel would evaluate if written as plain values. */
export const FORMULA_NAME = '=HYPERLINK("http://x","Evil")';
export const PLUS_NAME = '+31 Services';

/**
 * Typology: pillar "Alpha" (was a hostage in Q4 2024 → better move); prospects "Bravo" and the formula name; hostage
 * "Charlie"; free rider "Delta" (was a prospect in Q4 2024 → worse move);
 * "+31 Services" has no scores; "Echo" appears only in incidents.
 */
export const PROBLEMS: Problem[] = [
  { code: 'notANumber', severity: 'error', sheet: 'Suppliers', row: 9, column: 'Affective (B)', value: 'x' },
  { code: 'missingColumn', severity: 'warning', sheet: 'Managers', column: 'Service' },
  { code: 'notADate', severity: 'error', sheet: 'Incidents', row: 4, column: 'Date (A)', value: 'y' },
  { code: 'scoreOutOfRange', severity: 'warning', sheet: 'Suppliers', row: 3, column: 'Calculative (C)', value: '9' },
];

export function fixture(settings: Settings = DEFAULT_SETTINGS): AnalysisResult {
  return analyse(
    {
      suppliers: [
        sup('Alpha', { period: 'Q4 2024', calculative: 4.5, affective: 1 }),
        sup('Alpha', { period: 'Q1 2025', calculative: 4.5, affective: 4, activity: 4, constructiveness: 4, manager: 'Jan' }),
        sup('Bravo', { period: 'Q1 2025', calculative: 2, affective: 4, activity: 1, constructiveness: 5, service: 5, business: 1 }),
        sup(FORMULA_NAME, { period: 'Q1 2025', calculative: 1, affective: 5 }),
        sup('Charlie', { period: 'Q1 2025', calculative: 5, affective: 2, activity: 5, constructiveness: 1, manager: 'Els' }),
        sup('Delta', { period: 'Q4 2024', calculative: 1, affective: 4 }),
        sup('Delta', { period: 'Q1 2025', calculative: 1, affective: 1, activity: 1, constructiveness: 1 }),
        sup(PLUS_NAME, { period: 'Q1 2025' }),
      ],
      incidents: [inc('Alpha', JAN1, 3), inc('Delta', JAN1 + 10, -8), inc('Delta', JAN1 + 40, 1), inc('Echo', JAN1 + 20, 7), inc(PLUS_NAME, JAN1 + 5, -2)],
      managers: [mgr('Jan', 5, 5), mgr('Els', 1, 1)],
      problems: PROBLEMS,
    },
    settings,
  );
}

export const NL: Settings = { ...DEFAULT_SETTINGS, language: 'nl' };
