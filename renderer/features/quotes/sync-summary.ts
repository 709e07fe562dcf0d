import type { TFunction } from 'i18next';
import type { Quote } from '../../../shared/quote';
import { formatDate } from './format';
import { lineSen } from './line-text';

/**
 * What the quote asks about maintenance dates, for the review step and the PDF:
 * the co-termination and what it aligns to (R-MAINT-7), and for each upgrade
 * whether the entity's other licenses renew with it or on their own dates (R-UPG-2).
 */
export function syncSummary(
  t: TFunction,
  quote: Pick<Quote, 'cotermination' | 'lines'>,
  language: string,
  key = 'quotes:review.cotermination',
): string[] {
  const out: string[] = [];
  const request = quote.cotermination;
  const date = request?.commonEnd ? formatDate(request.commonEnd, language) : '—';
  if (request && (request.licenses.length > 0 || request.anchor === 'date')) {
    out.push(
      t(key, {
        date,
        anchor: t(`quotes:review.anchor.${request.anchor ?? 'proposed'}`),
        sens: request.licenses.map((l) => l.sen).join(', ') || '—',
      }),
    );
  }
  for (const entry of quote.lines) {
    if (!entry.othersRenew) continue;
    const params = { sen: lineSen(t, entry.line), entity: entry.entity?.name ?? '—', date };
    out.push(t(entry.othersRenew === 'with-upgrade' ? 'quotes:review.upgradeSync' : 'quotes:review.upgradeOwn', params));
  }
  return out;
}
