import type { IsoDate } from '../catalog';
import { quoteValidity } from '../licensing/orders';
import type { PriceBook } from './price-book';
import type { PricedQuote } from './price-quote';

/** A promotion on the quote that ends while the quote is still valid. */
export interface PromotionEnding {
  readonly percent: number;
  /** The promotion's last day (R-DISC-1). */
  readonly endsOn: IsoDate;
  /** The quote's last valid day: 30 days from its pricing date (R-ORD-5). */
  readonly validUntil: IsoDate;
}

/**
 * When a line of the quote has the limited-time promotion (R-DISC-1) and the promotion
 * ends before the quote's validity does (R-ORD-5), the dates to say so; null otherwise.
 * A draft counts its validity from today, as if it were submitted now.
 */
export function promotionEndingBeforeValidity(priced: PricedQuote, book: PriceBook): PromotionEnding | null {
  const promotion = book.promotion;
  if (!promotion || !priced.lines.some((l) => l.steps.some((s) => s.kind === 'promotion'))) return null;
  const { validUntil } = quoteValidity(priced.pricedOn, priced.pricedOn);
  return promotion.endsOn < validUntil ? { percent: promotion.percent, endsOn: promotion.endsOn, validUntil } : null;
}
