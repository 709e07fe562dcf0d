import { describe, expect, it } from 'vitest';
import { localeTag } from './locale-tag';
import { formatMoney, formatPercent } from './money/format';

const day = new Date('2026-03-10T00:00:00Z');
const date = (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(day);

describe('the locale tag of a language', () => {
  it('is Arabic as written in Algeria, Gregorian calendar, Western digits unless Arabic-Indic are chosen', () => {
    expect(localeTag('ar')).toBe('ar-DZ-u-ca-gregory-nu-latn');
    expect(localeTag('ar', 'arab')).toBe('ar-DZ-u-ca-gregory-nu-arab');
    expect(localeTag('ar-SA', 'latn')).toBe('ar-DZ-u-ca-gregory-nu-latn');
  });

  it('leaves English and French as they were, whatever the digits', () => {
    expect(localeTag('en', 'arab')).toBe('en');
    expect(localeTag('fr-FR')).toBe('fr');
  });

  it('makes Intl write Western digits by default and Arabic-Indic ones when chosen, in the Gregorian calendar', () => {
    const western = new Intl.NumberFormat(localeTag('ar')).format(1234.5);
    const eastern = new Intl.NumberFormat(localeTag('ar', 'arab')).format(1234.5);
    expect(western).toMatch(/1.?234,5|1.?234\.5/);
    expect(eastern).toMatch(/[١٢٣٤٥]/);
    expect(eastern).not.toMatch(/[0-9]/);
    expect(date(localeTag('ar'))).toContain('2026');
    expect(date(localeTag('ar', 'arab'))).toContain('٢٠٢٦');
    expect(new Intl.DateTimeFormat(localeTag('ar')).resolvedOptions().calendar).toBe('gregory');
  });

  it('formats money and percentages for Arabic, with the digits of the tag', () => {
    const dzd = { amount: 123456, currency: 'DZD' as const };
    expect(formatMoney(dzd, 'ar')).toMatch(/1.?234[.,]56/);
    expect(formatMoney(dzd, localeTag('ar', 'arab'))).toMatch(/١/);
    expect(formatPercent(20, 'ar')).toMatch(/20/);
    expect(formatPercent(20, localeTag('ar', 'arab'))).toMatch(/٢٠/);
  });
});
