import { analyse, AnalysisResult, Settings } from '../../src/analysis';
import type { IncidentCategory } from '../../src/i18n/catalogue';
import type { IncidentRow } from '../../src/input/types';
import { reviewTexts, TIMELINE_LAYOUT, timelineSheet } from '../../src/report';
import { inc, input, JAN1, NO_DECAY } from '../analysis/fixtures';
import { cellAt } from './plan-helpers';

const cat = (category: IncidentCategory | undefined, supplier: string, day: number, impact: number): IncidentRow => ({ ...inc(supplier, day, impact), category });

// No decay, as of day 30: appreciation is the plain sum of the impacts up to that day.
const EN: Settings = { ...NO_DECAY, asOf: JAN1 + 30 };
const NL: Settings = { ...EN, language: 'nl' };

const incidents = [
  // Kilo: business -8 and -1, interpersonal +2, uncategorised -1; the external -1 on day 40 is after the as-of day.
  cat('business', 'Kilo', JAN1, -8),
  cat('business', 'Kilo', JAN1 + 5, -1),
  cat('interpersonal', 'Kilo', JAN1 + 10, 2),
  cat(undefined, 'Kilo', JAN1 + 20, -1),
  cat('external', 'Kilo', JAN1 + 40, -1),
  // Lima: one positive external incident only.
  cat('external', 'Lima', JAN1, 3),
  // Mike: interpersonal -3 beats business -2.
  cat('interpersonal', 'Mike', JAN1, -3),
  cat('business', 'Mike', JAN1 + 1, -2),
  // November: external -2.5 beats business -1.
  cat('external', 'November', JAN1, -2.5),
  cat('business', 'November', JAN1 + 1, -1),
  // Oscar: uncategorised -4 beats business -1.
  cat(undefined, 'Oscar', JAN1, -4),
  cat('business', 'Oscar', JAN1 + 1, -1),
  // Papa: positive before the as-of day, the negative one after it.
  cat('business', 'Papa', JAN1, 2),
  cat('business', 'Papa', JAN1 + 40, -6),
  // Quebec: negative, but no category recorded at all.
  cat(undefined, 'Quebec', JAN1, -3),
];

const run = (s: Settings): AnalysisResult => analyse(input({ incidents }), s);
const texts = (name: string, s: Settings) => reviewTexts(run(s).suppliers.find((x) => x.supplier === name)!, s);

describe('appreciation summary: incidents per category', () => {
  const S = TIMELINE_LAYOUT.summaryCol;
  const rowOf = (p: ReturnType<typeof timelineSheet>, name: string): number => {
    for (let r = TIMELINE_LAYOUT.firstRow; r < 40; r++) if (cellAt(p, r, S)?.value === name) return r;
    throw new Error(`no summary row for ${name}`);
  };

  it('puts the category counts under their own headers, right after Incidents, in English', () => {
    const p = timelineSheet(run(EN), EN);
    expect([1, 2, 3, 4, 5].map((j) => cellAt(p, TIMELINE_LAYOUT.headerRow, S + j)?.value)).toEqual(['Incidents', 'External', 'Interpersonal', 'Business', 'Appreciation']);
    const kilo = rowOf(p, 'Kilo');
    // Incidents counts all five; the per-category counts only those up to the as-of day (the uncategorised one has no column).
    expect([1, 2, 3, 4, 5].map((j) => cellAt(p, kilo, S + j)?.value)).toEqual([5, 0, 1, 2, -8]);
    const lima = rowOf(p, 'Lima');
    expect([1, 2, 3, 4, 5].map((j) => cellAt(p, lima, S + j)?.value)).toEqual([1, 1, 0, 0, 3]);
    const mike = rowOf(p, 'Mike');
    expect([2, 3, 4].map((j) => cellAt(p, mike, S + j)?.value)).toEqual([0, 1, 1]);
    // Every summary column gets a width.
    for (let j = 0; j <= 10; j++) expect(p.columnWidths[S + j]).toBeGreaterThan(0);
  });

  it('labels the category columns in Dutch when asked', () => {
    const p = timelineSheet(run(NL), NL);
    expect([1, 2, 3, 4, 5].map((j) => cellAt(p, TIMELINE_LAYOUT.headerRow, S + j)?.value)).toEqual(['Incidenten', 'Extern', 'Interpersoonlijk', 'Zakelijk', 'Waardering']);
    expect([2, 3, 4].map((j) => cellAt(p, rowOf(p, 'November'), S + j)?.value)).toEqual([1, 0, 1]);
  });

  it('keeps the excursions table clear of the wider summary', () => {
    const p = timelineSheet(run(EN), EN);
    expect(TIMELINE_LAYOUT.excursionCol).toBeGreaterThan(S + 18);
    expect(cellAt(p, TIMELINE_LAYOUT.headerRow, S + 10)?.value).toBe('Prolonged');
    // Then the two appreciations of guide 002, goal changes and whom the incidents hit.
    expect(cellAt(p, TIMELINE_LAYOUT.headerRow, S + 11)?.value).toBe('Personal appreciation');
    expect(cellAt(p, TIMELINE_LAYOUT.headerRow, S + 17)?.value).toBe('Hit the supplier');
    expect(cellAt(p, TIMELINE_LAYOUT.headerRow, S + 18)).toBeUndefined();
    expect(cellAt(p, TIMELINE_LAYOUT.headerRow, TIMELINE_LAYOUT.excursionCol + 1)?.value).toBe('Side');
  });
});

describe('review: the incident category with the most negative impact', () => {
  it('names business incidents and advises on aligned goals or parting ways, in English and Dutch', () => {
    // Negative up to day 30: business -9, uncategorised -1 → -10 in total; the external -1 is later.
    const en = texts('Kilo', EN);
    expect(en.see).toContain('Most of the negative impact comes from business incidents: -9 of -10.');
    expect(en.do).toMatch(/goals of both parties are still aligned/);
    expect(en.do).toMatch(/undermine the relationship once they diverge/);
    expect(en.do).toMatch(/decide on parting ways/);
    const nl = texts('Kilo', NL);
    expect(nl.see).toContain('De meeste negatieve impact komt van zakelijke incidenten: -9 van -10.');
    expect(nl.do).toMatch(/doelen van beide partijen nog op elkaar zijn afgestemd/);
    expect(nl.do).toMatch(/besluiten over afscheid nemen/);
    expect(nl.do).not.toMatch(/parting ways/);
  });

  it('names interpersonal incidents and advises on cooperation and contact persons', () => {
    const en = texts('Mike', EN);
    expect(en.see).toContain('interpersonal incidents: -3 of -5.');
    expect(en.do).toMatch(/cooperation/);
    expect(en.do).toMatch(/contact persons/);
    expect(en.do).not.toMatch(/parting ways/);
    const nl = texts('Mike', NL);
    expect(nl.see).toContain('interpersoonlijke incidenten: -3 van -5.');
    expect(nl.do).toMatch(/contactpersonen/);
  });

  it('names external incidents and advises to revisit both parties\u2019 business goals', () => {
    const en = texts('November', EN);
    expect(en.see).toContain('external incidents: -2.5 of -3.5.');
    expect(en.do).toMatch(/Revisit the business goals of both parties/);
    const nl = texts('November', NL);
    expect(nl.see).toContain('externe incidenten: -2,5 van -3,5.'); // Dutch decimal comma
    expect(nl.do).toMatch(/businessdoelen van beide partijen opnieuw bespreken/);
  });

  it('asks to record categories when incidents without one weigh most', () => {
    const en = texts('Oscar', EN);
    expect(en.see).toContain('incidents without a category: -4 of -5.');
    expect(en.do).toMatch(/Record a category for each incident/);
    expect(texts('Oscar', NL).do).toMatch(/categorie vastleggen/);
  });

  it('says nothing about categories without negative incidents up to the as-of day, or without any category', () => {
    const silentEn = [/negative impact/, /parting ways/, /contact persons/, /goals of both parties/, /Record a category/];
    const silentNl = [/negatieve impact/, /afscheid nemen/, /contactpersonen/, /doelen van beide partijen/, /categorie vastleggen/];
    // Lima: only positive. Papa: its negative incident is after the as-of day. Quebec: negative, but no categories used.
    for (const name of ['Lima', 'Papa', 'Quebec']) {
      const en = texts(name, EN);
      const nl = texts(name, NL);
      for (const re of silentEn) expect(`${en.see} ${en.do}`).not.toMatch(re);
      for (const re of silentNl) expect(`${nl.see} ${nl.do}`).not.toMatch(re);
    }
  });
});
