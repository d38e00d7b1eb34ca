import { AppreciationSettings, DEFAULT_APPRECIATION, DEFAULT_SCALE, Party, Scale } from '../model';
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
  /** Analysis date the user set, as an Excel serial day; undefined = today (see model/analysis-date.ts). Saved with the workbook. */
  readonly asOf?: number;
  /**
   * The shell's calendar day when the run starts (Excel serial), set from its clock on
   * every run and never saved: the analysis date when asOf is not set.
   */
  readonly today?: number;
  /**
   * Whose view supplier-table rows without a Party are: 'client' (our organisation) unless
   * set. Default 'client' because the add-in's users are the client's vendor-management or
   * regie team, who score the relationship from their own side; provider rows are marked.
   */
  readonly defaultParty?: Party;
}

/** The defaultParty setting with its default. */
export function defaultPartyOf(settings: Pick<Settings, 'defaultParty'>): Party {
  return settings.defaultParty ?? 'client';
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  scale: DEFAULT_SCALE,
  impactMin: -5,
  impactMax: 5,
  appreciation: DEFAULT_APPRECIATION,
};
