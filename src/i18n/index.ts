import type { Catalogue, Language, MessageKey } from './catalogue';
import { en } from './en';
import { nl } from './nl';

export * from './catalogue';
export * from './report-texts';
export * from './workbench-texts';
export * from './method-texts';
export * from './survey-texts';

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, nl };

export function catalogue(lang: Language): Catalogue {
  return CATALOGUES[lang];
}

/** Fills {name} placeholders; unknown placeholders are left visible so a missing value shows. */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function message(lang: Language, key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  return format(CATALOGUES[lang].messages[key], params);
}

/** Parses a user's language argument ("nl", "NL", "nl-NL", "Nederlands", "en-GB"); undefined when unknown. */
export function parseLanguage(x: string): Language | undefined {
  const s = x.trim().toLowerCase();
  if (s.startsWith('nl') || s === 'nederlands' || s === 'dutch') return 'nl';
  if (s.startsWith('en') || s === 'engels') return 'en';
  return undefined;
}

/** Office display language (e.g. "nl-NL") → our language; English otherwise (domain: default). */
export function languageFromLocale(locale: string | undefined): Language {
  return (locale && parseLanguage(locale)) || 'en';
}

/** A number as the language writes it: rounded to at most maxDecimals, decimal comma in Dutch. */
export function formatNumber(n: number, lang: Language, maxDecimals = 2): string {
  const f = 10 ** maxDecimals;
  const s = String(Math.round(n * f) / f);
  return lang === 'nl' ? s.replace('.', ',') : s;
}

/** A number with exactly `decimals` decimals (as a "0.0" number format shows it), decimal comma in Dutch. */
export function formatFixed(n: number, lang: Language, decimals: number): string {
  const s = n.toFixed(decimals).replace(/^-(0\.?0*)$/, '$1');
  return lang === 'nl' ? s.replace('.', ',') : s;
}

/** The singular or plural form for `count`, with {count} filled in as the language writes numbers. */
export function plural(forms: { readonly one: string; readonly other: string }, count: number, lang: Language): string {
  return format(count === 1 ? forms.one : forms.other, { count: formatNumber(count, lang) });
}

/** "3 errors, 4 warnings", each in its singular or plural form (task pane and command line). */
export function problemCounts(errors: number, warnings: number, lang: Language): string {
  const w = catalogue(lang).workbench;
  return format(w.errorsAndWarnings, { errors: plural(w.errors, errors, lang), warnings: plural(w.warnings, warnings, lang) });
}
