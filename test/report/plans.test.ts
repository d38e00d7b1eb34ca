import { catalogue, Language } from '../../src/i18n';
import { DEFAULT_SETTINGS, Settings } from '../../src/analysis';
import { buildReport, isValidSheetName, SheetPlan } from '../../src/report';
import { cellAt, cells, rectCells, texts } from './plan-helpers';
import { fixture, FORMULA_NAME, NL, PLUS_NAME, PROBLEMS } from './fixture';

const settingsFor = (lang: Language): Settings => (lang === 'nl' ? NL : DEFAULT_SETTINGS);
const build = (lang: Language): SheetPlan[] => buildReport(fixture(settingsFor(lang)), settingsFor(lang), (p) => `rendered ${p.code}`);

/** Every string leaf of an object. */
function leaves(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (x && typeof x === 'object') return Object.values(x).flatMap(leaves);
  return [];
}

describe.each(['en', 'nl'] as const)('every sheet plan (%s)', (lang) => {
  const plans = build(lang);

  it('produces the eight sheets with stable keys and valid, distinct names', () => {
    expect(plans.map((p) => p.key)).toEqual(['rmo.results', 'rmo.typology', 'rmo.roles', 'rmo.reactions', 'rmo.timeline', 'rmo.trajectories', 'rmo.review', 'rmo.problems']);
    for (const p of plans) {
      expect(p.name.length).toBeLessThanOrEqual(31);
      expect(p.name).not.toMatch(/[[\]:*?/\\]/);
      expect(isValidSheetName(p.name)).toBe(true);
    }
    expect(new Set(plans.map((p) => p.name.toLowerCase())).size).toBe(plans.length);
  });

  it('writes rectangular blocks and styles non-empty rectangles', () => {
    for (const p of plans) {
      for (const b of p.blocks) {
        expect(b.values.length).toBeGreaterThan(0);
        for (const r of b.values) expect(r.length).toBe(b.values[0].length);
      }
      for (const s of p.styles) expect(s.rect.rows > 0 && s.rect.cols > 0 && s.rect.row >= 0 && s.rect.col >= 0).toBe(true);
    }
  });

  it('never writes two blocks over the same cell', () => {
    for (const p of plans) {
      const seen = new Set<string>();
      for (const h of cells(p)) {
        const k = `${h.row},${h.col}`;
        expect(seen.has(k)).toBe(false);
        seen.add(k);
      }
    }
  });

  it('points every chart series at same-length one-column ranges of written values on its own sheet', () => {
    let series = 0;
    for (const p of plans) {
      for (const c of p.charts) {
        for (const s of c.series) {
          series++;
          expect(s.x.cols).toBe(1);
          expect(s.y.cols).toBe(1);
          expect(s.y.rows).toBe(s.x.rows);
          expect(s.x.rows).toBeGreaterThan(0);
          for (const [row, col] of [...rectCells(s.x), ...rectCells(s.y)]) expect(typeof cellAt(p, row, col)?.value).toBe('number');
          if (s.labels) {
            expect(s.labels.rows).toBe(s.x.rows);
            for (const [row, col] of rectCells(s.labels)) expect(typeof cellAt(p, row, col)?.value).toBe('string');
          }
        }
      }
    }
    // 3 matrices × 3 series + 4 timelines × 5 series (combined, two bounds, personal, business).
    expect(series).toBe(29);
  });

  it('flags every block that holds a supplier name as user text', () => {
    const names = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', FORMULA_NAME, PLUS_NAME];
    let found = 0;
    for (const p of plans) {
      for (const h of cells(p)) {
        if (typeof h.value === 'string' && names.some((n) => h.value === n || (h.value as string).startsWith(`${n} (`))) {
          found++;
          expect({ sheet: p.key, value: h.value, userText: h.block.userText }).toEqual({ sheet: p.key, value: h.value, userText: true });
        }
      }
    }
    expect(found).toBeGreaterThan(20);
  });
});

describe('language', () => {
  it('shows no English label in the Dutch report', () => {
    const en = catalogue('en');
    const nl = catalogue('nl');
    const nlStrings = new Set(leaves(nl));
    // English texts that differ from every Dutch one ("Type", "Prospect", "Butler" are the same in both).
    const englishOnly = leaves({ ...en, messages: {}, taskpane: {} }).filter((s) => !nlStrings.has(s) && !s.includes('{'));
    // The problems sheet quotes the user's own sheet names ("Suppliers"): user text, not our label.
    const userSheets = new Set(PROBLEMS.map((p) => p.sheet));
    const shown = build('nl').flatMap(texts).filter((t) => !userSheets.has(t));
    for (const t of shown) expect({ t, english: englishOnly.filter((e) => t === e || (e.length > 12 && t.includes(e))) }).toEqual({ t, english: [] });
    expect(shown).toEqual(expect.arrayContaining(['Leverancier', 'Steunpilaar', 'Wat zien we?', 'Wat gaan we hiermee doen?', 'Relatietypologie', 'Fout']));
  });

  it('uses the same keys but different names per language', () => {
    const en = build('en');
    const nl = build('nl');
    expect(nl.map((p) => p.key)).toEqual(en.map((p) => p.key));
    expect(nl.map((p) => p.name).filter((n, i) => n === en[i].name)).toEqual([]);
  });
});
