import { domainError, err, ok, type Result } from '../../../shared/errors';
import type { License } from '../../../shared/license';
import type { Quote } from '../../../shared/quote';
import type { ConexDb, KeyHistoryRow } from '../database';
import type { OrderRow } from '../sync-tables';
import { storageError } from '../storage-errors';

/** A license removed a moment ago, with its key history, so undo can put both back. */
export interface RemovedLicense {
  readonly license: License;
  readonly history: readonly KeyHistoryRow[];
}

/** Whether a quote line is about this license: by the stored license's id, or by its SEN. */
function names(quote: Quote, license: License): boolean {
  return quote.lines.some((e) => e.licenseId === license.id || ('sen' in e.line && e.line.sen === license.sen));
}

/**
 * What still needs the license: quotes not yet paid whose lines name it, and orders
 * naming its SEN whose key is still waiting to be applied (R-PAY-2, R-LIC-3).
 */
export async function licenseInUse(database: ConexDb, license: License): Promise<{ quotes: Quote[]; orders: OrderRow[] }> {
  const quotes = await database.quotes.filter((q) => q.status !== 'paid' && names(q, license)).toArray();
  const pending = await database.pendingKeys.get(license.sen);
  const orders = pending ? await database.orders.filter((o) => o.licenses.includes(license.sen)).toArray() : [];
  return { quotes, orders };
}

/** How the user knows a quote or order: its official number, or "draft" and the day it was started. */
function label(q: Quote): string {
  return q.officialNumber ?? q.createdAt.slice(0, 10);
}

/**
 * Deletes a license and its key history, and returns them for undo. Refused while
 * an open quote or order names it: the error lists them, so the user knows which to finish or delete first.
 */
export async function deleteLicense(database: ConexDb, id: string): Promise<Result<RemovedLicense>> {
  try {
    return await database.transaction(
      'rw',
      [database.licenses, database.keyHistory, database.quotes, database.orders, database.pendingKeys],
      async () => {
        const license = await database.licenses.get(id);
        if (!license) return err(domainError('license.missing', 'licenses:errors.missing'));
        const { quotes, orders } = await licenseInUse(database, license);
        if (quotes.length > 0 || orders.length > 0) {
          const which = [...quotes.map(label), ...orders.map((o) => o.officialNumber)].join(', ');
          return err(domainError('license.inUse', 'licenses:delete.inUse', { sen: license.sen, which }));
        }
        const history = await database.keyHistory.where('licenseId').equals(id).toArray();
        await database.keyHistory.bulkDelete(history.map((h) => h.id));
        await database.licenses.delete(id);
        return ok({ license, history });
      },
    );
  } catch (e) {
    return err(storageError(e));
  }
}

/** Puts back a license deleted a moment ago, with its key history (undo). */
export async function restoreLicense(database: ConexDb, removed: RemovedLicense): Promise<Result<License>> {
  try {
    await database.transaction('rw', database.licenses, database.keyHistory, async () => {
      await database.licenses.add(removed.license);
      await database.keyHistory.bulkPut([...removed.history]);
    });
    return ok(removed.license);
  } catch (e) {
    if ((e as { name?: string }).name === 'ConstraintError') {
      return err(domainError('license.senTaken', 'licenses:errors.senTaken', { sen: removed.license.sen }));
    }
    return err(storageError(e));
  }
}
