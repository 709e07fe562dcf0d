import { z } from 'zod';
import { ALGERIA, CURRENCIES, currencySchema, isoDateSchema, type Currency, type IsoDate } from '../catalog';
import { domainError, err, ok, type Result } from '../errors';
import { decimalString, roundTimes, toDecimal, withPercentAdded, type Decimal } from '../money/decimal';
import type { Money } from '../money/money';
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
  /** perEur × (1 + margin / 100), for display; conversions use perEur and the margin exactly. */
  effectiveRate: z.number().positive(),
});
export type ExchangeSnapshot = z.infer<typeof exchangeSnapshotSchema>;

/** perEur with the fluctuation margin on top, exactly: what one euro converts to (R-CUR-1). */
export function exactRate(exchange: Pick<ExchangeSnapshot, 'perEur' | 'marginPercent'>): Decimal {
  return withPercentAdded(toDecimal(exchange.perEur), toDecimal(exchange.marginPercent));
}

/** The applied rate written out in full ("155.736", "1.11133575"): printed as is, never rounded (R-CUR-1). */
export function exactRateText(exchange: Pick<ExchangeSnapshot, 'perEur' | 'marginPercent'>): string {
  return decimalString(exactRate(exchange));
}

/** perEur plus the fluctuation margin as a number, for the stored snapshot; conversions never use it. */
export function effectiveRate(perEur: number, marginPercent: number): number {
  return Number(exactRateText({ perEur, marginPercent }));
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

/**
 * Converts EUR minor units with a snapshot: amount × perEur × (1 + margin / 100)
 * computed exactly, then rounded half away from zero to the minor unit, as a
 * spreadsheet given the printed rate and margin would (R-CUR-1). The stored
 * `effectiveRate` is not used, so an old snapshot whose rate was rounded converts the same way.
 */
export function convertFromEur(amountEur: number, snapshot: ExchangeSnapshot): Money {
  return { amount: roundTimes(amountEur, exactRate(snapshot)), currency: snapshot.currency };
}

/** When the snapshot's rate was fixed, for the quote's footnote. */
export function snapshotDate(snapshot: ExchangeSnapshot): IsoDate {
  return snapshot.date;
}
