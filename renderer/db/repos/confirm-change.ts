import type { ApiAccount, ApiConsentRequest, ApiContact } from '../../../shared/api';
import type { ConexDb } from '../database';
import { applyConsentDecisions } from './consent';
import { confirmContactAdded } from './contact-ids';
import { getSyncState, setSyncState } from './sync-store';

/*
 * The server confirmed a change that is not a quote's: the row leaves the
 * outbox and what the answer means is written, in one transaction. If the app
 * stops before it ends, the row stays and is sent again with its idempotency
 * key, which the server answers as the first time; so a contact added then
 * removed is never left with a removal naming an id the app never recorded.
 */

/** The account as Conex now holds it; the email is the username (R-ACC-1), so the signed-in account follows the change. */
export async function confirmAccountUpdate(database: ConexDb, seq: number, account: ApiAccount): Promise<void> {
  await database.transaction('rw', [database.outbox, database.syncState], async () => {
    await database.outbox.delete(seq);
    await setSyncState(database, 'account.profile', account);
    const signedIn = await getSyncState(database, 'account');
    if (signedIn) await setSyncState(database, 'account', { ...signedIn, email: account.email, name: account.name });
  });
}

/** A contact added here: it takes the id Conex gave (see confirmContactAdded); returns the ids for later changes of this pass. */
export async function confirmContactAdd(
  database: ConexDb,
  seq: number,
  change: { sen: string; localId?: string | undefined },
  added: ApiContact,
): Promise<{ localId: string; id: string } | undefined> {
  const { localId } = change;
  return database.transaction('rw', [database.outbox, database.licenseContacts], async () => {
    await database.outbox.delete(seq);
    if (!localId) return undefined;
    await confirmContactAdded(database, change.sen, localId, added);
    return { localId, id: added.id };
  });
}

/** A Consent To Assign request Conex received: its answer is applied as any decision pulled later. */
export async function confirmConsentRequest(
  database: ConexDb,
  seq: number,
  answer: ApiConsentRequest,
  now: Date,
  newId: () => string,
): Promise<void> {
  const tables = [database.outbox, database.consentRequests, database.licenses, database.entities];
  await database.transaction('rw', tables, async () => {
    await database.outbox.delete(seq);
    await applyConsentDecisions(database, [answer], now, newId);
  });
}
