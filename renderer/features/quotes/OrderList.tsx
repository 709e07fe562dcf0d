import { TableCell, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { seesOrder } from '../../../shared/licensing/orders';
import { formatMoney } from '../../../shared/money/format';
import type { Quote } from '../../../shared/quote';
import type { OrderRow } from '../../db/sync-tables';
import { formatDate, toLocale } from './format';
import { ListTable } from './ListTable';
import { QuoteRowActions, type RowHandlers } from './QuoteRowActions';
import { useAccountEmail } from './use-account-email';
import { Ltr } from '../../ui/Ltr';

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
 * and its actions, the paid invoice among them (R-PAY-2, R-ORD-8). An order
 * placed for a customer, whose contacts do not include the signed-in account,
 * never comes to this account: it shows as handed over, not as waiting.
 */
export function OrderList({ quotes, orders, label, handlers, pdfBusy }: Props) {
  const { t, i18n } = useTranslation('quotes');
  const locale = toLocale(i18n.language);
  const accountEmail = useAccountEmail();
  return (
    <ListTable
      label={label}
      columns={[
        { label: t('list.quote') },
        { label: t('list.customer') },
        { label: t('orders.invoice') },
        { label: t('orders.paidOn') },
        { label: t('orders.po') },
        { label: t('orders.licenses') },
        { label: t('orders.paid'), align: 'right' },
        { label: t('list.actions'), align: 'right' },
      ]}
    >
      {quotes.map((q) => {
        const order = orders.get(q.id);
        const name = q.officialNumber ?? order?.officialNumber ?? q.id;
        const handedOver = !order && !!accountEmail && !seesOrder(q.contacts, accountEmail);
        return (
          <TableRow key={q.id} hover>
            <TableCell component="th" scope="row">
              {name}
            </TableCell>
            <TableCell>{q.organization.name || '—'}</TableCell>
            <TableCell>{order?.invoiceNumber ?? (handedOver ? t('orders.handedOver') : t('orders.waiting'))}</TableCell>
            <TableCell>{order ? formatDate(order.paidOn, locale) : '—'}</TableCell>
            <TableCell>{order?.poNumber ?? q.poNumber ?? '—'}</TableCell>
            <TableCell>{order?.licenses.length ? order.licenses.join(', ') : '—'}</TableCell>
            <TableCell align="right">{order ? <Ltr>{formatMoney(order.total, locale)}</Ltr> : '—'}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              <QuoteRowActions quote={q} name={name} handlers={handlers} pdfBusy={pdfBusy} handedOver={handedOver} />
            </TableCell>
          </TableRow>
        );
      })}
    </ListTable>
  );
}
