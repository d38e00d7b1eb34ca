import { initialLanguage, LANGUAGE_STORAGE_KEY, saveLanguage } from '../../src/taskpane/languageStore';

/** Minimal stand-ins for the browser's localStorage and Office.js's display language. */
function setUp(displayLanguage: string | undefined, stored?: string): Map<string, string> {
  const items = new Map<string, string>(stored ? [[LANGUAGE_STORAGE_KEY, stored]] : []);
  const g = globalThis as Record<string, unknown>;
  g.localStorage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
  g.Office = displayLanguage === undefined ? undefined : { context: { displayLanguage } };
  return items;
}

afterEach(() => {
  const g = globalThis as Record<string, unknown>;
  delete g.localStorage;
  delete g.Office;
});

describe('language store', () => {
  it('starts in Office display language when nothing is stored', () => {
    setUp('nl-NL');
    expect(initialLanguage()).toBe('nl');
    setUp('fr-FR');
    expect(initialLanguage()).toBe('en');
  });

  it('falls back to English without Office or storage', () => {
    setUp(undefined);
    delete (globalThis as Record<string, unknown>).localStorage;
    expect(initialLanguage()).toBe('en');
  });

  it('a saved choice wins over the display language', () => {
    const items = setUp('en-US');
    saveLanguage('nl');
    expect(items.get(LANGUAGE_STORAGE_KEY)).toBe('nl');
    expect(initialLanguage()).toBe('nl');
  });

  it('survives storage that throws', () => {
    setUp('nl-BE');
    (globalThis as Record<string, unknown>).localStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => saveLanguage('en')).not.toThrow();
    expect(initialLanguage()).toBe('nl');
  });
});
