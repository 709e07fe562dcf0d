import type { Span } from '../maintenance/span';
import { roundMinor } from '../money/money';

/**
 * Reading of R-MAINT-7: a co-termination renewal is priced pro rata, whole
 * months at 1/12 of the annual renewal price and the remaining days at 1/365 of
 * it, rounded once to the cent in EUR. It is an estimate: sales confirm the
 * dates and prices when they review the quote.
 */
export function proratedRenewal(annualEur: number, span: Pick<Span, 'months' | 'days'>): number {
  return roundMinor((annualEur * (span.months * 365 + span.days * 12)) / (12 * 365));
}
