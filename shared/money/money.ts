import { z } from 'zod';
import { currencySchema, type Currency } from '../catalog';

/**
 * Money is an integer count of minor units plus its ISO 4217 code, never a float.
 * EUR and USD have 2 decimals. DZD also has 2 (centimes) in ISO 4217 and in Intl;
 * centimes are rarely used in practice, but keeping ISO's exponent means one
 * conversion rule for all currencies and amounts that match Algerian invoices
 * printed as "12 345,00 DA".
 */
export interface Money {
  readonly amount: number;
  readonly currency: Currency;
}

export const MINOR_DIGITS: Readonly<Record<Currency, number>> = { EUR: 2, USD: 2, DZD: 2 };

export const moneySchema = z.object({ amount: z.number().int().safe(), currency: currencySchema });

/** A Money value; a non-integer amount is a programming error. */
export function money(amount: number, currency: Currency): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Money amount must be integer minor units: ${amount}`);
  return { amount, currency };
}

/** Zero in `currency`. */
export function zero(currency: Currency): Money {
  return { amount: 0, currency };
}

/** a + b; adding different currencies is a programming error. */
export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amount: a.amount + b.amount, currency: a.currency };
}

/** a - b in the same currency. */
export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amount: a.amount - b.amount, currency: a.currency };
}

/** Sum of amounts, all in `currency`. */
export function sumMoney(values: readonly Money[], currency: Currency): Money {
  let amount = 0;
  for (const v of values) {
    sameCurrency(v, { amount: 0, currency });
    amount += v.amount;
  }
  return { amount, currency };
}

/** Sums grouped by currency, for lists that mix currencies (several quotes, order history). */
export function totalsByCurrency(values: readonly Money[]): Partial<Record<Currency, number>> {
  const totals: Partial<Record<Currency, number>> = {};
  for (const v of values) totals[v.currency] = (totals[v.currency] ?? 0) + v.amount;
  return totals;
}

/** Rounds half away from zero to an integer (minor units). */
export function roundMinor(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/**
 * `percent` % of an amount, rounded to the minor unit. Percentages are taken to
 * 1/100 of a percent and computed on integers so 20 % of 1005 is exactly 201.
 */
export function percentOf(amount: number, percent: number): number {
  const basisPoints = Math.round(percent * 100);
  return roundMinor((amount * basisPoints) / 10_000);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new TypeError(`Currency mismatch: ${a.currency} and ${b.currency}`);
}
