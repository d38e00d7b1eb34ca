/**
 * The Excel-facing wrappers, with a stand-in for the CustomFunctions global that the
 * Excel runtime provides (the real one only exists inside Excel).
 */
class FakeExcelError {
  constructor(
    public readonly code: string,
    public readonly message?: string,
  ) {}
}

const associated = new Map<string, unknown>();
const fakeGlobal = {
  Error: FakeExcelError,
  ErrorCode: { invalidValue: '#VALUE!' },
  associate: (id: string, f: unknown) => associated.set(id, f),
};

type FunctionsModule = typeof import('../../src/functions/functions');
let fns: FunctionsModule;

beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = fakeGlobal;
  jest.isolateModules(() => {
    fns = require('../../src/functions/functions') as FunctionsModule;
  });
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

afterEach(() => fns.setDefaultLanguage('en'));

describe('functions.ts on load', () => {
  it('associates every id with its function', () => {
    expect([...associated.keys()].sort()).toEqual(['ALPHA', 'APPRECIATION', 'ATTENTION', 'REACTION', 'ROLE', 'SCORE', 'STATUS', 'TYPE']);
    expect(associated.get('TYPE')).toBe(fns.relationshipType);
    expect(associated.get('STATUS')).toBe(fns.status);
  });

  it('loads without the global (Node, task pane) and does nothing then', () => {
    const saved = (globalThis as Record<string, unknown>).CustomFunctions;
    delete (globalThis as Record<string, unknown>).CustomFunctions;
    try {
      jest.isolateModules(() => {
        const m = require('../../src/functions/functions') as FunctionsModule;
        expect(typeof m.relationshipType).toBe('function');
      });
    } finally {
      (globalThis as Record<string, unknown>).CustomFunctions = saved;
    }
  });
});

describe('errors as Excel sees them', () => {
  it('returns labels, and #VALUE! with the message in the failing cells only', () => {
    const out = fns.relationshipType([[4, 'x']], [[4, 4]]);
    expect(out[0][0]).toBe('Pillar');
    expect(out[0][1]).toBeInstanceOf(FakeExcelError);
    expect(out[0][1]).toEqual(new FakeExcelError('#VALUE!', 'Expected a number, got "x".'));
  });

  it('throws #VALUE! with the message when the whole call is wrong', () => {
    expect(() => fns.managerRole([[1, 2]], [[1, 2, 3]])).toThrow(FakeExcelError);
    try {
      fns.reaction([[3]], [[3]], null, null, null, 'fr');
    } catch (e) {
      expect(e).toEqual(new FakeExcelError('#VALUE!', 'Unknown language "fr"; use "en" or "nl".'));
    }
    expect.assertions(2);
  });

  it('passes numbers and strings of the single-value functions through', () => {
    expect(fns.appreciation([[45000]], [[-4]], 45180, 180)).toBeCloseTo(-2, 10);
    expect(fns.status([[45000]], [[-7]], 45000, null, null, null, null, 'nl')).toBe('Kritisch');
    expect(fns.alpha([[1, 2], [2, 3], [3, 5]])).toBeCloseTo(36 / 38, 10);
    expect(fns.score([[1, 5]], [[1, 0]])).toEqual([[5]]);
    expect(fns.attention([[4]], [[2]], null, null, null, 'en')).toEqual([['High']]);
    expect(() => fns.alpha([[1, 2]])).toThrow(FakeExcelError);
  });

  it('follows the default language set by the task pane', () => {
    fns.setDefaultLanguage('nl');
    expect(fns.relationshipType([[4]], [[4]])).toEqual([['Steunpilaar']]);
    expect(fns.getDefaultLanguage()).toBe('nl');
  });

  it('is shared with another bundle\'s copy of the module (task pane and functions in one runtime)', () => {
    jest.isolateModules(() => {
      const taskpaneCopy = require('../../src/functions/language') as typeof import('../../src/functions/language');
      expect(taskpaneCopy.setDefaultLanguage('nl-NL')).toBe(true);
    });
    expect(fns.reaction([[5]], [[1]])).toEqual([['Vluchten']]);
  });
});
