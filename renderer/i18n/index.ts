import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadBundle } from './bundles/load';
import { setDigits, type Digits } from './locale';
import { directionOf, LANGUAGES, type Language } from './languages';

export { directionOf, LANGUAGE_NAMES, LANGUAGES, languageFromLocale, type Direction, type Language } from './languages';
export { localeOf, type Digits } from './locale';

/** Adds `languages` to a started `instance` (each once): a quote's PDF may be in another language than the app's. */
export async function loadLanguages(languages: readonly Language[], instance: I18n = i18next): Promise<void> {
  await Promise.all(
    languages.map(async (language) => {
      if (instance.hasResourceBundle(language, 'common')) return;
      for (const [ns, tree] of Object.entries(await loadBundle(language))) instance.addResourceBundle(language, ns, tree, true, true);
    }),
  );
}

/** Tells the browser (screen readers, fonts, the layout's direction) which language the page is in. */
function markDocument(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/** Starts i18next in `language` with only that language loaded, for the first screen; `loadLanguages` brings the others. */
export async function startI18n(language: Language, instance: I18n = i18next): Promise<I18n> {
  if (!instance.isInitialized) {
    const namespaces = await loadBundle(language);
    await instance.use(initReactI18next).init({
      resources: { [language]: namespaces },
      lng: language,
      fallbackLng: false,
      ns: Object.keys(namespaces),
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  } else {
    await loadLanguages([language], instance);
    if (instance.language !== language) await instance.changeLanguage(language);
  }
  markDocument(language);
  return instance;
}

/** Starts i18next in `language` with every language loaded; safe to call more than once. */
export async function initI18n(language: Language, instance: I18n = i18next): Promise<I18n> {
  await startI18n(language, instance);
  await loadLanguages(LANGUAGES, instance);
  return instance;
}

/** Switches the language at once, everywhere, without a restart (its texts are loaded first if they are not yet). */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguages([language]);
  await i18next.changeLanguage(language);
  markDocument(language);
}

/**
 * Uses `digits` for Arabic numbers and dates at once: every screen that translates redraws, as on a language change,
 * since formatters read the digits when they run.
 */
export function applyDigits(digits: Digits, instance: I18n = i18next): void {
  setDigits(digits);
  if (instance.isInitialized) instance.emit('languageChanged', instance.language);
}

export { i18next };
