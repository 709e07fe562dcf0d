import type { IsoDate } from '../../../shared/catalog';
import { quoteSchema } from '../../../shared/quote';
import type { ConexDb } from '../database';

/**
 * The payment date of each license a paid order issued as a new license, by SEN
 * (R-UPG-1's purchase date). An order lists every SEN it issued or extended; the
 * SENs its quote renewed or upgraded are not purchases, so they are left out, and
 * an order whose quote is not on this computer tells nothing.
 */
export async function newLicensePaymentDates(database: ConexDb): Promise<Record<string, IsoDate>> {
  const orders = await database.orders.toArray();
  const quotes = await database.quotes.bulkGet(orders.map((o) => o.quoteId));
  const dates: Record<string, IsoDate> = {};
  orders.forEach((order, i) => {
    const quote = quoteSchema.safeParse(quotes[i]);
    if (!quote.success) return;
    const changed = new Set(quote.data.lines.flatMap((e) => ('sen' in e.line ? [e.line.sen] : [])));
    for (const sen of order.licenses) if (!changed.has(sen)) dates[sen] = order.paidOn;
  });
  return dates;
}
