import { analyse, DEFAULT_SETTINGS, Settings } from '../../src/analysis';
import { resultsSheet, reviewTexts } from '../../src/report';
import { input, sup } from '../analysis/fixtures';
import { cellAt, find } from './plan-helpers';

const NL: Settings = { ...DEFAULT_SETTINGS, language: 'nl' };
// Prospect (affective 4, calculative 2); service 5 and business 1: a butler (guide 000: excellent service, little strategy).
const rows = input({ suppliers: [sup('Gamma', { affective: 4, calculative: 2, service: 5, business: 1, manager: 'Jan' })] });

describe('role character and attention advice where the reader needs them', () => {
  it('explains every type (attention and advice) and every role (character) once, beside the Results table', () => {
    const p = resultsSheet(analyse(rows, DEFAULT_SETTINGS), DEFAULT_SETTINGS);
    const advice = find(p, 'Attention advice')[0];
    const prospect = find(p, 'Prospect').find((h) => h.col === advice.col - 2)!;
    expect(cellAt(p, prospect.row, advice.col - 1)?.value).toBe('High');
    expect(cellAt(p, prospect.row, advice.col)?.value).toMatch(/^Promising but fragile/);
    const character = find(p, 'Role character')[0];
    const butler = find(p, 'Butler').find((h) => h.col === character.col - 1)!;
    expect(cellAt(p, butler.row, character.col)?.value).toBe('Excellent service, little strategic influence.');
  });

  it('tells the role and its character in the review, with the manager when known', () => {
    const s = analyse(rows, NL).suppliers[0];
    expect(reviewTexts(s, NL).see).toContain('Relatiemanager Jan: Butler, uitstekende service, weinig strategische invloed.');
    const noManager = analyse(input({ suppliers: [sup('Gamma', { service: 5, business: 1 })] }), DEFAULT_SETTINGS).suppliers[0];
    expect(reviewTexts(noManager, DEFAULT_SETTINGS).see).toContain('Relationship-manager role: Butler, excellent service, little strategic influence.');
  });
});
