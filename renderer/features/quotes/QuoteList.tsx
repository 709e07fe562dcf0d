import { Chip, TableCell, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { toCalendarDate } from '../../../shared/calendar';
import { formatMoney } from '../../../shared/money/format';
import type { PriceBook } from '../../../shared/pricing/price-book';
import { priceStoredQuote, submittedValidity, type Quote } from '../../../shared/quote';
import { formatDate, toLocale } from './format';
import { optionSummaries } from './option-totals';
import { ListTable } from './ListTable';
import { QuoteRowActions, type RowHandlers } from './QuoteRowActions';
import { Ltr } from '../../ui/Ltr';

interface Props {
  quotes: Quote[];
  book: PriceBook;
  label: string;
  handlers: RowHandlers;
  pdfBusy: boolean;
}

/** Drafts, queued and submitted quotes (with their 30-day validity, R-ORD-5), or paid orders. */
export function QuoteList({ quotes, book, label, handlers, pdfBusy }: Props) {
  const { t, i18n } = useTranslation('quotes');
  const locale = toLocale(i18n.language);
  const now = new Date();
  const today = toCalendarDate(now);
  return (
    <ListTable
      label={label}
      columns={[
        { label: t('list.quote') },
        { label: t('list.customer') },
        { label: t('list.status') },
        { label: t('list.updated') },
        { label: t('list.validUntil') },
        { label: t('list.total'), align: 'right' },
        { label: t('list.actions'), align: 'right' },
      ]}
    >
      {quotes.map((q) => {
        const name =
          q.officialNumber ??
          t('list.draftName', { ref: q.id.slice(0, 6).toUpperCase(), date: formatDate(q.createdAt.slice(0, 10), locale) });
        const priced = priceStoredQuote(q, book, now);
        // A quote with options shows each option's total, one a line (issue 20).
        const options = optionSummaries(t, q, book, now, i18n.language);
        const validity = q.status === 'submitted' ? submittedValidity(q, today) : null;
        return (
          <TableRow key={q.id} hover>
            <TableCell component="th" scope="row">
              {name}
            </TableCell>
            <TableCell>{q.organization.name || '—'}</TableCell>
            <TableCell>
              <Chip
                size="small"
                label={t(`status.${q.status}`)}
                color={q.status === 'paid' ? 'success' : q.status === 'draft' ? 'default' : 'primary'}
              />
              {q.flaggedForReview && <Chip size="small" sx={{ ml: 0.5 }} color="warning" label={t('list.review')} />}
            </TableCell>
            <TableCell>{formatDate(q.updatedAt.slice(0, 10), locale)}</TableCell>
            <TableCell>
              {validity
                ? validity.expired
                  ? t('list.expired', { date: formatDate(validity.validUntil, locale) })
                  : formatDate(validity.validUntil, locale)
                : '—'}
            </TableCell>
            <TableCell align="right">
              {options.length > 0 ? (
                options.map((o) => <div key={o.id}>{o.text}</div>)
              ) : priced.ok && q.lines.length > 0 ? (
                <Ltr>{formatMoney(priced.value.totals.net, locale)}</Ltr>
              ) : (
                '—'
              )}
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              <QuoteRowActions quote={q} name={name} handlers={handlers} pdfBusy={pdfBusy} />
            </TableCell>
          </TableRow>
        );
      })}
    </ListTable>
  );
}
