/**
 * Which language the task pane starts in. The choice is a user preference, not a
 * property of the workbook, so it lives in localStorage (per user, across workbooks)
 * rather than in Office.context.document.settings, which would travel with the file
 * and impose one user's language on everyone who opens it.
 */
import { languageFromLocale, parseLanguage, Language } from '../i18n';

export const LANGUAGE_STORAGE_KEY = 'rmo.language';

/** Storage can be missing or throw (privacy modes, some Office webviews); the add-in must still start. */
function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function officeDisplayLanguage(): string | undefined {
  try {
    return typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage;
  } catch {
    return undefined;
  }
}

/** Stored choice first, then Office's display language, else English. */
export function initialLanguage(): Language {
  let stored: string | null | undefined;
  try {
    stored = storage()?.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    stored = undefined;
  }
  return (stored && parseLanguage(stored)) || languageFromLocale(officeDisplayLanguage());
}

export function saveLanguage(lang: Language): void {
  try {
    storage()?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Not being able to remember the choice is no reason to fail the switch itself.
  }
}
