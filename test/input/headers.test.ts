import { matchHeader, matchHeaderRow, normalizeHeader } from '../../src/input';
import type { Field } from '../../src/input';

describe('header aliases', () => {
  const cases: [string, Field][] = [
    ['Supplier', 'supplier'],
    ['Leverancier', 'supplier'],
    ['Vendor', 'supplier'],
    ['Dienstverlener', 'supplier'],
    ['Partner', 'supplier'],
    ['Period', 'period'],
    ['Periode', 'period'],
    ['Affective commitment', 'affective'],
    ['Affectieve betrokkenheid', 'affective'],
    ['Affective', 'affective'],
    ['Affectief', 'affective'],
    ['Calculative commitment', 'calculative'],
    ['Berekende betrokkenheid', 'calculative'],
    ['Calculative', 'calculative'],
    ['Berekend', 'calculative'],
    ['Activity', 'activity'],
    ['Activiteit', 'activity'],
    ['Constructiveness', 'constructiveness'],
    ['Constructiviteit', 'constructiveness'],
    ['Service orientation', 'service'],
    ['Servicegerichtheid', 'service'],
    ['Service', 'service'],
    ['Service invalshoek', 'service'],
    ['Business orientation', 'business'],
    ['Businessgerichtheid', 'business'],
    ['Business', 'business'],
    ['Business invalshoek', 'business'],
    ['Relationship manager', 'manager'],
    ['Relatiemanager', 'manager'],
    ['Manager', 'manager'],
    ['Date', 'date'],
    ['Datum', 'date'],
    ['Category', 'category'],
    ['Categorie', 'category'],
    ['Impact', 'impact'],
    ['Description', 'description'],
    ['Omschrijving', 'description'],
    ['Beschrijving', 'description'],
  ];
  it.each(cases)('"%s" → %s', (text, field) => {
    expect(matchHeader(text)).toBe(field);
  });

  it.each([
    ['  LEVERANCIER  ', 'supplier'],
    ['affectieve_betrokkenheid', 'affective'],
    ['AffectieveBetrokkenheid', 'affective'],
    ['Affectieve   Betrokkenheid', 'affective'],
    ['Service-invalshoek', 'service'],
    ['Service gerichtheid', 'service'],
    ['Catégorie', 'category'],
    ['Relatie-manager:', 'manager'],
    ['BUSINESS ORIENTATION', 'business'],
    ['Impact (-5..+5)', 'impact'],
    ['Affectief [1-5]', 'affective'],
  ])('ignores case, spaces, accents and punctuation: "%s" → %s', (text, field) => {
    expect(matchHeader(text)).toBe(field);
  });

  it.each(['Naam', 'Opmerking', '', 'Score', 'Datum van invoer'])('does not match unrelated header "%s"', (text) => {
    expect(matchHeader(text)).toBeUndefined();
  });

  it('normalizes to lower-case letters and digits only', () => {
    expect(normalizeHeader(' Ça-va Été 2! ')).toBe('cavaete2');
  });
});

describe('matchHeaderRow', () => {
  it('maps each field to its column index, first match wins', () => {
    const m = matchHeaderRow(['Leverancier', 'Notes', 'Affectief', 'Affective commitment', 'Berekend']);
    expect(Object.fromEntries(m)).toEqual({ supplier: 0, affective: 2, calculative: 4 });
  });

  it('lets an explicit column mapping win over aliases', () => {
    const m = matchHeaderRow(['Naam', 'Leverancier', 'Warmte', 'Berekend'], { supplier: 'naam', affective: 'WARMTE' });
    expect(Object.fromEntries(m)).toEqual({ supplier: 0, affective: 2, calculative: 3 });
  });

  it('falls back to aliases when the mapped header is absent', () => {
    const m = matchHeaderRow(['Leverancier', 'Datum'], { supplier: 'Naam' });
    expect(Object.fromEntries(m)).toEqual({ supplier: 0, date: 1 });
  });

  it('can map a column to a field other than its alias', () => {
    const m = matchHeaderRow(['Partner', 'Supplier'], { supplier: 'Supplier', manager: 'Partner' });
    expect(Object.fromEntries(m)).toEqual({ supplier: 1, manager: 0 });
  });
});
