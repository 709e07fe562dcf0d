import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent, moneyFormatter, toMajor } from './format';
import { money } from './money';

/** French uses narrow no-break spaces between groups and before the symbol; compare on plain spaces. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formatMoney', () => {
  it('formats euros per locale', () => {
    expect(plain(formatMoney(money(123456789, 'EUR'), 'fr'))).toBe('1 234 567,89 €');
    expect(formatMoney(money(123456789, 'EUR'), 'en')).toBe('€1,234,567.89');
  });

  it('formats dollars per locale', () => {
    expect(plain(formatMoney(money(70200, 'USD'), 'fr'))).toBe('702,00 $US');
    expect(formatMoney(money(70200, 'USD'), 'en')).toBe('$702.00');
  });

  it('writes dinars as DA in French, as on Algerian invoices, and DZD in English', () => {
    expect(plain(formatMoney(money(101228400, 'DZD'), 'fr'))).toBe('1 012 284,00 DA');
    expect(plain(formatMoney(money(101228400, 'DZD'), 'en'))).toBe('DZD 1,012,284.00');
  });

  it('uses the same output as Intl built the same way, narrow spaces included', () => {
    const expected = new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR' }).format(1234.5);
    expect(formatMoney(money(123450, 'EUR'), 'fr')).toBe(expected);
  });

  it('shows two decimals for every currency and reuses formatters', () => {
    expect(plain(formatMoney(money(5, 'EUR'), 'fr'))).toBe('0,05 €');
    expect(moneyFormatter('en', 'USD')).toBe(moneyFormatter('en', 'USD'));
    expect(toMajor(money(-150, 'DZD'))).toBe(-1.5);
  });

  it('formats percentages per locale', () => {
    expect(plain(formatPercent(20, 'fr'))).toBe('20 %');
    expect(formatPercent(7.5, 'en')).toBe('7.5%');
  });
});
