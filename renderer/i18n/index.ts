import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadBundle } from './bundles/load';
import { directionOf, LANGUAGES, type Language } from './languages';

export { directionOf, LANGUAGES, languageFromLocale, type Direction, type Language } from './languages';

/** Marks the page with `language` and its direction: the one place `<html lang dir>` is written, which the layout follows. */
function markDocument(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/** Adds `languages` to a started `instance` (each once): a quote's PDF may be in another language than the app's. */
export async function loadLanguages(languages: readonly Language[], instance: I18n = i18next): Promise<void> {
  await Promise.all(
    languages.map(async (language) => {
      if (instance.hasResourceBundle(language, 'common')) return;
      for (const [ns, tree] of Object.entries(await loadBundle(language))) instance.addResourceBundle(language, ns, tree, true, true);
    }),
  );
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

export { i18next };
