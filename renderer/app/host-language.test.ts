import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { followLanguageOnHost } from './host-language';

async function started(language: string) {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: language, resources: { en: {}, fr: {}, ar: {} }, fallbackLng: false });
  const setLanguage = vi.fn(async () => undefined);
  return { i18n, setLanguage, sent: () => setLanguage.mock.calls.map((call) => (call as unknown[])[0]) };
}

describe('the host follows the app language', () => {
  it('is told the language at start, then at each change the user makes', async () => {
    const { i18n, setLanguage, sent } = await started('en');
    const stop = followLanguageOnHost({ setLanguage }, i18n);
    expect(sent()).toEqual(['en']);
    await i18n.changeLanguage('ar');
    await i18n.changeLanguage('fr');
    expect(sent()).toEqual(['en', 'ar', 'fr']);
    stop();
    await i18n.changeLanguage('ar');
    expect(sent()).toEqual(['en', 'ar', 'fr']);
  });

  it('is not told again when only the Arabic digits redraw the page', async () => {
    const { i18n, setLanguage, sent } = await started('ar');
    followLanguageOnHost({ setLanguage }, i18n);
    i18n.emit('languageChanged', 'ar');
    expect(sent()).toEqual(['ar']);
  });

  it('is told nothing of a language the app does not have', async () => {
    const { i18n, setLanguage, sent } = await started('en');
    followLanguageOnHost({ setLanguage }, i18n);
    await i18n.changeLanguage('de');
    expect(sent()).toEqual(['en']);
  });
});
