import type { TFunction } from 'i18next';
import type { ExchangeSnapshot } from '../../../shared/pricing/currency';
import { formatDate, toLocale } from './format';

/** "1 EUR = 151.2 DZD + 3 % currency fluctuation margin, rate of 2 Jan 2026 (155.736 DZD used)." (R-CUR-1) */
export function exchangeText(t: TFunction, exchange: ExchangeSnapshot, language: string): string {
  const locale = toLocale(language);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  return t('quotes:exchange.note', {
    perEur: number.format(exchange.perEur),
    currency: exchange.currency,
    marginPercent: number.format(exchange.marginPercent),
    date: formatDate(exchange.date, language),
    effective: number.format(exchange.effectiveRate),
  });
}
