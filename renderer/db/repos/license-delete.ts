import { domainError, err, ok, type Result } from '../../../shared/errors';
import type { License } from '../../../shared/license';
import type { Quote } from '../../../shared/quote';
import type { ConexDb, KeyHistoryRow, ReminderStateRow } from '../database';
import type { LicenseContactsRow, OrderRow } from '../sync-tables';
import { storageOutcome } from '../storage-errors';

/** A license removed a moment ago, with its key history, reminder state and contacts, so undo can put all back. */
export interface RemovedLicense {
  readonly license: License;
  readonly history: readonly KeyHistoryRow[];
  readonly reminder: ReminderStateRow | undefined;
  readonly contacts: LicenseContactsRow | undefined;
}

/** Whether a quote line is about this license: by the stored license's id, or by its SEN. */
function names(quote: Quote, license: License): boolean {
  return quote.lines.some((e) => e.licenseId === license.id || ('sen' in e.line && e.line.sen === license.sen));
}

/**
 * What still needs the license: quotes not yet paid whose lines name it, and orders
 * naming its SEN whose key is still waiting to be applied (R-PAY-2, R-LIC-3).
 */
export async function licenseInUse(
  database: ConexDb,
  license: License,
): Promise<{ quotes: Quote[]; orders: OrderRow[]; onAccount: boolean }> {
  const quotes = await database.quotes.filter((q) => q.status !== 'paid' && names(q, license)).toArray();
  const pending = await database.pendingKeys.get(license.sen);
  const orders = pending ? await database.orders.filter((o) => o.licenses.includes(license.sen)).toArray() : [];
  // Contacts are only known for licenses of the signed-in Conex account, which the next sync brings back.
  const onAccount = (await database.licenseContacts.get(license.sen)) !== undefined;
  return { quotes, orders, onAccount };
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
  return storageOutcome(async () => {
    return await database.transaction(
      'rw',
      [
        database.licenses,
        database.keyHistory,
        database.quotes,
        database.orders,
        database.pendingKeys,
        database.reminderState,
        database.licenseContacts,
      ],
      async () => {
        const license = await database.licenses.get(id);
        if (!license) return err(domainError('license.missing', 'licenses:errors.missing'));
        const { quotes, orders } = await licenseInUse(database, license);
        if (quotes.length > 0 || orders.length > 0) {
          const which = [...quotes.map(label), ...orders.map((o) => o.officialNumber)].join(', ');
          return err(domainError('license.inUse', 'licenses:delete.inUse', { sen: license.sen, which }));
        }
        // Nothing of the license is left behind: its key history, reminder state (snooze, dismiss) and contacts go with it.
        const history = await database.keyHistory.where('licenseId').equals(id).toArray();
        const reminder = await database.reminderState.get(id);
        const contacts = await database.licenseContacts.get(license.sen);
        await database.keyHistory.bulkDelete(history.map((h) => h.id));
        await database.reminderState.delete(id);
        await database.licenseContacts.delete(license.sen);
        await database.licenses.delete(id);
        return ok({ license, history, reminder, contacts });
      },
    );
  });
}

/** Puts back a license deleted a moment ago, with its key history, reminder state and contacts (undo). */
export async function restoreLicense(database: ConexDb, removed: RemovedLicense): Promise<Result<License>> {
  return storageOutcome(
    async () => {
      await database.transaction(
        'rw',
        [database.licenses, database.keyHistory, database.reminderState, database.licenseContacts],
        async () => {
          await database.licenses.add(removed.license);
          await database.keyHistory.bulkPut([...removed.history]);
          if (removed.reminder) await database.reminderState.put(removed.reminder);
          if (removed.contacts) await database.licenseContacts.put(removed.contacts);
        },
      );
      return ok(removed.license);
    },
    () => err(domainError('license.senTaken', 'licenses:errors.senTaken', { sen: removed.license.sen })),
  );
}
