import { analyse, DEFAULT_SETTINGS, Settings } from '../../src/analysis';
import { resultsSheet, reviewTexts } from '../../src/report';
import { inc, input, JAN1, sup } from '../analysis/fixtures';
import { cellAt, find } from './plan-helpers';

// Half-life 180: -8 on 2025-01-01 comes back to the critical bound -6 after 180·log2(8/6) ≈ 74.7 days
// (2025-03-16), longer than the 60-day limit: a prolonged excursion that decay alone ended.
const S: Settings = { ...DEFAULT_SETTINGS, appreciation: { ...DEFAULT_SETTINGS.appreciation, halfLifeDays: 180 }, asOf: JAN1 + 200 };
const rows = input({ suppliers: [sup('Gamma', { calculative: 2, affective: 4 })], incidents: [inc('Gamma', JAN1, -8)] });

describe('the state remembers damage after the value is back within the bounds', () => {
  const s = analyse(rows, S).suppliers[0];

  it('keeps the relationship damaged and the last prolonged excursion', () => {
    expect(s.status).toBe('normal');
    expect(s.state).toBe('damaged');
    expect(s.lastProlonged?.ongoing).toBe(false);
    expect(Math.round(s.lastProlonged!.days)).toBe(75);
  });

  it('shows state and last prolonged excursion on Results', () => {
    const p = resultsSheet(analyse(rows, S), S);
    const col = (h: string) => find(p, h)[0].col;
    expect(cellAt(p, 1, col('Status'))?.value).toBe('Normal');
    expect(cellAt(p, 1, col('Relationship state'))?.value).toBe('Damaged (outside the bounds for too long)');
    expect(cellAt(p, 1, col('Last prolonged excursion'))?.value).toBe('Combined: Critical 2025-01-01 to 2025-03-16, 75 days');
  });

  it('says so in the review, in English and Dutch', () => {
    const en = reviewTexts(s, S);
    expect(en.see).toContain('within the bounds');
    expect(en.see).toContain('Relationship state: Damaged');
    expect(en.see).toContain('was critical from 2025-01-01 to 2025-03-16 (75 days): that damage is remembered');
    expect(en.do).toContain('structurally damaged');
    const NL: Settings = { ...S, language: 'nl' };
    const nl = reviewTexts(analyse(rows, NL).suppliers[0], NL);
    expect(nl.see).toContain('Relatietoestand: Beschadigd');
    expect(nl.see).toContain('die schade blijft tellen');
  });
});
