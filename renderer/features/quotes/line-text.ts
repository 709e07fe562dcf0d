import type { TFunction } from 'i18next';
import type { PriceBook } from '../../../shared/pricing/price-book';
import type { QuoteLine } from '../../../shared/pricing/quote-lines';
import { productName } from './format';

/** "New license · Conex Books® Express (Server, academic, 2 years)": what a line buys, for the cart, the review and the PDF. */
export function describeLine(t: TFunction, line: QuoteLine, book: PriceBook): string {
  const name = productName(book, line.product);
  const kind = t(`domain:lineKind.${line.kind}`);
  const type = t(`quotes:licenseType.${line.licenseType}`);
  switch (line.kind) {
    case 'new':
      return t('quotes:line.new', { kind, name, tier: line.tier, type, count: line.years });
    case 'renewal':
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
