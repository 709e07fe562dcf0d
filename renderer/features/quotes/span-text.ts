import type { TFunction } from 'i18next';
import type { Span } from '../../../shared/maintenance/span';

/** "6 months and 15 days", "12 months", "20 days": a co-termination period as sales prorate it (R-MAINT-7). */
export function spanText(t: TFunction, span: Pick<Span, 'months' | 'days'>): string {
  const months = t('quotes:span.months', { count: span.months });
  const days = t('quotes:span.days', { count: span.days });
  if (span.days === 0) return months;
  if (span.months === 0) return days;
  return t('quotes:span.both', { months, days });
}
