import { catalogue, format, formatFixed, formatNumber, parseLanguage, languageFromLocale, message } from '../../src/i18n';

/** Flattens a catalogue into path → string so both languages can be compared leaf by leaf. */
function leaves(x: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof x === 'string') out.set(path, x);
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) for (const [p, s] of leaves(v, `${path}.${k}`)) out.set(p, s);
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  const en = leaves(catalogue('en'));
  const nl = leaves(catalogue('nl'));

  it('has the same texts in both languages, none empty', () => {
    expect([...nl.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [k, s] of [...en, ...nl]) expect({ k, empty: s.trim() === '' }).toEqual({ k, empty: false });
  });

  it('uses the same placeholders in both languages', () => {
    for (const [k, s] of en) expect({ k, p: placeholders(nl.get(k) ?? '') }).toEqual({ k, p: placeholders(s) });
  });

  it('carries the domain labels in Dutch', () => {
    const c = catalogue('nl');
    expect(c.types).toEqual({ pillar: 'Steunpilaar', prospect: 'Prospect', hostage: 'Gegijzelde', freeRider: 'Meelifter' });
    expect(c.reactions).toEqual({ voice: 'Vechten', loyalty: 'Trouw', neglect: 'Verwaarlozing', exit: 'Vluchten' });
    expect(c.roles.representative).toBe('Vertegenwoordiger');
  });

  it('formats placeholders and leaves unknown ones visible', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(message('nl', 'scoreOutOfRange', { value: 7, min: 1, max: 5 })).toBe('Score 7 valt buiten de schaal 1–5.');
  });

  it('parses language arguments and locales', () => {
    expect(parseLanguage(' NL ')).toBe('nl');
    expect(parseLanguage('nl-BE')).toBe('nl');
    expect(parseLanguage('en-GB')).toBe('en');
    expect(parseLanguage('fr')).toBeUndefined();
    expect(languageFromLocale('nl-NL')).toBe('nl');
    expect(languageFromLocale('de-DE')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });
});

describe('number formatting', () => {
  it('rounds to at most the given decimals and writes a Dutch decimal comma', () => {
    expect(formatNumber(3.14159, 'en')).toBe('3.14');
    expect(formatNumber(3.14159, 'nl')).toBe('3,14');
    expect(formatNumber(2.5, 'nl', 6)).toBe('2,5');
    expect(formatNumber(4, 'en')).toBe('4');
    expect(formatFixed(-1, 'en', 1)).toBe('-1.0');
    expect(formatFixed(2.25, 'nl', 1)).toBe('2,3'); // toFixed rounds 2.25 up
    expect(formatFixed(-0.04, 'en', 1)).toBe('0.0');
  });
});
