import { z } from 'zod';
import { ALGERIA, CURRENCIES, currencySchema, isoDateSchema, type Currency, type IsoDate } from '../catalog';
import { domainError, err, ok, type Result } from '../errors';
import { roundMinor, type Money } from '../money/money';
import type { PriceBook } from './price-book';

/**
 * The exchange used for a quote (R-CUR-1). It is stored with the quote and
 * printed on it, so a quote reopened later is priced with the same rate,
 * margin and date whatever today's rate is.
 */
export const exchangeSnapshotSchema = z.object({
  currency: currencySchema,
  perEur: z.number().positive(),
  marginPercent: z.number().min(0).max(100),
  date: isoDateSchema,
  /** perEur × (1 + margin), rounded to 6 decimals: the one number conversions use. */
  effectiveRate: z.number().positive(),
});
export type ExchangeSnapshot = z.infer<typeof exchangeSnapshotSchema>;

/** perEur plus the fluctuation margin, rounded to 6 decimals so it prints exactly as used. */
export function effectiveRate(perEur: number, marginPercent: number): number {
  return Math.round(perEur * (100 + marginPercent) * 10_000) / 1_000_000;
}

/** Checks a currency code from outside and that DZD is only used for Algeria (R-CUR-1). */
export function checkQuoteCurrency(currency: unknown, country: string): Result<Currency> {
  const parsed = currencySchema.safeParse(currency);
  if (!parsed.success) {
    return err(domainError('currency.unknown', 'domain:currency.unknown', { currency: String(currency), allowed: CURRENCIES.join(', ') }));
  }
  if (parsed.data === 'DZD' && country !== ALGERIA) {
    return err(domainError('currency.dzdOutsideAlgeria', 'domain:currency.dzdOutsideAlgeria', { country }));
  }
  return ok(parsed.data);
}

/** The currencies a customer in `country` may be quoted in; EUR first, the default. */
export function quoteCurrencies(country: string): readonly Currency[] {
  return country === ALGERIA ? ['EUR', 'USD', 'DZD'] : ['EUR', 'USD'];
}

/** The exchange snapshot for a new quote in `currency`, from the book's rates. */
export function exchangeSnapshot(book: PriceBook, currency: Currency, country: string): Result<ExchangeSnapshot> {
  const checked = checkQuoteCurrency(currency, country);
  if (!checked.ok) return checked;
  if (currency === 'EUR') return ok({ currency, perEur: 1, marginPercent: 0, date: book.effectiveDate, effectiveRate: 1 });
  const rate = book.exchange[currency];
  if (!rate) return err(domainError('currency.rateMissing', 'domain:currency.rateMissing', { currency }));
  return ok({ currency, ...rate, effectiveRate: effectiveRate(rate.perEur, rate.marginPercent) });
}

/** Converts EUR minor units with a snapshot, rounded to the minor unit (never more than half a unit off). */
export function convertFromEur(amountEur: number, snapshot: ExchangeSnapshot): Money {
  return { amount: roundMinor(amountEur * snapshot.effectiveRate), currency: snapshot.currency };
}

/** When the snapshot's rate was fixed, for the quote's footnote. */
export function snapshotDate(snapshot: ExchangeSnapshot): IsoDate {
  return snapshot.date;
}
