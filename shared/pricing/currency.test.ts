import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledPriceBook } from './bundled';
import {
  checkQuoteCurrency,
  convertFromEur,
  effectiveRate,
  exactRateText,
  exchangeSnapshot,
  quoteCurrencies,
  snapshotDate,
  type ExchangeSnapshot,
} from './currency';

const book = (() => {
  const b = bundledPriceBook();
  if (!b.ok) throw new Error('bundled book invalid');
  return b.value;
})();

describe('currencies (R-CUR-1)', () => {
  it('EUR is the default and needs no conversion', () => {
    const snap = exchangeSnapshot(book, 'EUR', 'FR');
    expect(snap).toEqual({ ok: true, value: { currency: 'EUR', perEur: 1, marginPercent: 0, date: book.effectiveDate, effectiveRate: 1 } });
    if (snap.ok) expect(convertFromEur(650000, snap.value)).toEqual({ amount: 650000, currency: 'EUR' });
    expect(quoteCurrencies('FR')[0]).toBe('EUR');
  });

  it('USD is allowed anywhere, at the book rate', () => {
    const snap = exchangeSnapshot(book, 'USD', 'FR');
    expect(snap.ok && snap.value.effectiveRate).toBe(1.08);
    if (snap.ok) expect(convertFromEur(650000, snap.value)).toEqual({ amount: 702000, currency: 'USD' });
  });

  it('DZD is refused for a customer outside Algeria', () => {
    const result = checkQuoteCurrency('DZD', 'FR');
    expect(!result.ok && result.error).toEqual({
      code: 'currency.dzdOutsideAlgeria',
      messageKey: 'domain:currency.dzdOutsideAlgeria',
      params: { country: 'FR' },
    });
    expect(exchangeSnapshot(book, 'DZD', 'FR').ok).toBe(false);
    expect(quoteCurrencies('FR')).toEqual(['EUR', 'USD']);
    expect(quoteCurrencies('DZ')).toEqual(['EUR', 'USD', 'DZD']);
  });

  it('DZD for Algeria uses the rate plus the fluctuation margin, with its date', () => {
    const snap = exchangeSnapshot(book, 'DZD', 'DZ');
    expect(snap).toEqual({
      ok: true,
      value: { currency: 'DZD', perEur: 151.2, marginPercent: 3, date: '2026-01-02', effectiveRate: 155.736 },
    });
    if (!snap.ok) return;
    expect(convertFromEur(650000, snap.value)).toEqual({ amount: 101228400, currency: 'DZD' });
    expect(snapshotDate(snap.value)).toBe('2026-01-02');
  });

  it('an unknown currency is a typed error listing the allowed ones', () => {
    const result = checkQuoteCurrency('GBP', 'GB');
    expect(!result.ok && result.error.code).toBe('currency.unknown');
    expect(!result.ok && result.error.messageKey).toBe('domain:currency.unknown');
    expect(!result.ok && result.error.params).toEqual({ currency: 'GBP', allowed: 'EUR, USD, DZD' });
    expect(checkQuoteCurrency(undefined, 'GB').ok).toBe(false);
  });

  it('a book without a DZD rate says so', () => {
    const noRate = { ...book, exchange: {} };
    const result = exchangeSnapshot(noRate, 'DZD', 'DZ');
    expect(result).toEqual({
      ok: false,
      error: { code: 'currency.rateMissing', messageKey: 'domain:currency.rateMissing', params: { currency: 'DZD' } },
    });
  });

  it('the effective rate is perEur × (1 + margin), not rounded (R-CUR-1)', () => {
    expect(effectiveRate(151.2, 3)).toBe(155.736);
    expect(effectiveRate(1.123456789, 0)).toBe(1.123456789);
    expect(effectiveRate(100, 2.5)).toBe(102.5);
    expect(exactRateText({ perEur: 1.08423, marginPercent: 2.5 })).toBe('1.11133575');
  });

  it('converts with the exact rate: a rate rounded to 6 decimals would be 25 centimes off here (R-CUR-1)', () => {
    const snap: ExchangeSnapshot = { currency: 'USD', perEur: 1.08423, marginPercent: 2.5, date: '2026-01-02', effectiveRate: 1.111336 };
    // 10,000,000.00 EUR × 1.11133575 = 11,113,357.50 USD exactly; 1.111336 would give 11,113,360.00.
    expect(convertFromEur(1_000_000_000, snap).amount).toBe(1_111_335_750);
  });

  it('converting never loses or creates more than one minor unit (R-CUR-1)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.integer({ min: 0, max: 2000 }),
        (amount, perEur, marginBp) => {
          const rate = effectiveRate(perEur, marginBp / 100);
          const snap: ExchangeSnapshot = {
            currency: 'DZD',
            perEur,
            marginPercent: marginBp / 100,
            date: '2026-01-02',
            effectiveRate: rate,
          };
          const converted = convertFromEur(amount, snap).amount;
          expect(Number.isInteger(converted)).toBe(true);
          expect(Math.abs(converted - amount * rate)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
