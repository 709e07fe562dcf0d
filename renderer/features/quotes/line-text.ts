import type { TFunction } from 'i18next';
import type { PriceBook } from '../../../shared/pricing/price-book';
import type { QuoteLine } from '../../../shared/pricing/quote-lines';
import type { PricedLine } from '../../../shared/pricing/price-quote';
import { formatDate, productName } from './format';
import { spanText } from './span-text';

/** "New license · Conex Books® Express (Server, academic, 2 years)": what a line buys, for the cart, the review and the PDF. */
export function describeLine(t: TFunction, line: QuoteLine, book: PriceBook): string {
  const name = productName(book, line.product);
  const kind = t(`domain:lineKind.${line.kind}`);
  const type = t(`quotes:licenseType.${line.licenseType}`);
  switch (line.kind) {
    case 'new':
      return t('quotes:line.new', { kind, name, tier: line.tier, type, count: line.years });
    case 'renewal':
      if (line.until) return t('quotes:line.renewalUntil', { kind, name, tier: line.tier, type });
      return t('quotes:line.renewal', { kind, name, tier: line.tier, type, count: line.years });
    case 'upgrade':
      return t('quotes:line.upgrade', { kind, name, from: line.from, to: line.to, type });
    case 'cloud-subscription':
      return t('quotes:line.cloud', { kind, name, tier: line.tier, type });
  }
}

/** The SEN of a renewal or upgrade; a new license gets its SEN after payment. */
export function lineSen(t: TFunction, line: QuoteLine): string {
  return 'sen' in line ? line.sen : t('quotes:line.senAfterPayment');
}

/**
 * A line's maintenance as the quote states it: a new license or an upgrade runs
 * 12 months from payment confirmation, shown with the dates it would have if paid
 * today (R-MAINT-2, R-MAINT-3); a co-termination renewal with its months and days
 * (R-MAINT-7); any other renewal with its dates (R-MAINT-4).
 */
export function periodText(t: TFunction, priced: PricedLine, language: string, keys: PeriodKeys = CART_PERIOD): string {
  const start = formatDate(priced.period.start, language);
  const end = formatDate(priced.period.end, language);
  if (priced.span) return t(keys.span, { start, end, span: spanText(t, priced.span) });
  const months = paymentMonths(priced.line);
  return months ? t(keys.fromPayment, { start, end, months }) : t(keys.plain, { start, end });
}

/** Months of maintenance a line buys from payment confirmation; none for a renewal, which starts at the previous expiry. */
function paymentMonths(line: QuoteLine): number | undefined {
  if (line.kind === 'new') return 12 * line.years;
  if (line.kind === 'upgrade') return 12;
  if (line.kind === 'cloud-subscription' && !line.currentEnd) return 12;
  return undefined;
}

export interface PeriodKeys {
  readonly plain: string;
  readonly span: string;
  readonly fromPayment: string;
}

export const CART_PERIOD: PeriodKeys = {
  plain: 'quotes:cart.period',
  span: 'quotes:cart.periodSpan',
  fromPayment: 'quotes:cart.fromPayment',
};
