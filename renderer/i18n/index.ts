import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

type Tree = { [key: string]: string | Tree };

/** Every `locales/<lang>/<namespace>.json`, so each feature keeps its own pair of files. */
const files = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });

export const resources: Record<string, Record<string, Tree>> = {};
for (const [path, tree] of Object.entries(files)) {
  const m = /\/locales\/([a-z]{2})\/([\w-]+)\.json$/.exec(path);
  if (!m) continue;
  const [, lang = '', ns = ''] = m;
  (resources[lang] ??= {})[ns] = tree;
}
export const namespaces = Object.keys(resources.en ?? {});

/** Picks the app language from the system's: French for any fr-* locale, English otherwise. */
export function languageFromLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Starts i18next in `language`; safe to call more than once. */
export async function initI18n(language: Language, instance: I18n = i18next): Promise<I18n> {
  if (!instance.isInitialized) {
    await instance.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: false,
      ns: namespaces,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  } else if (instance.language !== language) {
    await instance.changeLanguage(language);
  }
  document.documentElement.lang = language;
  return instance;
}

/** Switches the language at once, everywhere, without a restart. */
export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
