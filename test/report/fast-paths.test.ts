import fc from 'fast-check';
import { computeTimeline, DEFAULT_APPRECIATION, RELATIONSHIP_TYPES, RelationshipType, valueAt } from '../../src/model';
import { naturalCompare, SupplierResult } from '../../src/analysis';
import { fitColumn, fitWidth, fitWidthOf, MAX_DRAWN_INCIDENT_DAYS, MAX_SAMPLES_PER_SUPPLIER, timelineSamples, wrappedLines } from '../../src/report';
import { byName, byType, sortedIfNeeded } from '../../src/report/sort';

/** The plain split-on-newline-then-space version of the wrapping rule: the reference for the one-pass scan. */
function referenceLines(text: string, width: number): number {
  const usable = Math.max(1, width);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const need = line === 0 ? word.length : line + 1 + word.length;
      if (need <= usable) line = need;
      else {
        lines += line === 0 ? 0 : 1;
        lines += Math.floor(Math.max(0, word.length - 1) / usable);
        line = word.length % usable || usable;
      }
    }
  }
  return lines;
}

describe('wrappedLines', () => {
  it('agrees with splitting into paragraphs and words, for any text and width', () => {
    const text = fc.array(fc.constantFrom('a', 'bb', 'cccccccccc', ' ', '  ', '\n'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.integer({ min: 0, max: 30 }), (t, w) => wrappedLines(t, w) === referenceLines(t, w)), { numRuns: 2000 });
  });

  it('counts a short single line as one line', () => {
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('ten chars!', 10)).toBe(1);
    expect(wrappedLines('eleven char', 10)).toBe(2);
  });
});

describe('fitWidthOf and fitColumn', () => {
  it('give the same width as fitWidth over all texts', () => {
    const rows = [['Alpha', 'x'], ['A much longer supplier name', null], ['B', 'yy']];
    expect(fitColumn(rows, 0, 'Supplier', 8, 60)).toBe(fitWidth(['Supplier', 'Alpha', 'A much longer supplier name', 'B'], 8, 60));
    expect(fitColumn(rows, 1, 'H', 1, 60)).toBe(4); // "yy" + 2 padding
    expect(fitWidthOf(rows, (r) => r[0], ['Supplier'], 8, 20)).toBe(20);
    expect(fitWidthOf([], (r: string) => r, ['Supplier'], 8, 60)).toBe(10);
  });
});

describe('timelineSamples', () => {
  it(`draws only the latest ${MAX_DRAWN_INCIDENT_DAYS} incident days of a long history, with exact values`, () => {
    // 300 incident days, 10 days apart, alternating -3 and +2.
    const incidents = Array.from({ length: 300 }, (_, k) => ({ day: 1000 + 10 * k, impact: k % 2 ? 2 : -3 }));
    const t = computeTimeline(incidents, DEFAULT_APPRECIATION, 1000 + 10 * 299 + 50);
    const samples = timelineSamples(t);
    expect(samples.length).toBeLessThanOrEqual(MAX_SAMPLES_PER_SUPPLIER);
    // The first drawn incident is number 200 (zero-based): its step before → after.
    expect(samples[0]).toEqual({ day: 1000 + 10 * 200, value: t.points[200].before, before: true });
    expect(samples[1]).toEqual({ day: 1000 + 10 * 200, value: t.points[200].after });
    // Every incident from there on has its two points; nothing before it is drawn.
    const days = new Set(samples.map((p) => p.day));
    for (let k = 200; k < 300; k++) expect(days.has(1000 + 10 * k)).toBe(true);
    expect(samples.every((p) => p.day >= 1000 + 10 * 200)).toBe(true);
    // Decay samples between incidents follow the whole timeline; the last one is the as-of value.
    for (const p of samples) if (!t.points.some((q) => q.day === p.day)) expect(p.value).toBeCloseTo(valueAt(t, p.day), 12);
    expect(samples[samples.length - 1]).toEqual({ day: t.asOf, value: t.value });
  });

  it('stays under the cap for any history', () => {
    const incidents = fc.array(fc.record({ day: fc.integer({ min: 0, max: 5000 }), impact: fc.integer({ min: -9, max: 9 }) }), { minLength: 1, maxLength: 400 });
    fc.assert(
      fc.property(incidents, fc.integer({ min: 0, max: 2000 }), (inc, extra) => {
        const last = Math.max(...inc.map((i) => i.day));
        return timelineSamples(computeTimeline(inc, DEFAULT_APPRECIATION, last + extra)).length <= MAX_SAMPLES_PER_SUPPLIER;
      }),
      { numRuns: 200 },
    );
  });
});

describe('supplier order', () => {
  const supplier = (name: string, type?: RelationshipType): SupplierResult => ({ supplier: name, type }) as unknown as SupplierResult;
  const suppliers = fc.array(
    fc.tuple(fc.constantFrom('Acme', 'acme', 'Beta 2', 'Beta 10', 'Café', 'Cafe', 'Zed', '+31', '=X'), fc.option(fc.constantFrom(...RELATIONSHIP_TYPES), { nil: undefined })),
    { maxLength: 30 },
  );

  it('groups by type, then natural name order, equal names keeping their input order', () => {
    fc.assert(
      fc.property(suppliers, (pairs) => {
        const list = pairs.map(([n, t]) => supplier(n, t));
        const rank = (s: SupplierResult) => (s.type ? RELATIONSHIP_TYPES.indexOf(s.type) : RELATIONSHIP_TYPES.length);
        // Reference: one stable sort on (type rank, name).
        const expected = list.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || naturalCompare(a.s.supplier, b.s.supplier) || a.i - b.i).map((x) => x.s);
        const got = byType(list);
        return got.length === expected.length && got.every((s, i) => s === expected[i]);
      }),
    );
  });

  it('sorts by name once per list and returns the same order again', () => {
    const list = [supplier('Beta 10'), supplier('Beta 2'), supplier('Acme')];
    expect(byName(list).map((s) => s.supplier)).toEqual(['Acme', 'Beta 2', 'Beta 10']);
    expect(byName(list)).toBe(byName(list));
    expect(list.map((s) => s.supplier)).toEqual(['Beta 10', 'Beta 2', 'Acme']);
  });

  it('sortedIfNeeded returns a sorted copy, sorted input or not', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 })), fc.boolean(), (xs, presort) => {
        const input = presort ? [...xs].sort((a, b) => a - b) : xs;
        const out = sortedIfNeeded(input, (a, b) => a - b);
        return out !== input && out.join() === [...xs].sort((a, b) => a - b).join();
      }),
    );
  });
});
