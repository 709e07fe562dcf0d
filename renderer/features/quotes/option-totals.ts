import type { TFunction } from 'i18next';
import type { PriceBook } from '../../../shared/pricing/price-book';
import { formatMoney } from '../../../shared/money/format';
import type { Quote } from '../../../shared/quote';
import { priceOptions, quoteOptions } from '../../../shared/quote-options';
import { toLocale } from './format';

/** One option as the form, the dialog and the list show it. */
export interface OptionSummary {
  readonly id: string;
  readonly number: number;
  /** "Option 2: €1,200.00", or "not priced yet" while it has no lines or breaks a rule. */
  readonly text: string;
}

/** Every option of the quote with its own total, in the user's language; none for a plain quote. */
export function optionSummaries(t: TFunction, quote: Quote, book: PriceBook, now: Date | string, language: string): OptionSummary[] {
  if (!quote.options) return [];
  const priced = priceOptions(quote, book, now);
  return quoteOptions(quote).map((o, i) => {
    const result = priced[i];
    const number = i + 1;
    const text =
      result?.ok && o.lines.length > 0
        ? t('options.total', { number, total: formatMoney(result.value.totals.net, toLocale(language)) })
        : t('options.totalUnpriced', { number });
    return { id: o.id, number, text };
  });
}
