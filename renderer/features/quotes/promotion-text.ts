import type { TFunction } from 'i18next';
import { formatPercent } from '../../../shared/money/format';
import type { PromotionEnding } from '../../../shared/pricing/promotion-ending';
import { formatDate, toLocale } from './format';

/** "The 20% promotion ends on …, before this quote's validity ends on …", in `language`: the review step and the PDF say the same. */
export function promotionEndingText(t: TFunction, ending: PromotionEnding, language: string): string {
  return t('quotes:promotionEnding', {
    percent: formatPercent(ending.percent, toLocale(language)),
    endsOn: formatDate(ending.endsOn, language),
    validUntil: formatDate(ending.validUntil, language),
  });
}
