import { formatMoney } from '../../shared/money/format';
import type { SandboxContext } from './context';
import { cursorOf } from './context';
import { fail, notFound, type Handlers } from './http';
import { simplePdf } from './pdf';
import { canSeeOrder, getOrder, orderFeed } from './store-quotes';

/** Paid orders and their invoices, visible only to the billing and technical contacts (R-ORD-8). */
export function orderHandlers({ db }: SandboxContext): Pick<Handlers, 'listOrders' | 'getInvoicePdf'> {
  return {
    listOrders({ account, query }) {
      const since = cursorOf(query.since);
      if (since === undefined) return fail(400, 'validation', 'Bad cursor');
      return { status: 200, body: orderFeed(db, account.email, since, query.limit ?? 1000) };
    },
    getInvoicePdf({ account, params }) {
      const order = getOrder(db, params.id ?? '');
      if (!order || !canSeeOrder(db, order, account.email)) return notFound();
      const lines = [
        `Conex invoice ${order.invoiceNumber} (SANDBOX)`,
        `Quote ${order.officialNumber}, paid on ${order.paidOn}`,
        ...(order.poNumber ? [`PO: ${order.poNumber}`] : []),
        `Total paid: ${formatMoney(order.total, 'en')} (no VAT or GST)`,
        `Licenses: ${order.licenses.join(', ')}`,
      ];
      return { status: 200, body: simplePdf(lines) };
    },
  };
}
