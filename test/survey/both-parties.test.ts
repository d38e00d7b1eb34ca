/**
 * Issue 7, must-deliver 5: when the supplier's people answered too, the results show both
 * parties' positions and the gap. Through the whole pipeline: a response table of both
 * parties → parseTables → analyse → the Results sheet, the typology matrix and the review.
 *
 * Hand calculation (answers 1–5; AFF3, AFF4, CAL4, ACT3, ACT4, CON3, CON4 reverse-coded as 6 − answer):
 *   Our organisation (O1, O2):
 *     affective   O1 4,4,2,2 → 4,4,4,4 = 4 · O2 5,5,1,1 → 5,5,5,5 = 5 · mean 4.5
 *     calculative O1 4,4,4,2 → 4,4,4,4 = 4 · O2 4,4,4,2 → 4 · mean 4
 *     activity    4,4,2,2 → 4 (both) · constructiveness 4,4,2,2 → 4 (both)
 *     → calculative 4 ≥ 3, affective 4.5 ≥ 3: Pillar; active, constructive: Voice.
 *   The supplier (S1, S2):
 *     affective   S1 2,2,4,4 → 2,2,2,2 = 2 · S2 1,2,5,4 → 1,2,1,2 = 1.5 · mean 1.75
 *     calculative S1 4,4,4,2 → 4 · S2 5,5,5,1 → 5,5,5,5 = 5 · mean 4.5
 *     activity    2,2,4,4 → 2,2,2,2 = 2 (both) · constructiveness 4,4,2,2 → 4 (both)
 *     → calculative 4.5 ≥ 3, affective 1.75 < 3: Hostage; passive, constructive: Loyalty.
 * Scale 1–5 with split 3 (the default), so measured means are the scores as they are.
 */
import { analyse, DEFAULT_SETTINGS, Settings } from '../../src/analysis';
import { parseTables } from '../../src/input';
import type { RawTable } from '../../src/input';
import { resultsSheet, reviewTexts, typologySheet } from '../../src/report';
import { cellAt, find, readRange } from '../report/plan-helpers';

const HEADER = ['Respondent', 'Party', 'Supplier', 'Period', 'AFF1', 'AFF2', 'AFF3', 'AFF4', 'CAL1', 'CAL2', 'CAL3', 'CAL4', 'ACT1', 'ACT2', 'ACT3', 'ACT4', 'CON1', 'CON2', 'CON3', 'CON4'];
const ROWS = [
  ['O1', 'wij', 'Delta', '2025-Q4', 4, 4, 2, 2, 4, 4, 4, 2, 4, 4, 2, 2, 4, 4, 2, 2],
  ['O2', 'Our organisation', 'Delta', '2025-Q4', 5, 5, 1, 1, 4, 4, 4, 2, 4, 4, 2, 2, 4, 4, 2, 2],
  ['S1', 'Leverancier', 'Delta', '2025-Q4', 2, 2, 4, 4, 4, 4, 4, 2, 2, 2, 4, 4, 4, 4, 2, 2],
  ['S2', 'supplier', 'Delta', '2025-Q4', 1, 2, 5, 4, 5, 5, 5, 1, 2, 2, 4, 4, 4, 4, 2, 2],
];
const tables: RawTable[] = [{ sheet: 'Answers', firstRow: 1, firstCol: 1, values: [HEADER, ...ROWS] }];
const EN: Settings = DEFAULT_SETTINGS;
const NL: Settings = { ...DEFAULT_SETTINGS, language: 'nl' };
const result = (s: Settings) => analyse(parseTables(tables, s), s);

describe("measured scores of both parties are their view and ours", () => {
  it("the supplier's respondents give the supplier's view, ours give our view", () => {
    const s = result(EN).suppliers.find((x) => x.supplier === 'Delta')!;
    const v = (p: 'client' | 'supplier') => s.views?.find((x) => x.party === p);
    expect([v('client')?.type, v('client')?.reaction, v('client')?.assumed]).toEqual(['pillar', 'voice', false]);
    expect([v('supplier')?.type, v('supplier')?.reaction]).toEqual(['hostage', 'loyalty']);
    expect(s.perceptionGap).toEqual({ type: { client: 'pillar', supplier: 'hostage' }, reaction: { client: 'voice', supplier: 'loyalty' } });
  });

  it('Results shows our view, their view and the gap', () => {
    const p = resultsSheet(result(EN), EN);
    const col = (h: string) => find(p, h)[0].col;
    const row = find(p, 'Delta')[0].row;
    expect(cellAt(p, row, col('Our view'))?.value).toBe('Pillar · Voice');
    expect(cellAt(p, row, col('Their view'))?.value).toBe('Hostage · Loyalty');
    expect(cellAt(p, row, col('Perception gap'))?.value).toBe('Pillar (us) ↔ Hostage (supplier)');
  });

  it('the typology matrix has one point per view at the measured means, joined', () => {
    const p = typologySheet(result(NL), NL);
    expect(find(p, 'Delta (onze kijk)').length).toBeGreaterThan(0);
    expect(find(p, 'Delta (hun kijk)').length).toBeGreaterThan(0);
    const link = p.charts[0].series.find((s) => s.name === 'Beide kijken: Delta')!;
    // (calculative, affective): ours (4, 4.5), theirs (4.5, 1.75).
    const points = readRange(p, link.x).map((x, i) => [x, readRange(p, link.y)[i]]);
    expect(points.sort()).toEqual([
      [4, 4.5],
      [4.5, 1.75],
    ]);
  });

  it('the review names the gap between the measured views', () => {
    const s = result(EN).suppliers.find((x) => x.supplier === 'Delta')!;
    expect(reviewTexts(s, EN).see).toContain('Perception gap: we see a Pillar, the supplier sees a Hostage.');
  });
});
