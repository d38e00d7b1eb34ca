import { analyse, DEFAULT_SETTINGS, Settings } from '../../src/analysis';
import { resultsSheet, reviewTexts } from '../../src/report';
import { input, sup } from '../analysis/fixtures';
import { cellAt, find } from './plan-helpers';

const NL: Settings = { ...DEFAULT_SETTINGS, language: 'nl' };
// Prospect (affective 4, calculative 2); service 5 and business 1: a butler (guide 000: excellent service, little strategy).
const rows = input({ suppliers: [sup('Gamma', { affective: 4, calculative: 2, service: 5, business: 1, manager: 'Jan' })] });

describe('role character and attention advice where the reader needs them', () => {
  it('puts the attention advice of the type and the character of the role on Results', () => {
    const p = resultsSheet(analyse(rows, DEFAULT_SETTINGS), DEFAULT_SETTINGS);
    const col = (h: string) => find(p, h)[0].col;
    expect(cellAt(p, 1, col('Attention advice'))?.value).toMatch(/^Promising but fragile/);
    expect(cellAt(p, 1, col('Role character'))?.value).toBe('Excellent service, little strategic influence.');
  });

  it('tells the role and its character in the review, with the manager when known', () => {
    const s = analyse(rows, NL).suppliers[0];
    expect(reviewTexts(s, NL).see).toContain('Relatiemanager Jan: Butler, uitstekende service, weinig strategische invloed.');
    const noManager = analyse(input({ suppliers: [sup('Gamma', { service: 5, business: 1 })] }), DEFAULT_SETTINGS).suppliers[0];
    expect(reviewTexts(noManager, DEFAULT_SETTINGS).see).toContain('Relationship-manager role: Butler, excellent service, little strategic influence.');
  });
});
