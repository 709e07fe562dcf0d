import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { applyDigits, i18next as appI18n, initI18n, loadLanguages, localeOf, startI18n, switchLanguage } from '.';

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

  it('Arabic starts right to left, and switching to French and back turns the page each time (lang and dir)', async () => {
    const instance = i18next.createInstance();
    await startI18n('ar', instance);
    expect(instance.t('common:nav.licenses')).toBe('التراخيص');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');

    await startI18n('en');
    await switchLanguage('fr');
    expect(document.documentElement.dir).toBe('ltr');
    await switchLanguage('ar');
    expect(appI18n.t('common:nav.settings')).toBe('الإعدادات');
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('Arabic plurals use all six forms (0, 1, 2, 3–10, 11–99, 100+)', async () => {
    await startI18n('en');
    await switchLanguage('ar');
    const t = (count: number) => appI18n.t('backups:backup.done', { count });
    expect([0, 1, 2, 3, 11, 100].map(t)).toEqual([
      'حُفظت النسخة الاحتياطية: لا يوجد أي سجل.',
      'حُفظت النسخة الاحتياطية: سجل واحد.',
      'حُفظت النسخة الاحتياطية: سجلان.',
      'حُفظت النسخة الاحتياطية: 3 سجلات.',
      'حُفظت النسخة الاحتياطية: 11 سجلًا.',
      'حُفظت النسخة الاحتياطية: 100 سجل.',
    ]);
  });

  it('changing the digits redraws what is translated, at once (a languageChanged without a language change)', async () => {
    await startI18n('en');
    await switchLanguage('ar');
    const seen: string[] = [];
    const listener = (language: string) => seen.push(`${language} ${localeOf(language)}`);
    appI18n.on('languageChanged', listener);
    try {
      applyDigits('arab');
      expect(seen).toEqual(['ar ar-DZ-u-ca-gregory-nu-arab']);
    } finally {
      appI18n.off('languageChanged', listener);
      applyDigits('latn');
    }
  });
});
