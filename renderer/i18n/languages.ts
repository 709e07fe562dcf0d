export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Which way a language's text runs; the whole layout follows it (issue 21). */
export type Direction = 'ltr' | 'rtl';

// Typed loosely so the set names a language before its texts exist (Arabic comes with its own change).
const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar']);

/** The direction `language` is written in: right to left for the languages in RTL_LANGUAGES, left to right otherwise. */
export function directionOf(language: string): Direction {
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/** Picks the app language from the system's: French for any fr-* locale, English otherwise. */
export function languageFromLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
