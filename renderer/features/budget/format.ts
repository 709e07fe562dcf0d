import type { TFunction } from 'i18next';
import { addDaysIso } from '../../../shared/calendar';
import type { FiscalYear } from '../../../shared/budget/fiscal-year';
import type { ForecastItem } from '../../../shared/budget/forecast';
import { formatMoney, formatPercent } from '../../../shared/money/format';
import type { Money } from '../../../shared/money/money';
import { exchangeFigures, formatDate } from '../../i18n/format';
import { localeOf } from '../../i18n/locale';
import type { ExchangeSnapshot } from '../../../shared/pricing/currency';

export { formatDate };

/** A month's name (1 = January) in the language. */
export function monthName(month: number, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

export function money(value: Money, language: string): string {
  return formatMoney(value, localeOf(language));
}

/** "FY 2026–27", or "FY 2027" for a calendar fiscal year. */
export function fiscalYearLabel(t: TFunction, fy: FiscalYear): string {
  return fy.startYear === fy.endYear
    ? t('budget:fy.single', { start: fy.startYear })
    : t('budget:fy.label', { start: fy.startYear, end: String(fy.endYear).slice(-2) });
}

/** The fiscal year's first and last days ("1 Sep 2026 to 31 Aug 2027"). */
export function fiscalYearRange(t: TFunction, fy: FiscalYear, language: string): string {
  return t('budget:fy.range', { from: formatDate(fy.start, language), to: formatDate(addDaysIso(fy.end, -1), language) });
}

/** What a forecast line buys, in words. */
export function itemText(t: TFunction, item: ForecastItem, language: string): string {
  switch (item.kind) {
    case 'renewal':
      return t('budget:kind.renewal');
    case 'purchase':
      return t('budget:kind.purchase');
    case 'lapsed':
      return t('budget:kind.lapsed', { count: item.blocks, from: formatDate(item.period.start, language) });
    case 'cotermination':
      return t('budget:kind.cotermination', {
        to: formatDate(item.period.end, language),
        months: item.span?.months ?? 0,
        days: item.span?.days ?? 0,
      });
  }
}

/** "Promotion 20 %, Academic 7 %", or an empty text without discounts (R-DISC-1, R-DISC-2). */
export function discountText(t: TFunction, item: ForecastItem, language: string): string {
  return item.steps.map((s) => t(`budget:discount.${s.kind}`, { percent: formatPercent(s.percent, localeOf(language)) })).join(', ');
}

/** The rate, margin and date the forecast converts with, every digit printed (R-CUR-1); the euro note for EUR. */
export function exchangeLine(t: TFunction, exchange: ExchangeSnapshot, language: string): string {
  if (exchange.currency === 'EUR') return t('budget:euro');
  const figures = exchangeFigures(exchange, language);
  return `${t('domain:currency.exchangeNote', figures)} (= ${figures.effective} ${exchange.currency})`;
}
