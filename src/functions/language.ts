import { Language, message, parseLanguage } from '../i18n';
import { Outcome, fail } from './outcome';
import { isBlank } from './cells';

/**
 * Language used when a function gets no language argument. It starts as English; the
 * task pane calls setDefaultLanguage() with the user's choice. That only reaches the
 * functions when both run in the same (shared) runtime; otherwise the functions stay
 * English unless the formula passes "nl" or "en". The build bundles this module once
 * (functions.js; test/build checks it), but the value lives on globalThis all the same,
 * so a second copy of the module in the same runtime would still share it.
 */
const KEY = '__rmoFunctionsDefaultLanguage';
const shared = globalThis as unknown as Record<string, unknown>;

/** Accepts "nl", "en", "nl-NL", "Nederlands"…; returns false (and changes nothing) when unknown. */
export function setDefaultLanguage(lang: Language | string): boolean {
  const parsed = parseLanguage(String(lang));
  if (!parsed) return false;
  shared[KEY] = parsed;
  return true;
}

export function getDefaultLanguage(): Language {
  const v = shared[KEY];
  return v === 'nl' || v === 'en' ? v : 'en';
}

/** The optional language argument: blank means the default. */
export function languageArg(x: unknown): Outcome<Language> {
  // The two codes as typed most often, without trimming or lower-casing (per-call cost).
  if (x === 'en' || x === 'nl') return x;
  if (isBlank(x)) return getDefaultLanguage();
  const parsed = typeof x === 'string' ? parseLanguage(x) : undefined;
  return parsed ?? fail(message(getDefaultLanguage(), 'unknownLanguage', { value: String(x) }));
}
