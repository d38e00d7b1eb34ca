/**
 * One small questionnaire used by the survey tests (input, report, functions, files).
 * Answers on 1–5; AFF3, AFF4 and CAL4 are reverse-coded (6 − answer). Hand-worked values:
 *
 * Acme, 2025-Q4, our organisation (R1, R2, R3):
 *   affective, reverse-coded rows: R1 4,4,4,4 (score 4) · R2 5,4,5,4 (4.5) · R3 3,4,3,4 (3.5)
 *     mean 4, SD √(((0)² + (.5)² + (−.5)²)/2) = 0.5
 *     r_wg(J): item variances AFF1 (4,5,3) = 1, AFF2 (4,4,4) = 0, AFF3 (2,1,3) = 1, AFF4 = 0;
 *     s̄² = 0.5, σ²E = (5² − 1)/12 = 2, ratio .25; r_wg = 4·.75 / (4·.75 + .25) = 3/3.25 = 12/13
 *     alpha: item variances 1, 0, 1, 0 (sum 2); totals 16, 18, 14 → variance 4;
 *     alpha = 4/3 · (1 − 2/4) = 2/3 (below 0.7)
 *   calculative, reverse-coded rows: R1 4,4,4,4 (4) · R2 2,2,2,2 (2) · R3 3,3,3,3 (3): mean 3
 *     alpha: item variances 1 each (sum 4); totals 16, 8, 12 → variance 16; 4/3 · (1 − 4/16) = 1
 *     r_wg: s̄² = 1, ratio .5; 4·.5 / (4·.5 + .5) = 0.8
 * Acme, 2025-Q4, supplier (S1): affective 4,4,4,4 → 4; calculative 4,4,4,4 → 4 (one respondent).
 * All respondents, affective: complete rows R1, R2, R3, S1 (B1 and B3 are incomplete):
 *   item variances 2/3, 0, 2/3, 0 (sum 4/3); totals 16, 18, 14, 16 → variance 8/3;
 *   alpha = 4/3 · (1 − (4/3)/(8/3)) = 2/3.
 * All respondents, calculative: R1, R2, R3, S1: item variances (4,2,3,4) → 11/12 each, sum 11/3;
 *   totals 16, 8, 12, 16 → mean 13, variance (9 + 25 + 1 + 9)/3 = 44/3;
 *   alpha = 4/3 · (1 − (11/3)/(44/3)) = 4/3 · 3/4 = 1.
 * Beta (no supplier row): B1 answers AFF1 "goed" (text), AFF2 7 (off the scale), AFF3 2, AFF4 2
 *   → affective (4 + 4)/2 = 4; B2 answered nothing; B1 again (duplicate); B3 party "Partner X"
 *   (unknown → our organisation) AFF1 4, AFF2 4 → 4. Beta: 2 respondents, affective mean 4.
 * Column "AFF9" is not in the bank.
 */
export const HEADER = ['Respondent', 'Party', 'Supplier', 'Period', 'AFF1', 'AFF2', 'AFF3', 'AFF4', 'CAL1', 'CAL2', 'CAL3', 'CAL4', 'AFF9'];
export const ROWS: unknown[][] = [
  ['R1', 'Our organisation', 'Acme', '2025-Q4', 4, 4, 2, 2, 4, 4, 4, 2, 3],
  ['R2', 'klant', 'Acme', '2025-Q4', 5, 4, 1, 2, 2, 2, 2, 4, null],
  ['R3', '', 'acme ', '2025-Q4', 3, 4, 3, 2, 3, 3, 3, 3, null],
  ['S1', 'Leverancier', 'Acme', '2025-Q4', 4, 4, 2, 2, 4, 4, 4, 2, null],
  ['B1', 'client', 'Beta', '2025-Q4', 'goed', 7, 2, 2, null, null, null, null, null],
  ['B2', 'client', 'Beta', '2025-Q4', null, null, null, null, null, null, null, null, null],
  ['B1', 'client', 'Beta', '2025-Q4', 1, 1, 1, 1, null, null, null, null, null],
  ['B3', 'Partner X', 'Beta', '2025-Q4', 4, 4, null, null, null, null, null, null, null],
];
/** Typed supplier table: Acme would be a free rider (2, 2) by the typed scores. */
export const SUPPLIER_HEADER = ['Supplier', 'Period', 'Affective', 'Calculative'];
export const SUPPLIER_ROWS: unknown[][] = [['Acme', '2025-Q4', 2, 2]];
