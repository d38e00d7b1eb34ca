import { analyse, DEFAULT_SETTINGS, Settings, SupplierResult } from '../../src/analysis';
import { reviewTexts } from '../../src/report';
import { input, inc, JAN1, NO_DECAY, sup } from '../analysis/fixtures';

function one(rows: Parameters<typeof input>[0], settings: Settings = DEFAULT_SETTINGS): SupplierResult {
  return analyse(input(rows), settings).suppliers[0];
}

describe('review conversation', () => {
  it('names the type in the observations, in English and in Dutch', () => {
    const rows = { suppliers: [sup('A', { period: '2025', calculative: 4, affective: 4.5 })] };
    const en = reviewTexts(one(rows, DEFAULT_SETTINGS), DEFAULT_SETTINGS);
    expect(en.see).toContain('Pillar');
    expect(en.see).toContain('4.5');
    expect(en.see).toContain('2025');
    const nlSettings: Settings = { ...DEFAULT_SETTINGS, language: 'nl' };
    const nl = reviewTexts(one(rows, nlSettings), nlSettings);
    expect(nl.see).toContain('Steunpilaar');
    expect(nl.see).toContain('4,5'); // Dutch decimal comma
    expect(nl.see).not.toContain('Pillar');
  });

  it('sets a different target per type', () => {
    const texts = [
      [5, 5],
      [1, 5],
      [5, 1],
      [1, 1],
    ].map(([calculative, affective]) => reviewTexts(one({ suppliers: [sup('A', { calculative, affective })] }), DEFAULT_SETTINGS).want);
    expect(new Set(texts).size).toBe(4);
    expect(texts[1]).toMatch(/pillar/i); // prospect: move it to pillar
    expect(texts[2]).toMatch(/hostage/i);
  });

  it('tells loyalty and neglect apart in what we want and do', () => {
    const loyal = reviewTexts(one({ suppliers: [sup('A', { calculative: 1, affective: 5, activity: 1, constructiveness: 5 })] }), DEFAULT_SETTINGS);
    const neglect = reviewTexts(one({ suppliers: [sup('A', { calculative: 1, affective: 5, activity: 1, constructiveness: 1 })] }), DEFAULT_SETTINGS);
    expect(loyal.see).toContain('Loyalty');
    expect(neglect.see).toContain('Neglect');
    expect(loyal.want).toMatch(/loyalty/i);
    expect(neglect.want).toMatch(/neglect/i);
    expect(loyal.want).not.toEqual(neglect.want);
    expect(loyal.do).not.toEqual(neglect.do);
  });

  it('reports days outside, prolonged risk and a worse move', () => {
    const s = one(
      {
        suppliers: [sup('A', { period: 'Q4 2024', calculative: 1, affective: 5 }), sup('A', { period: 'Q1 2025', calculative: 1, affective: 1 })],
        incidents: [inc('A', JAN1, -8), inc('A', JAN1 + 90, -1)],
      },
      NO_DECAY,
    );
    const r = reviewTexts(s, NO_DECAY);
    expect(r.see).toContain('Critical');
    expect(r.see).toContain('90 days');
    expect(r.see).toContain('Prospect');
    expect(r.see).toContain('Free rider');
    expect(r.see).toContain('Worse');
    expect(r.do).toContain('90');
    expect(r.do).toMatch(/critical bound/);
    expect(r.do).toMatch(/worse quadrant/);
  });

  it('says when the type is unknown and there are no incidents', () => {
    const r = reviewTexts(one({ suppliers: [sup('A', { affective: 4 })] }), DEFAULT_SETTINGS);
    expect(r.see).toMatch(/unknown/i);
    expect(r.see).toMatch(/no incidents/i);
    expect(r.want).toMatch(/complete/i);
  });

  it('says how long the type has not changed', () => {
    const s = one(
      { suppliers: ['2023', '2024', '2025'].map((period) => sup('A', { period, calculative: 4, affective: 4 })) },
      DEFAULT_SETTINGS,
    );
    expect(reviewTexts(s, DEFAULT_SETTINGS).see).toContain('unchanged since 2023');
  });
});
