import type { ConexDb } from '../database';
import type { OrderRow } from '../sync-tables';

/** Every paid order the account holds, by the id of the quote it paid: the Orders tab shows each beside its quote. */
export async function ordersByQuote(database: ConexDb): Promise<Map<string, OrderRow>> {
  return new Map((await database.orders.toArray()).map((o) => [o.quoteId, o]));
}

/** The paid order of one quote, if the account holds it (its invoice is fetched by the order's id). */
export async function orderOfQuote(database: ConexDb, quoteId: string): Promise<OrderRow | undefined> {
  return database.orders.where('quoteId').equals(quoteId).first();
}
