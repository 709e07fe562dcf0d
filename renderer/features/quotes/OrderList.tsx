import { Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/money/format';
import type { Quote } from '../../../shared/quote';
import type { OrderRow } from '../../db/sync-tables';
import { formatDate, toLocale } from './format';
import { QuoteRowActions, type RowHandlers } from './QuoteRowActions';

interface Props {
  quotes: Quote[];
  /** Conex's orders, by the id of the quote that was paid. */
  orders: ReadonlyMap<string, OrderRow>;
  label: string;
  handlers: RowHandlers;
  pdfBusy: boolean;
}

/**
 * The Orders tab: each paid order with what Conex recorded of it (invoice
 * number, payment date, PO number, the licenses it issued, the amount paid)
 * and its actions, the paid invoice among them (R-PAY-2, R-ORD-8).
 */
export function OrderList({ quotes, orders, label, handlers, pdfBusy }: Props) {
  const { t, i18n } = useTranslation('quotes');
  const locale = toLocale(i18n.language);
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>{t('list.quote')}</TableCell>
            <TableCell>{t('list.customer')}</TableCell>
            <TableCell>{t('orders.invoice')}</TableCell>
            <TableCell>{t('orders.paidOn')}</TableCell>
            <TableCell>{t('orders.po')}</TableCell>
            <TableCell>{t('orders.licenses')}</TableCell>
            <TableCell align="right">{t('orders.paid')}</TableCell>
            <TableCell align="right">{t('list.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {quotes.map((q) => {
            const order = orders.get(q.id);
            const name = q.officialNumber ?? order?.officialNumber ?? q.id;
            return (
              <TableRow key={q.id} hover>
                <TableCell component="th" scope="row">
                  {name}
                </TableCell>
                <TableCell>{q.organization.name || '—'}</TableCell>
                <TableCell>{order?.invoiceNumber ?? t('orders.waiting')}</TableCell>
                <TableCell>{order ? formatDate(order.paidOn, locale) : '—'}</TableCell>
                <TableCell>{order?.poNumber ?? q.poNumber ?? '—'}</TableCell>
                <TableCell>{order?.licenses.length ? order.licenses.join(', ') : '—'}</TableCell>
                <TableCell align="right">{order ? formatMoney(order.total, locale) : '—'}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <QuoteRowActions quote={q} name={name} handlers={handlers} pdfBusy={pdfBusy} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
