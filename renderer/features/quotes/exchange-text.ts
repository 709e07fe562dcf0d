import type { TFunction } from 'i18next';
import { decimalString, toDecimal } from '../../../shared/money/decimal';
import { exactRateText, type ExchangeSnapshot } from '../../../shared/pricing/currency';
import { formatDate, toLocale } from './format';

/**
 * A decimal written out in full in the language ("155,736" in French): every
 * digit is kept, so the figure printed is the figure used (R-CUR-1).
 */
export function formatExactDecimal(text: string, language: string): string {
  const locale = toLocale(language);
  const [whole = '0', fraction] = text.split('.');
  const grouped = new Intl.NumberFormat(locale, { useGrouping: true }).format(BigInt(whole));
  if (!fraction) return grouped;
  const point = locale === 'fr' ? ',' : '.';
  return `${grouped}${point}${fraction}`;
}

/** "1 EUR = 151.2 DZD + 3 % currency fluctuation margin, rate of 2 Jan 2026: 155.736 DZD per euro used." (R-CUR-1) */
export function exchangeText(t: TFunction, exchange: ExchangeSnapshot, language: string): string {
  return t('quotes:exchange.note', {
    perEur: formatExactDecimal(decimalString(toDecimal(exchange.perEur)), language),
    currency: exchange.currency,
    marginPercent: formatExactDecimal(decimalString(toDecimal(exchange.marginPercent)), language),
    date: formatDate(exchange.date, language),
    effective: formatExactDecimal(exactRateText(exchange), language),
  });
}
