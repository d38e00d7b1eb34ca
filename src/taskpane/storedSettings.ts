/**
 * The analysis settings and column names as the workbook stores them. They belong to the
 * data (a 1–7 survey stays a 1–7 survey whoever opens the file), so they travel with the
 * workbook; the language does not (see languageStore.ts). Numbers, not the form's texts,
 * are stored: "3,5" typed in Dutch must read back as 3.5 in an English pane.
 * Pure: parsing never throws and keeps every valid field of a damaged value.
 */
import { AppreciationSettings, checkAppreciationSettings, isScale, makeScale, Scale } from '../model';
import { DEFAULT_SETTINGS, Settings } from '../analysis/settings';
import { FIELDS } from '../input/headers';
import type { ColumnMapping } from '../input/types';

/** Key in the workbook's settings (Excel.Workbook.settings, see settingsStore.ts). */
export const STORED_SETTINGS_KEY = 'rmo.settings';
/** Raise when a field changes meaning; a stored value of a higher version is not trusted. */
export const STORED_SETTINGS_VERSION = 1;

/** Everything but the language, which is a per-user choice. */
export type WorkbookSettings = Omit<Settings, 'language'>;

export interface StoredSettings {
  readonly settings: WorkbookSettings;
  readonly columns: ColumnMapping;
}

export const DEFAULT_STORED: StoredSettings = {
  settings: withoutLanguage(DEFAULT_SETTINGS),
  columns: {},
};

function withoutLanguage(s: Settings): WorkbookSettings {
  return {
    scale: s.scale,
    impactMin: s.impactMin,
    impactMax: s.impactMax,
    appreciation: s.appreciation,
    ...(s.asOf === undefined ? {} : { asOf: s.asOf }),
    ...(s.defaultParty === undefined ? {} : { defaultParty: s.defaultParty }),
  };
}

/** The JSON text saved in the workbook. */
export function serialiseSettings(settings: Settings | WorkbookSettings, columns: ColumnMapping): string {
  const a = settings.appreciation;
  return JSON.stringify({
    version: STORED_SETTINGS_VERSION,
    scale: { min: settings.scale.min, max: settings.scale.max, split: settings.scale.split },
    impactMin: settings.impactMin,
    impactMax: settings.impactMax,
    appreciation: { halfLifeDays: a.halfLifeDays, critical: a.critical, euphoria: a.euphoria, prolongedDays: a.prolongedDays },
    ...(settings.asOf === undefined ? {} : { asOf: settings.asOf }),
    ...(settings.defaultParty === undefined ? {} : { defaultParty: settings.defaultParty }),
    columns: cleanColumns(columns),
  });
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function cleanColumns(columns: unknown): ColumnMapping {
  const out: ColumnMapping = {};
  if (!isObject(columns)) return out;
  for (const f of FIELDS) {
    const v = columns[f];
    if (typeof v === 'string' && v.trim() !== '') out[f] = v.trim();
  }
  return out;
}

/** Min, max and split are judged together: a split alone means nothing without its scale. */
function parseScale(v: unknown): Scale {
  if (!isObject(v)) return DEFAULT_SETTINGS.scale;
  const min = finite(v.min);
  const max = finite(v.max);
  if (min === undefined || max === undefined) return DEFAULT_SETTINGS.scale;
  const made = makeScale(min, max, finite(v.split));
  return isScale(made) ? made : DEFAULT_SETTINGS.scale;
}

/** Likewise the impact range: a stored minimum above the default maximum would make both useless. */
function parseImpacts(v: Json): { impactMin: number; impactMax: number } {
  const min = finite(v.impactMin) ?? DEFAULT_SETTINGS.impactMin;
  const max = finite(v.impactMax) ?? DEFAULT_SETTINGS.impactMax;
  return min < max ? { impactMin: min, impactMax: max } : { impactMin: DEFAULT_SETTINGS.impactMin, impactMax: DEFAULT_SETTINGS.impactMax };
}

const APPRECIATION_KEYS: readonly (keyof AppreciationSettings)[] = ['halfLifeDays', 'critical', 'euphoria', 'prolongedDays'];

/** Each bound on its own, checked by the model against the other defaults (as the form does). */
function parseAppreciation(v: unknown): AppreciationSettings {
  const out: { -readonly [K in keyof AppreciationSettings]: number } = { ...DEFAULT_SETTINGS.appreciation };
  if (!isObject(v)) return out;
  for (const k of APPRECIATION_KEYS) {
    const n = finite(v[k]);
    if (n !== undefined && checkAppreciationSettings({ ...DEFAULT_SETTINGS.appreciation, [k]: n }) === undefined) out[k] = n;
  }
  return out;
}

/** A whole day on or after Excel's day 1; anything else means "not set": today (the default). */
function parseAsOf(v: unknown): number | undefined {
  const n = finite(v);
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}

/**
 * What the workbook holds (a JSON string as saved, an already-parsed object, or nothing)
 * → settings and columns. Missing or wrong fields fall back to their default one by one;
 * a value from a newer version of the add-in is ignored as a whole, since its fields may
 * mean something else.
 */
export function parseStoredSettings(stored: unknown): StoredSettings {
  let v: unknown = stored;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return DEFAULT_STORED;
    }
  }
  if (!isObject(v)) return DEFAULT_STORED;
  const version = finite(v.version);
  if (version !== undefined && version > STORED_SETTINGS_VERSION) return DEFAULT_STORED;
  const asOf = parseAsOf(v.asOf);
  // Only the two codes we write; anything else means the default.
  const defaultParty = v.defaultParty === 'client' || v.defaultParty === 'supplier' ? v.defaultParty : undefined;
  return {
    settings: {
      scale: parseScale(v.scale),
      ...parseImpacts(v),
      appreciation: parseAppreciation(v.appreciation),
      ...(asOf === undefined ? {} : { asOf }),
      ...(defaultParty === undefined ? {} : { defaultParty }),
    },
    columns: cleanColumns(v.columns),
  };
}
