import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/catalog';
import { monthsAndDays } from '../../../shared/maintenance/span';
import { formatMoney } from '../../../shared/money/format';
import type { PriceBook } from '../../../shared/pricing/price-book';
import type { Quote, QuoteEntry } from '../../../shared/quote';
import { checkLine } from './cart-check';
import { errorText } from './errors';
import { formatDate, toLocale } from './format';
import { lineSen } from './line-text';
import { spanText } from './span-text';
import { useLtrText } from '../../ui/Ltr';

interface Props {
  entries: readonly QuoteEntry[];
  quote: Quote;
  book: PriceBook;
  today: IsoDate;
  label: string;
}

/** The lines a co-termination would add, each with its dates, months and days, and price as the cart will have them (R-MAINT-7). */
export function SyncRows({ entries, quote, book, today, label }: Props) {
  const { t, i18n } = useTranslation('quotes');
  const ltr = useLtrText();
  const locale = toLocale(i18n.language);
  return (
    <Box component="ul" aria-label={label} sx={{ my: 0.5, pl: 2 }}>
      {entries.map((entry) => {
        const priced = checkLine(quote, entry.line, book, today);
        if (!priced.ok) return <li key={entry.id}>{`${lineSen(t, entry.line)}: ${errorText(t, priced.error)}`}</li>;
        const { period, span, net } = priced.value;
        return (
          <li key={entry.id}>
            {t(span ? 'sync.rowEstimate' : 'sync.row', {
              sen: lineSen(t, entry.line),
              from: formatDate(period.start, locale),
              to: formatDate(period.end, locale),
              span: spanText(t, span ?? monthsAndDays(period.start, period.end)),
              price: ltr(formatMoney(net, locale)),
            })}
          </li>
        );
      })}
    </Box>
  );
}
