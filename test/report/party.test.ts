import { analyse, DEFAULT_SETTINGS, Settings } from '../../src/analysis';
import { resultsSheet, reviewTexts, typologySheet } from '../../src/report';
import { input, sup } from '../analysis/fixtures';
import { cellAt, find, readRange } from './plan-helpers';

const NL: Settings = { ...DEFAULT_SETTINGS, language: 'nl' };

// Two views of one relationship in the same period: we (client) see a hostage, the
// supplier sees a pillar. Scale 1–5, split 3 (hand-classified).
const both = input({
  suppliers: [
    sup('Epsilon', { period: '2025', party: 'client', calculative: 4, affective: 2, activity: 2, constructiveness: 2 }),
    sup('Epsilon', { period: '2025', party: 'supplier', calculative: 4, affective: 4, activity: 4, constructiveness: 4 }),
  ],
});

describe('two parties', () => {
  it('keeps one view per party and the perception gap when the quadrants differ', () => {
    const s = analyse(both, DEFAULT_SETTINGS).suppliers[0];
    expect(s.views?.map((v) => [v.party, v.type, v.reaction])).toEqual([
      ['client', 'hostage', 'neglect'],
      ['supplier', 'pillar', 'voice'],
    ]);
    expect(s.perceptionGap).toEqual({ type: { client: 'hostage', supplier: 'pillar' }, reaction: { client: 'neglect', supplier: 'voice' } });
    // The default party (client) is the view the single-view columns show.
    expect(s.party).toBe('client');
    expect(s.type).toBe('hostage');
  });

  it('gives rows without a party the default party, and the setting can say they are the supplier', () => {
    const rows = input({ suppliers: [sup('Gamma', { calculative: 2, affective: 4 })] });
    expect(analyse(rows, DEFAULT_SETTINGS).suppliers[0].views?.map((v) => [v.party, v.assumed])).toEqual([['client', true]]);
    expect(analyse(rows, { ...DEFAULT_SETTINGS, defaultParty: 'supplier' }).suppliers[0].party).toBe('supplier');
  });

  it('shows "their view / our view" and the gap on Results', () => {
    const p = resultsSheet(analyse(both, DEFAULT_SETTINGS), DEFAULT_SETTINGS);
    const col = (header: string) => find(p, header)[0].col;
    expect(cellAt(p, 1, col('Our view'))?.value).toBe('Hostage · Neglect');
    expect(cellAt(p, 1, col('Their view'))?.value).toBe('Pillar · Voice');
    expect(cellAt(p, 1, col('Perception gap'))?.value).toBe('Hostage (us) ↔ Pillar (supplier)');
    // Rows without a party are the default party's view: marked as coming from the setting.
    const assumed = resultsSheet(analyse(input({ suppliers: [sup('Gamma', { calculative: 2, affective: 4 })] }), DEFAULT_SETTINGS), DEFAULT_SETTINGS);
    expect(cellAt(assumed, 1, col('Our view'))?.value).toBe('Prospect (setting)');
  });

  it('draws two linked points on the typology matrix: one per view, joined by a chart series', () => {
    const p = typologySheet(analyse(both, NL), NL);
    expect(find(p, 'Epsilon (onze kijk)')).toHaveLength(2); // in the grid and in the chart data
    expect(find(p, 'Epsilon (hun kijk)')).toHaveLength(2);
    const link = p.charts[0].series.find((s) => s.name === 'Beide kijken: Epsilon');
    expect(link).toBeDefined();
    expect(link!.x.rows).toBe(2);
    // The two joined points are the two views' scores: (calculative, affective) = (4, 2) and (4, 4).
    expect(readRange(p, link!.x)).toEqual([4, 4]);
    expect(readRange(p, link!.y).sort()).toEqual([2, 4]);
  });

  it('tells the perception gap in the review', () => {
    const r = reviewTexts(analyse(both, DEFAULT_SETTINGS).suppliers[0], DEFAULT_SETTINGS);
    expect(r.see).toContain('Perception gap: we see a Hostage, the supplier sees a Pillar.');
    expect(r.see).toContain("Our view in 2025: type Hostage");
    expect(r.see).toContain("The supplier's view in 2025: type Pillar");
  });

  it('names the party in the review and never says the supplier reacts when we do (guide 002, ICT case)', () => {
    const ours = input({ suppliers: [sup('Epsilon', { party: 'client', calculative: 4, affective: 2, activity: 2, constructiveness: 2 })] });
    const en = reviewTexts(analyse(ours, DEFAULT_SETTINGS).suppliers[0], DEFAULT_SETTINGS);
    expect(en.see).toContain('Our observed reaction: Neglect.');
    expect(en.want).toContain('We are neglecting the relationship');
    expect(en.want).not.toMatch(/supplier's passive/);
    const nl = reviewTexts(analyse(ours, NL).suppliers[0], NL);
    expect(nl.want).toContain('Wij verwaarlozen de relatie');
    expect(nl.want).not.toContain('De leverancier werkt actief naar een breuk toe');
    const theirs = input({ suppliers: [sup('Epsilon', { party: 'supplier', calculative: 4, affective: 2, activity: 4, constructiveness: 2 })] });
    expect(reviewTexts(analyse(theirs, NL).suppliers[0], NL).want).toContain('De leverancier werkt actief naar een breuk toe');
  });
});
