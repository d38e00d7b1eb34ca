/**
 * The sample workbook's supplier, incident and manager rows (samples/make-sample.ts), with
 * the deliberate mistakes taken out: an example a new user copies from must itself be
 * valid. One thing stays on purpose: Globex Ltd appears only in the incidents, so the pane
 * shows how such a supplier is reported apart.
 */
export type ExampleSupplierRow = readonly [supplier: string, period: string, affective: number, calculative: number, activity: number, constructiveness: number, manager: string];
export type ExampleIncidentRow = readonly [supplier: string, date: readonly [number, number, number], category: 'external' | 'interpersonal' | 'business', impact: number, description: string];
export type ExampleManagerRow = readonly [manager: string, service: number, business: number];

const Q = ['2025-Q2', '2025-Q3', '2025-Q4'] as const;

function quarters(supplier: string, manager: string, scores: readonly (readonly [number, number, number, number])[]): ExampleSupplierRow[] {
  return scores.map((s, i) => [supplier, Q[i], s[0], s[1], s[2], s[3], manager] as const);
}

const SANNE = 'Sanne de Vries';
const PIETER = 'Pieter Jansen';
const AISHA = 'Aisha Bakker';
const TOM = 'Tom Willems';

export const EXAMPLE_SUPPLIERS: readonly ExampleSupplierRow[] = [
  ...quarters('Van Dijk Logistiek', SANNE, [[4.5, 4, 4, 4.5], [4.2, 4.1, 3.5, 4], [4.4, 4.3, 3, 4]]),
  ...quarters('Nordic Cloud Services', PIETER, [[4, 2, 2.5, 4], [3, 2.5, 2, 2], [2, 2, 4, 1.5]]),
  ...quarters('Brabant Facilitair', AISHA, [[2, 4.5, 2, 2], [2.5, 4, 4, 3.5], [2, 4.2, 4, 2]]),
  ...quarters('Tulip IT Consultancy', TOM, [[1.5, 2, 1.5, 3.5], [2, 2, 2, 3.5], [1.5, 1.5, 1, 2]]),
  ...quarters('Delta Schoonmaak', SANNE, [[4, 4, 4, 4], [3.5, 4, 3, 3.5], [2.5, 4, 4.5, 2]]),
  ...quarters('Atlas Catering', PIETER, [[4, 2.5, 4, 4], [4, 3, 4, 4], [4.5, 3.5, 3, 4.5]]),
  ...quarters('Rijnmond Security', AISHA, [[2.5, 4, 3.5, 4], [3, 4, 4, 4], [3.5, 4.5, 3, 4]]),
  ...quarters('Quantum Payroll BV', TOM, [[4, 4.5, 2, 4], [4, 4, 2, 4], [4.5, 4, 2, 4.5]]),
  ...quarters('Hollandse Drukkerij', SANNE, [[2, 2, 2, 2], [2, 2.5, 2, 2], [1.5, 2, 1.5, 1.5]]),
  ...quarters('Iberia Translations SL', PIETER, [[4, 2, 3, 4], [4, 2, 3.5, 4], [4, 2.5, 3, 4]]),
  ...quarters('Acme Print', AISHA, [[2, 4, 2, 4], [2, 4, 2, 4], [2.5, 4, 2, 3.5]]),
  ...quarters('Zenith Telecom', TOM, [[3.5, 3.5, 3.5, 3.5], [3.5, 3, 4, 4], [4, 3.5, 4, 4]]),
];

export const EXAMPLE_INCIDENTS: readonly ExampleIncidentRow[] = [
  ['Van Dijk Logistiek', [2025, 3, 15], 'interpersonal', 2, 'Gezamenlijke planningsworkshop'],
  ['Van Dijk Logistiek', [2025, 4, 3], 'business', 3, 'On-time delivery record Q1'],
  ['Nordic Cloud Services', [2025, 5, 12], 'interpersonal', -3, 'Account manager replaced without notice'],
  ['Nordic Cloud Services', [2025, 6, 15], 'business', -4, 'SLA breach: three outages in June'],
  ['Nordic Cloud Services', [2025, 7, 15], 'business', -4, 'Escalation: disputed extra-work invoice'],
  ['Nordic Cloud Services', [2025, 9, 2], 'external', -2, 'Price increase after takeover'],
  ['Delta Schoonmaak', [2025, 8, 1], 'external', -3, 'Cao-wijziging: hogere tarieven'],
  ['Delta Schoonmaak', [2025, 10, 20], 'business', -4, 'Kwaliteit schoonmaak onder de maat'],
  ['Atlas Catering', [2025, 6, 30], 'business', 4, 'New menu well received'],
  ['Globex Ltd', [2025, 7, 7], 'business', -2, 'Late delivery of spare parts'],
  ['Brabant Facilitair', [2025, 11, 12], 'interpersonal', -5, 'Conflict over access badges'],
  ['Tulip IT Consultancy', [2025, 8, 19], 'external', 1, 'New CTO introduced'],
  ['Rijnmond Security', [2025, 9, 15], 'business', 2, 'Extra patrols at no cost'],
  ['Quantum Payroll BV', [2025, 12, 1], 'business', -1, 'Payslip layout changed'],
];

export const EXAMPLE_MANAGERS: readonly ExampleManagerRow[] = [
  [SANNE, 4.5, 4.2],
  [PIETER, 4.2, 2],
  [AISHA, 2, 4.5],
  [TOM, 2, 1.5],
];
