import {
  defaultForm,
  errorText,
  formFromSettings,
  midpointText,
  parseDateText,
  parseNumberText,
  SettingsForm,
  validateForm,
} from '../../src/taskpane/settingsForm';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings';
import { isoFromSerial } from '../../src/model';

const form = (changes: Partial<SettingsForm> = {}): SettingsForm => ({ ...defaultForm('en'), ...changes });

describe('parseNumberText', () => {
  it('accepts a decimal point and the Dutch decimal comma', () => {
    expect(parseNumberText('3.5')).toBe(3.5);
    expect(parseNumberText('3,5')).toBe(3.5);
    expect(parseNumberText(' -6 ')).toBe(-6);
    expect(parseNumberText(',5')).toBe(0.5);
    expect(parseNumberText('\u22126')).toBe(-6); // typographic minus pasted from a document
  });

  it('rejects empty text, words and thousands groupings', () => {
    for (const s of ['', '  ', 'abc', '3,5,1', '1.000,5', '3 5', '--1', '1e3']) expect(parseNumberText(s)).toBeUndefined();
  });
});

describe('parseDateText', () => {
  // 2024-03-31: 45382 is Excel's serial for that day (45292 = 2024-01-01, + 31 + 29 + 30).
  it('reads ISO and day-first dates as Excel serial days', () => {
    expect(parseDateText('2024-01-01')).toBe(45292);
    expect(parseDateText('2024-03-31')).toBe(45382);
    expect(parseDateText('31-3-2024')).toBe(45382);
    expect(parseDateText('31/03/2024')).toBe(45382);
  });

  it('rejects dates that do not exist and other text', () => {
    expect(parseDateText('2023-02-29')).toBeUndefined();
    expect(parseDateText('31-04-2024')).toBeUndefined();
    expect(parseDateText('2024-13-01')).toBeUndefined();
    expect(parseDateText('tomorrow')).toBeUndefined();
  });

  it('the analysis date shows as ISO text, the inverse of parsing it', () => {
    expect(isoFromSerial(45382)).toBe('2024-03-31');
    expect(formFromSettings({ ...DEFAULT_SETTINGS, asOf: 45382 }, 'en').asOf).toBe('2024-03-31');
  });
});

describe('defaultForm', () => {
  it('shows DEFAULT_SETTINGS with the split left empty because it is the midpoint', () => {
    expect(defaultForm('en')).toEqual({
      scaleMin: '1',
      scaleMax: '5',
      split: '',
      impactMin: '-5',
      impactMax: '5',
      halfLifeDays: '0',
      critical: '-6',
      euphoria: '6',
      prolongedDays: '60',
      asOf: '',
      defaultParty: '',
    });
  });

  it('reads the default party in either language and marks anything else', () => {
    const form = defaultForm('nl');
    expect(validateForm({ ...form, defaultParty: 'Leverancier' }, 'nl').settings?.defaultParty).toBe('supplier');
    expect(validateForm({ ...form, defaultParty: 'us' }, 'nl').settings?.defaultParty).toBe('client');
    expect(validateForm({ ...form, defaultParty: 'beide' }, 'nl').errors.defaultParty).toEqual({ source: 'taskpane', key: 'partyInvalid' });
  });

  it('validates back to DEFAULT_SETTINGS (language aside)', () => {
    expect(validateForm(defaultForm('nl'), 'nl')).toEqual({ settings: { ...DEFAULT_SETTINGS, language: 'nl' }, errors: {} });
  });

  it('writes a non-midpoint split with a decimal comma in Dutch', () => {
    const s = { ...DEFAULT_SETTINGS, scale: { min: 1, max: 10, split: 6.5 }, asOf: 45382 };
    expect(formFromSettings(s, 'nl')).toMatchObject({ split: '6,5', scaleMax: '10', asOf: '2024-03-31' });
    expect(formFromSettings(s, 'en').split).toBe('6.5');
  });
});

describe('validateForm', () => {
  it('accepts "3,5" as the split and builds the scale from the typed values', () => {
    const r = validateForm(form({ scaleMin: '1', scaleMax: '7', split: '3,5' }), 'nl');
    expect(r.errors).toEqual({});
    expect(r.settings?.scale).toEqual({ min: 1, max: 7, split: 3.5 });
    expect(r.settings?.language).toBe('nl');
  });

  it('uses the midpoint when the split is empty', () => {
    expect(validateForm(form({ scaleMin: '1', scaleMax: '10' }), 'en').settings?.scale.split).toBe(5.5);
  });

  it('rejects a split outside the scale with the catalogue message in either language', () => {
    const r = validateForm(form({ split: '6' }), 'en');
    expect(r.settings).toBeUndefined();
    expect(r.errors.split).toBeDefined();
    expect(errorText(r.errors.split!, 'en')).toBe('The split point must lie within the scale.');
    expect(errorText(r.errors.split!, 'nl')).toBe('Het splitsingspunt moet binnen de schaal liggen.');
  });

  it('puts a min not below max on the maximum field', () => {
    const r = validateForm(form({ scaleMin: '5', scaleMax: '5' }), 'en');
    expect(r.errors.scaleMax).toEqual({ source: 'model', key: 'scaleMinNotBelowMax' });
  });

  it('an unreadable split does not hide bounds in the wrong order', () => {
    const r = validateForm(form({ scaleMin: '5', scaleMax: '1', split: 'mid' }), 'en');
    expect(r.errors.split).toEqual({ source: 'taskpane', key: 'notANumber' });
    expect(r.errors.scaleMax).toEqual({ source: 'model', key: 'scaleMinNotBelowMax' });
  });

  it('marks text that is not a number, and an empty required field', () => {
    const r = validateForm(form({ halfLifeDays: 'abc', impactMax: '' }), 'en');
    expect(r.errors.halfLifeDays).toEqual({ source: 'taskpane', key: 'notANumber' });
    expect(r.errors.impactMax).toEqual({ source: 'taskpane', key: 'notANumber' });
    expect(errorText(r.errors.halfLifeDays!, 'nl')).toBe('Vul een getal in, zoals 3 of 3,5.');
  });

  it('marks every wrong appreciation field at once, not only the first', () => {
    const r = validateForm(form({ critical: '1', euphoria: '-1', halfLifeDays: '-3', prolongedDays: '-1' }), 'en');
    expect(r.errors).toEqual({
      critical: { source: 'model', key: 'criticalNotNegative' },
      euphoria: { source: 'model', key: 'euphoriaNotPositive' },
      halfLifeDays: { source: 'model', key: 'halfLifeNegative' },
      prolongedDays: { source: 'model', key: 'prolongedNegative' },
    });
  });

  it('requires the lowest impact below the highest', () => {
    const r = validateForm(form({ impactMin: '3', impactMax: '-3' }), 'en');
    expect(r.errors.impactMax).toEqual({ source: 'taskpane', key: 'impactMinNotBelowMax' });
  });

  it('reads the analysis date; empty means none; nonsense is an error', () => {
    expect(validateForm(form({ asOf: '2024-01-01' }), 'en').settings?.asOf).toBe(45292);
    expect(validateForm(form(), 'en').settings).not.toHaveProperty('asOf');
    expect(validateForm(form({ asOf: '2024-02-30' }), 'en').errors.asOf).toEqual({ source: 'taskpane', key: 'notADate' });
  });

  it('passes all typed values through', () => {
    const r = validateForm(
      form({ impactMin: '-10', impactMax: '10', halfLifeDays: '0', critical: '-4,5', euphoria: '8', prolongedDays: '30' }),
      'en',
    );
    expect(r.settings).toMatchObject({
      impactMin: -10,
      impactMax: 10,
      appreciation: { halfLifeDays: 0, critical: -4.5, euphoria: 8, prolongedDays: 30 },
    });
  });
});

describe('midpointText', () => {
  it('follows the typed scale and the language', () => {
    expect(midpointText(form({ scaleMin: '1', scaleMax: '10' }), 'nl')).toBe('5,5');
    expect(midpointText(form({ scaleMin: '1', scaleMax: '10' }), 'en')).toBe('5.5');
    expect(midpointText(form({ scaleMax: 'x' }), 'en')).toBe('…');
    // An impossible scale offers no midpoint (the hint showed "midpoint (0.5)" for 0–1 reversed).
    expect(midpointText(form({ scaleMin: '1', scaleMax: '0' }), 'en')).toBe('…');
  });
});
