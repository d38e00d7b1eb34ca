/**
 * Issue 6: the business-incident remedy ("decide on parting ways") fired for a pillar
 * whose problem was solved. Guide 002 (seeds/002_d026d2f7336120e2.txt), on business
 * incidents (its category 3):
 *   "Op het moment dat RelatieManagement zorgt dat doelen op elkaar afgestemd blijven
 *    wordt er voor incidenten uit de categorie 3 meestal wel een oplossing gevonden."
 *   "Op het moment dat doelen ook maar iets afwijken, beginnen het soort incidenten uit
 *    categorie 3 de relatie te ondergraven."
 *   "De remedie ... is daarom om doelen op elkaar afgestemd te houden. Als dat niet
 *    mogelijk is, is het tijd voor besluitvorming over afscheid nemen."
 * So: a relationship that holds gets "keep the goals aligned"; parting ways is only
 * named where the business incidents undermine it.
 */
import { analyse, Settings } from '../../src/analysis';
import type { IncidentRow, SupplierRow } from '../../src/input/types';
import { reviewTexts } from '../../src/report';
import { inc, input, JAN1, NO_DECAY, sup } from '../analysis/fixtures';

const EN: Settings = { ...NO_DECAY, asOf: JAN1 + 90 };
const NL: Settings = { ...EN, language: 'nl' };
const business = (supplier: string, day: number, impact: number): IncidentRow => ({ ...inc(supplier, day, impact), category: 'business' });

/** Pillar (affective 4, calculative 4) with voice (active 4, constructive 4) unless told otherwise. */
const pillar = (name: string, period: string, over: Partial<SupplierRow> = {}) =>
  sup(name, { period, affective: 4, calculative: 4, activity: 4, constructiveness: 4, ...over });

const data = input({
  suppliers: [
    // Solved: pillar in both quarters, a late delivery (-7) and the fix (+5) → -2 on the as-of day.
    pillar('Solved', '2025-Q1'),
    pillar('Solved', '2025-Q2'),
    // Still below the critical bound: -7 and nothing since.
    pillar('Unsolved', '2025-Q1'),
    pillar('Unsolved', '2025-Q2'),
    // Problem solved in the numbers, but the pillar slid to hostage (affective 2): the goals are drifting apart.
    pillar('Sliding', '2025-Q1'),
    pillar('Sliding', '2025-Q2', { affective: 2 }),
    // Solved in the numbers, but the partner reacts with exit (active 4, destructive 2).
    pillar('Leaving', '2025-Q1'),
    pillar('Leaving', '2025-Q2', { constructiveness: 2 }),
  ],
  incidents: [
    business('Solved', JAN1 + 10, -7),
    business('Solved', JAN1 + 40, 5),
    business('Unsolved', JAN1 + 10, -7),
    business('Sliding', JAN1 + 10, -7),
    business('Sliding', JAN1 + 40, 5),
    business('Leaving', JAN1 + 10, -7),
    business('Leaving', JAN1 + 40, 5),
  ],
});
const texts = (name: string, s: Settings) => reviewTexts(analyse(data, s).suppliers.find((x) => x.supplier === name)!, s);

describe('review: the business-incident remedy follows guide 002', () => {
  it('advises a pillar whose business problem was solved to keep the goals aligned, without parting ways', () => {
    const en = texts('Solved', EN);
    expect(en.see).toContain('Most of the negative impact comes from business incidents: -7 of -7.');
    expect(en.do).toContain('Keep the goals of both parties aligned: while they are, business incidents such as late deliveries or disputed invoices usually get solved.');
    expect(en.do).not.toMatch(/parting ways/);
    const nl = texts('Solved', NL);
    expect(nl.do).toContain('De doelen van beide partijen op elkaar afgestemd houden');
    expect(nl.do).not.toMatch(/afscheid/);
  });

  it.each([
    ['Unsolved', 'the appreciation is still below the critical bound'],
    ['Sliding', 'the pillar moved to a worse quadrant'],
    ['Leaving', 'the partner reacts with exit'],
  ])('names parting ways, where the goals cannot be aligned again, for %s (%s)', (name) => {
    const en = texts(name, EN);
    expect(en.do).toMatch(/undermine the relationship once they diverge/);
    expect(en.do).toMatch(/Where the goals cannot be aligned again, decide on parting ways\./);
    expect(en.do).not.toMatch(/Keep the goals of both parties aligned/);
    expect(texts(name, NL).do).toMatch(/tijd om te besluiten over afscheid nemen/);
  });
});
