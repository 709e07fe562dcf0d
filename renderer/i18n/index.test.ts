import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { i18next as appI18n, initI18n, loadLanguages, startI18n, switchLanguage } from '.';

describe('loading the languages', () => {
  afterEach(async () => {
    // Other tests in this file's worker expect the app in English.
    await startI18n('en');
  });

  it('a start loads only the language it shows; the others come when asked for', async () => {
    const instance = i18next.createInstance();
    await startI18n('fr', instance);
    expect(instance.t('common:nav.licenses')).toBe('Licences');
    expect(instance.hasResourceBundle('en', 'common')).toBe(false);
    expect(document.documentElement.lang).toBe('fr');
    // The page's direction is written with its language; the layout follows it.
    expect(document.documentElement.dir).toBe('ltr');

    await loadLanguages(['en', 'fr'], instance);
    expect(instance.getFixedT('en')('common:nav.licenses')).toBe('Licenses');
    expect(instance.language).toBe('fr');
  });

  it('initI18n has every language there, as a quote PDF in the other language needs', async () => {
    const instance = i18next.createInstance();
    await initI18n('en', instance);
    expect(instance.t('licenses:title')).toBe('Licenses');
    expect(instance.getFixedT('fr')('domain:quote.noTax')).toBe("Aucune TVA ni taxe n'est appliquée.");
  });

  it('switching the language loads its texts first, then changes everything at once', async () => {
    await startI18n('en');
    await switchLanguage('fr');
    expect(appI18n.t('common:nav.licenses')).toBe('Licences');
    expect(document.documentElement.lang).toBe('fr');
  });
});
