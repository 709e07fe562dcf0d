export const LANGUAGES = ['en', 'fr', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Which way a language's text runs; the layout mirrors for right-to-left ones. */
export type Direction = 'ltr' | 'rtl';

/** Each language's name as its readers write it, for the language picker. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français', ar: 'العربية' };

/** Picks the app language from the system's: French for any fr-* locale, Arabic for any ar-*, English otherwise. */
export function languageFromLocale(locale: string): Language {
  const lower = locale.toLowerCase();
  if (lower.startsWith('fr')) return 'fr';
  if (lower === 'ar' || lower.startsWith('ar-') || lower.startsWith('ar_')) return 'ar';
  return 'en';
}

/** Arabic is written right to left; English and French left to right. */
export function directionOf(language: string): Direction {
  return language.toLowerCase().split(/[-_]/)[0] === 'ar' ? 'rtl' : 'ltr';
}
