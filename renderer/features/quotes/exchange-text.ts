import type { TFunction } from 'i18next';
import type { ExchangeSnapshot } from '../../../shared/pricing/currency';
import { exchangeFigures } from '../../i18n/format';

/** "1 EUR = 151.2 DZD + 3 % currency fluctuation margin, rate of 2 Jan 2026: 155.736 DZD per euro used." (R-CUR-1) */
export function exchangeText(t: TFunction, exchange: ExchangeSnapshot, language: string): string {
  return t('quotes:exchange.note', exchangeFigures(exchange, language));
}
