export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Picks the app language from the system's: French for any fr-* locale, English otherwise. */
export function languageFromLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
