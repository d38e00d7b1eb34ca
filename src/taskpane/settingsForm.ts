/**
 * The settings form as plain data: the text the user typed per field, turned into
 * Settings with the model's own checks. Pure, so it is unit-tested without a browser.
 */
import { catalogue, formatNumber, message, Language, MessageKey, TaskpaneSettingField } from '../i18n';
import { AppreciationSettings, checkAppreciationSettings, isoFromSerial, isScale, makeScale, serialFromDate } from '../model';
import { DEFAULT_SETTINGS, Settings } from '../analysis/settings';
import { matchParty } from '../input/party';

export type SettingsForm = Readonly<Record<TaskpaneSettingField, string>>;

export const SETTING_FIELDS: readonly TaskpaneSettingField[] = [
  'scaleMin',
  'scaleMax',
  'split',
  'impactMin',
  'impactMax',
  'halfLifeDays',
  'critical',
  'euphoria',
  'prolongedDays',
  'asOf',
  'defaultParty',
];

/** A validation error: either a shared model message or one of the task pane's own. */
export type FieldError =
  | { readonly source: 'model'; readonly key: MessageKey }
  | { readonly source: 'taskpane'; readonly key: 'notANumber' | 'notADate' | 'impactMinNotBelowMax' | 'partyInvalid' };

export type FieldErrors = Readonly<Partial<Record<TaskpaneSettingField, FieldError>>>;

export interface FormResult {
  /** Present only when every field is valid. */
  readonly settings?: Settings;
  readonly errors: FieldErrors;
}

/** Accepts "3", "-6", "3.5" and the Dutch "3,5"; anything else (including empty) is undefined. */
export function parseNumberText(text: string): number | undefined {
  const s = text.trim().replace(/^\u2212/, '-');
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(s)) return undefined;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** "2024-03-31" or "31-03-2024" (also with / or .) → Excel serial day; undefined when not a real date. */
export function parseDateText(text: string): number | undefined {
  const s = text.trim();
  let y: number, m: number, d: number;
  let g = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (g) {
    [y, m, d] = [Number(g[1]), Number(g[2]), Number(g[3])];
  } else {
    g = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
    if (!g) return undefined;
    [d, m, y] = [Number(g[1]), Number(g[2]), Number(g[3])];
  }
  return serialFromDate(y, m, d);
}

/**
 * Form texts for given settings. The split is left empty when it is the scale's
 * midpoint, so changing the scale to 1–7 moves the split along instead of leaving 3.
 */
export function formFromSettings(s: Settings, lang: Language): SettingsForm {
  const n = (x: number): string => formatNumber(x, lang, 6);
  const mid = (s.scale.min + s.scale.max) / 2;
  return {
    scaleMin: n(s.scale.min),
    scaleMax: n(s.scale.max),
    split: s.scale.split === mid ? '' : n(s.scale.split),
    impactMin: n(s.impactMin),
    impactMax: n(s.impactMax),
    halfLifeDays: n(s.appreciation.halfLifeDays),
    critical: n(s.appreciation.critical),
    euphoria: n(s.appreciation.euphoria),
    prolongedDays: n(s.appreciation.prolongedDays),
    asOf: s.asOf === undefined ? '' : isoFromSerial(s.asOf),
    // Empty = the default (client); a chosen party in the pane's language, as matchParty reads it back.
    defaultParty: s.defaultParty === undefined ? '' : PARTY_WORDS[lang][s.defaultParty],
  };
}

/** How the form writes a party: words matchParty reads in either language. */
const PARTY_WORDS: Readonly<Record<Language, Readonly<Record<'client' | 'supplier', string>>>> = {
  en: { client: 'client', supplier: 'supplier' },
  nl: { client: 'opdrachtgever', supplier: 'leverancier' },
};

export function defaultForm(lang: Language): SettingsForm {
  return formFromSettings(DEFAULT_SETTINGS, lang);
}

/** The midpoint the split falls back to, for the hint; '…' while min/max are not numbers. */
export function midpointText(form: SettingsForm, lang: Language): string {
  const min = parseNumberText(form.scaleMin);
  const max = parseNumberText(form.scaleMax);
  // An impossible scale has no midpoint to offer.
  return min === undefined || max === undefined || min >= max ? '…' : formatNumber((min + max) / 2, lang, 6);
}

const APPRECIATION_FIELDS: readonly (keyof AppreciationSettings & TaskpaneSettingField)[] = [
  'halfLifeDays',
  'critical',
  'euphoria',
  'prolongedDays',
];

export function validateForm(form: SettingsForm, lang: Language): FormResult {
  const errors: Partial<Record<TaskpaneSettingField, FieldError>> = {};
  const num = (f: TaskpaneSettingField): number | undefined => {
    const v = parseNumberText(form[f]);
    if (v === undefined) errors[f] = { source: 'taskpane', key: 'notANumber' };
    return v;
  };

  const min = num('scaleMin');
  const max = num('scaleMax');
  const split = form.split.trim() === '' ? undefined : num('split');
  let scale = DEFAULT_SETTINGS.scale;
  if (min !== undefined && max !== undefined) {
    // An unreadable split is already marked; the bounds are still judged, so one error does not hide another.
    const made = makeScale(min, max, errors.split ? undefined : split);
    if (isScale(made)) scale = made;
    else if (made === 'splitOutsideScale') errors.split = { source: 'model', key: made };
    else errors.scaleMax = { source: 'model', key: made };
  }

  const impactMin = num('impactMin');
  const impactMax = num('impactMax');
  if (impactMin !== undefined && impactMax !== undefined && !(impactMin < impactMax)) {
    errors.impactMax = { source: 'taskpane', key: 'impactMinNotBelowMax' };
  }

  // Check each appreciation field on its own against valid defaults, so every wrong field is marked, not just the first.
  const appreciation: { -readonly [K in keyof AppreciationSettings]: number } = { ...DEFAULT_SETTINGS.appreciation };
  for (const f of APPRECIATION_FIELDS) {
    const v = num(f);
    if (v === undefined) continue;
    const err = checkAppreciationSettings({ ...DEFAULT_SETTINGS.appreciation, [f]: v });
    if (err) errors[f] = { source: 'model', key: err };
    appreciation[f] = v;
  }

  let asOf: number | undefined;
  if (form.asOf.trim() !== '') {
    asOf = parseDateText(form.asOf);
    if (asOf === undefined) errors.asOf = { source: 'taskpane', key: 'notADate' };
  }

  let defaultParty: Settings['defaultParty'];
  if (form.defaultParty.trim() !== '') {
    defaultParty = matchParty(form.defaultParty);
    if (defaultParty === undefined) errors.defaultParty = { source: 'taskpane', key: 'partyInvalid' };
  }

  if (Object.keys(errors).length > 0) return { errors };
  const settings: Settings = {
    language: lang,
    scale,
    impactMin: impactMin as number,
    impactMax: impactMax as number,
    appreciation,
    ...(asOf === undefined ? {} : { asOf }),
    ...(defaultParty === undefined ? {} : { defaultParty }),
  };
  return { settings, errors };
}

export function errorText(err: FieldError, lang: Language): string {
  return err.source === 'model' ? message(lang, err.key) : catalogue(lang).taskpane[err.key];
}
