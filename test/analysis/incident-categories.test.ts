import { analyse, DEFAULT_SETTINGS, dominantNegativeCategory, IncidentCategoryTallies, NO_INCIDENT_TALLIES, Settings, tallyCategories, totalNegative } from '../../src/analysis';
import type { IncidentCategory } from '../../src/i18n/catalogue';
import type { IncidentRow } from '../../src/input/types';
import { inc, input, JAN1, sup } from './fixtures';

const cat = (category: IncidentCategory | undefined, supplier: string, day: number, impact: number): IncidentRow => ({ ...inc(supplier, day, impact), category });

describe('incident categories per supplier', () => {
  const asOf = JAN1 + 30;
  const settings: Settings = { ...DEFAULT_SETTINGS, asOf };
  const incidents = [
    cat('business', 'Acme', JAN1, -3),
    cat('business', 'Acme', JAN1 + 5, 2),
    cat('business', 'Acme', JAN1 + 10, -1.5),
    cat('interpersonal', 'Acme', JAN1 + 20, -4),
    cat('external', 'Acme', JAN1 + 25, 1),
    cat(undefined, 'Acme', JAN1 + 12, 0),
    cat(undefined, 'acme ', asOf, -2), // on the as-of day: counted; same supplier by name key
    cat('business', 'Acme', asOf + 1, -5), // after the as-of day: left out, like the timeline does
    cat('external', 'Acme', JAN1 + 60, -9),
    cat('external', 'Sunny', JAN1, 4),
  ];
  const r = analyse(input({ suppliers: [sup('Acme', { calculative: 4, affective: 4 }), sup('Quiet', { calculative: 4, affective: 4 })], incidents }), settings);
  const of = (name: string) => r.suppliers.find((s) => s.supplier === name)!;

  it('counts and sums negative and positive impacts per category up to the as-of day', () => {
    expect(of('Acme').incidentCategories).toEqual({
      // -3 and -1.5 negative, +2 positive; the -5 on as-of+1 is out.
      business: { count: 3, negative: -4.5, positive: 2 },
      interpersonal: { count: 1, negative: -4, positive: 0 },
      // +1 counted; the -9 on day 60 is out.
      external: { count: 1, negative: 0, positive: 1 },
      // A zero impact counts as an incident and changes neither sum.
      uncategorised: { count: 2, negative: -2, positive: 0 },
    });
    // The timeline leaves out the same two incidents.
    expect(of('Acme').timeline?.ignoredAfterAsOf).toBe(2);
  });

  it('gives zero tallies to suppliers without incidents and counts each supplier apart', () => {
    expect(of('Quiet').incidentCategories).toEqual(NO_INCIDENT_TALLIES);
    expect(of('Sunny').incidentCategories?.external).toEqual({ count: 1, negative: 0, positive: 4 });
    expect(of('Sunny').incidentCategories?.business.count).toBe(0);
  });

  it('counts every incident when no as-of day is set (the timeline then ends on the last incident)', () => {
    const all = analyse(input({ incidents: [cat('business', 'B', JAN1, -1), cat('business', 'B', JAN1 + 400, -2)] }), DEFAULT_SETTINGS);
    expect(all.suppliers[0].incidentCategories?.business).toEqual({ count: 2, negative: -3, positive: 0 });
  });

  it('finds the category with the most negative impact and the total negative impact', () => {
    const t = of('Acme').incidentCategories!;
    expect(dominantNegativeCategory(t)).toBe('business'); // -4.5 beats -4 and -2
    expect(totalNegative(t)).toBe(-10.5);
    // Only positive impacts, or none: no dominant category.
    expect(dominantNegativeCategory(of('Sunny').incidentCategories!)).toBeUndefined();
    expect(dominantNegativeCategory(NO_INCIDENT_TALLIES)).toBeUndefined();
  });

  it('breaks a tie in guide order (external, interpersonal, business, uncategorised) and can name the uncategorised bucket', () => {
    const tie: IncidentCategoryTallies = tallyCategories([cat('business', 'X', 1, -3), cat('interpersonal', 'X', 2, -3), cat(undefined, 'X', 3, -1)], 10);
    expect(dominantNegativeCategory(tie)).toBe('interpersonal');
    const loose = tallyCategories([cat('business', 'X', 1, -1), cat(undefined, 'X', 2, -6), cat(undefined, 'X', 3, 2)], 10);
    expect(dominantNegativeCategory(loose)).toBe('uncategorised');
    expect(totalNegative(loose)).toBe(-7);
  });

  it('counts nothing without an as-of day', () => {
    expect(tallyCategories([cat('business', 'X', 1, -1)], undefined)).toEqual(NO_INCIDENT_TALLIES);
  });
});
