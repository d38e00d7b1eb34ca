import { DEFAULT_STORED, parseStoredSettings, serialiseSettings, StoredSettings } from '../../src/taskpane/storedSettings';
import { loadStoredSettings, memorySettingsStore, openWorkbookSettingsStore, saveStoredSettings, SettingsStore } from '../../src/taskpane/settingsStore';
import { FakeExcel } from '../excel/fake-excel';
import type { Settings } from '../../src/analysis/settings';

// The defaults written out by hand (README's settings table), not taken from DEFAULT_SETTINGS.
const DEFAULTS: StoredSettings = {
  settings: {
    scale: { min: 1, max: 5, split: 3 },
    impactMin: -5,
    impactMax: 5,
    appreciation: { halfLifeDays: 0, critical: -6, euphoria: 6, prolongedDays: 60 },
  },
  columns: {},
};

/** A 1–7 survey with its own split, narrower impacts, other bounds, a fixed date and two header overrides. */
const SEVEN = `{
  "version": 1,
  "scale": { "min": 1, "max": 7, "split": 4.5 },
  "impactMin": -3,
  "impactMax": 3,
  "appreciation": { "halfLifeDays": 90, "critical": -4, "euphoria": 8, "prolongedDays": 30 },
  "asOf": 45382,
  "columns": { "supplier": "Vendor", "impact": "Weight" }
}`;

const SEVEN_PARSED: StoredSettings = {
  settings: {
    scale: { min: 1, max: 7, split: 4.5 },
    impactMin: -3,
    impactMax: 3,
    appreciation: { halfLifeDays: 90, critical: -4, euphoria: 8, prolongedDays: 30 },
    asOf: 45382,
  },
  columns: { supplier: 'Vendor', impact: 'Weight' },
};

describe('parseStoredSettings', () => {
  it('reads a complete, valid value (as text and as an already parsed object)', () => {
    expect(parseStoredSettings(SEVEN)).toEqual(SEVEN_PARSED);
    expect(parseStoredSettings(JSON.parse(SEVEN))).toEqual(SEVEN_PARSED);
  });

  it('gives the defaults when nothing is stored or the text is not JSON or not an object', () => {
    for (const v of [undefined, null, '', '{"version": 1, "scale": ', '42', '[1, 7]', '"1-7"', 17]) {
      expect(parseStoredSettings(v)).toEqual(DEFAULTS);
    }
    expect(DEFAULT_STORED).toEqual(DEFAULTS);
  });

  it('fills each missing field with its default and keeps the ones present', () => {
    expect(parseStoredSettings('{"version": 1, "scale": {"min": 0, "max": 10}, "appreciation": {"critical": -2}}')).toEqual({
      settings: {
        scale: { min: 0, max: 10, split: 5 }, // no split stored: the midpoint of 0–10
        impactMin: -5,
        impactMax: 5,
        appreciation: { halfLifeDays: 0, critical: -2, euphoria: 6, prolongedDays: 60 },
      },
      columns: {},
    });
  });

  it('replaces each field of the wrong type or out of range by its default, keeping the rest', () => {
    const stored = {
      version: 1,
      scale: { min: '1', max: 7 }, // min as text: the whole scale falls back
      impactMin: -2,
      impactMax: 'high',
      appreciation: { halfLifeDays: -1, critical: 3, euphoria: 9, prolongedDays: null },
      asOf: '2024-03-31',
      columns: { supplier: 42, period: '  Quarter ', nonsense: 'x', impact: '   ' },
    };
    expect(parseStoredSettings(JSON.stringify(stored))).toEqual({
      settings: {
        scale: { min: 1, max: 5, split: 3 },
        impactMin: -2, // kept: -2 is still below the default maximum 5
        impactMax: 5,
        // negative half-life and a positive critical bound are invalid; euphoria 9 is fine
        appreciation: { halfLifeDays: 0, critical: -6, euphoria: 9, prolongedDays: 60 },
      },
      columns: { period: 'Quarter' },
    });
  });

  it('rejects a scale the model rejects, and an impact range that is empty once the defaults fill in', () => {
    const parsed = parseStoredSettings({ version: 1, scale: { min: 1, max: 7, split: 9 }, impactMin: 6, asOf: 12.5 });
    expect(parsed.settings.scale).toEqual({ min: 1, max: 5, split: 3 });
    // 6 is not below the default maximum 5: both bounds go back to the defaults.
    expect([parsed.settings.impactMin, parsed.settings.impactMax]).toEqual([-5, 5]);
    expect(parsed.settings.asOf).toBeUndefined(); // half a day is no date
    expect(parseStoredSettings({ scale: { min: 5, max: 5 } }).settings.scale).toEqual({ min: 1, max: 5, split: 3 });
  });

  it('reads an unversioned (older) value field by field, but ignores one from a newer version as a whole', () => {
    expect(parseStoredSettings({ scale: { min: 1, max: 7 } }).settings.scale).toEqual({ min: 1, max: 7, split: 4 });
    expect(parseStoredSettings(SEVEN.replace('"version": 1', '"version": 2'))).toEqual(DEFAULTS);
  });
});

describe('serialiseSettings', () => {
  const settings: Settings = { language: 'nl', ...SEVEN_PARSED.settings };

  it('writes a versioned JSON text without the language (a per-user choice)', () => {
    const json = JSON.parse(serialiseSettings(settings, { supplier: 'Vendor', impact: 'Weight' }));
    expect(json).toEqual(JSON.parse(SEVEN));
    expect(json).not.toHaveProperty('language');
  });

  it('round trips: what is saved reads back the same', () => {
    expect(parseStoredSettings(serialiseSettings(settings, SEVEN_PARSED.columns))).toEqual(SEVEN_PARSED);
    const noDate: Settings = { language: 'en', ...DEFAULTS.settings };
    expect(parseStoredSettings(serialiseSettings(noDate, {}))).toEqual(DEFAULTS);
    expect(JSON.parse(serialiseSettings(noDate, {}))).not.toHaveProperty('asOf');
  });
});

describe('loading and saving through a SettingsStore', () => {
  it('saves to the store and loads back from it', async () => {
    const store = memorySettingsStore();
    expect(loadStoredSettings(store)).toEqual(DEFAULTS);
    expect(await saveStoredSettings(store, { language: 'en', ...SEVEN_PARSED.settings }, SEVEN_PARSED.columns)).toBe(true);
    expect(store.writes).toHaveLength(1);
    expect(loadStoredSettings(store)).toEqual(SEVEN_PARSED);
  });

  it('a store that throws on reading gives the defaults, one that fails to save reports false', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken: SettingsStore = {
      read: () => {
        throw new Error('no document');
      },
      write: () => Promise.reject(new Error('read-only workbook')),
    };
    expect(loadStoredSettings(broken)).toEqual(DEFAULTS);
    expect(await saveStoredSettings(broken, { language: 'en', ...DEFAULTS.settings }, {})).toBe(false);
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });
});

describe('openWorkbookSettingsStore (Excel.Workbook.settings)', () => {
  const runOn = (fake: FakeExcel) => <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(fake.context);

  it('reads nothing from a fresh workbook, then adds the value under rmo.settings in the workbook', async () => {
    const fake = new FakeExcel();
    const store = await openWorkbookSettingsStore(runOn(fake));
    expect(store.read()).toBeUndefined();
    await store.write('{"version":1}');
    expect(fake.settings.get('rmo.settings')).toBe('{"version":1}');
    expect(store.read()).toBe('{"version":1}');
    // One sync to read, one to write; nothing through Office.context.document.settings (there is no Office here).
    expect(fake.syncCount).toBe(2);
  });

  it('reads what the workbook already holds', async () => {
    const fake = new FakeExcel();
    fake.settings.set('rmo.settings', '{"version":1,"impactMin":-3}');
    expect((await openWorkbookSettingsStore(runOn(fake))).read()).toBe('{"version":1,"impactMin":-3}');
  });

  it('opens with nothing stored when Excel cannot be read, and rejects a write Excel refuses', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = <T>(): Promise<T> => Promise.reject(new Error('locked'));
    const store = await openWorkbookSettingsStore(failing);
    expect(store.read()).toBeUndefined();
    await expect(store.write('{}')).rejects.toThrow('locked');
    expect(store.read()).toBeUndefined();
    error.mockRestore();
  });
});
