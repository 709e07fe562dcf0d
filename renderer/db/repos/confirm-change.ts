import type { ApiAccount, ApiConsentRequest, ApiContact, Change } from '../../../shared/api';
import type { ConexDb } from '../database';
import { applyConsentDecisions } from './consent';
import { confirmContactAdded } from './contact-ids';

type OtherChange = Exclude<Change, { kind: 'quote.submit' | 'quote.po' | 'quote.delete' }>;

/**
 * The server confirmed a change that is not a quote's: the row leaves the
 * outbox and what the answer means is written, in one transaction. If the app
 * stops before it ends, the row stays and is sent again with its idempotency
 * key, which the server answers as the first time; so a contact added then
 * removed is never left with a removal naming an id the app never recorded.
 * Returns the server's id for a contact added here, if any.
 */
export async function confirmOtherChange(
  database: ConexDb,
  seq: number,
  change: OtherChange,
  answer: unknown,
  now: Date,
  newId: () => string,
): Promise<{ localId: string; id: string } | undefined> {
  const tables = [
    database.outbox,
    database.syncState,
    database.licenseContacts,
    database.consentRequests,
    database.licenses,
    database.entities,
  ];
  return database.transaction('rw', tables, async () => {
    await database.outbox.delete(seq);
    if (change.kind === 'account.update') {
      const account = answer as ApiAccount;
      await database.syncState.put({ key: 'account.profile', value: account });
      // The email is the username (R-ACC-1): the signed-in account follows the change.
      const signedIn = (await database.syncState.get('account'))?.value as Record<string, unknown> | undefined;
      if (signedIn) await database.syncState.put({ key: 'account', value: { ...signedIn, email: account.email, name: account.name } });
    } else if (change.kind === 'contact.add' && change.localId) {
      const added = answer as ApiContact;
      await confirmContactAdded(database, change.sen, change.localId, added);
      return { localId: change.localId, id: added.id };
    } else if (change.kind === 'consent.request') {
      await applyConsentDecisions(database, [answer as ApiConsentRequest], now, newId);
    }
    return undefined;
  });
}
