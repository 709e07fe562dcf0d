import { describe, expect, it } from 'vitest';
import { directionOf, LANGUAGE_NAMES, LANGUAGES, languageFromLocale } from './languages';

describe('the app languages', () => {
  it('are English, French and Arabic, each named in its own script for the picker', () => {
    expect(LANGUAGES).toEqual(['en', 'fr', 'ar']);
    expect(LANGUAGE_NAMES.ar).toBe('العربية');
  });

  it('follow the system locale at first start: any ar-* is Arabic, any fr-* French, the rest English', () => {
    expect(['ar', 'ar-DZ', 'ar-SA', 'ar_MA', 'AR-dz'].map(languageFromLocale)).toEqual(['ar', 'ar', 'ar', 'ar', 'ar']);
    expect(['fr', 'fr-DZ', 'fr-CA'].map(languageFromLocale)).toEqual(['fr', 'fr', 'fr']);
    expect(['en-US', 'de-DE', 'arn-CL', ''].map(languageFromLocale)).toEqual(['en', 'en', 'en', 'en']);
  });

  it('say which way the text runs: right to left for Arabic only', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-DZ')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
    expect(directionOf('en')).toBe('ltr');
    expect(directionOf('xx')).toBe('ltr');
  });
});
