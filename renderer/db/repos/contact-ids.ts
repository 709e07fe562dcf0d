import type { ApiContact } from '../../../shared/api';
import type { ConexDb } from '../database';

/** Contacts added here carry this id prefix until Conex confirms them and gives theirs. */
export const LOCAL_CONTACT_PREFIX = 'local-';

/**
 * Conex confirmed a contact added here (R-ACC-2): the contact takes the id the
 * server gave, here and in every change still waiting that names it (make it
 * primary, remove it), so those reach the right contact even when it was
 * removed here before any sync.
 */
export async function confirmContactAdded(database: ConexDb, sen: string, localId: string, added: ApiContact): Promise<void> {
  await database.transaction('rw', [database.licenseContacts, database.outbox], async () => {
    const row = await database.licenseContacts.get(sen);
    if (row?.contacts.some((c) => c.id === localId))
      await database.licenseContacts.put({ ...row, contacts: row.contacts.map((c) => (c.id === localId ? { ...c, id: added.id } : c)) });
    await database.outbox
      .where('objectId')
      .equals(`license:${sen}`)
      .modify((entry) => {
        const change = entry.change;
        if ((change.kind === 'contact.primary' || change.kind === 'contact.remove') && change.contactId === localId)
          entry.change = { ...change, contactId: added.id };
      });
  });
}
