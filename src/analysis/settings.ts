import { AppreciationSettings, DEFAULT_APPRECIATION, DEFAULT_SCALE, Scale } from '../model';
import type { Language } from '../i18n/catalogue';

/** Every user setting of an analysis run; defaults are documented in the README. */
export interface Settings {
  readonly language: Language;
  /** Scale of all survey/assessment scores (affective, calculative, activity, …). */
  readonly scale: Scale;
  /** Allowed incident impact range; impacts outside it are problems. */
  readonly impactMin: number;
  readonly impactMax: number;
  readonly appreciation: AppreciationSettings;
  /** Analysis date as an Excel serial day; undefined = the latest incident date in the data. */
  readonly asOf?: number;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  scale: DEFAULT_SCALE,
  impactMin: -5,
  impactMax: 5,
  appreciation: DEFAULT_APPRECIATION,
};
