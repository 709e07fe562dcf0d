import type { ConexDb } from '../../db/database';
import { orderOfQuote } from '../../db/repos/orders';
import { clientFor } from '../../sync/api-client';
import { failureMessage, type SyncMessage } from '../../sync/messages';

export interface InvoiceDeps {
  db: ConexDb;
  apiUrl: string;
  token: string | null;
  fetch?: typeof fetch;
}

/**
 * The paid invoice PDF of the order that paid a quote, from the Conex API (the
 * server answers only a billing or technical contact of the order, R-ORD-8).
 */
export async function fetchInvoice(
  deps: InvoiceDeps,
  quoteId: string,
): Promise<{ ok: true; bytes: Uint8Array; invoiceNumber: string } | { ok: false; message: SyncMessage }> {
  const order = await orderOfQuote(deps.db, quoteId);
  if (!order) return { ok: false, message: { messageKey: 'account:errors.noOrder' } };
  if (!deps.token || !deps.apiUrl) return { ok: false, message: { messageKey: 'account:errors.signInForInvoice' } };
  const client = clientFor(deps);
  const result = await client.pdf('getInvoicePdf', { id: order.id });
  if (!result.ok) return { ok: false, message: failureMessage(result.failure) };
  return { ok: true, bytes: result.value, invoiceNumber: order.invoiceNumber };
}
