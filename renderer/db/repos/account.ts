import {
  addLicenseContact,
  bulkReplaceContact,
  checkProfile,
  makePrimary,
  removeLicenseContact,
  type AccountProfile,
  type LicenseContacts,
  type ProfileInput,
} from '../../../shared/account';
import type { AccountUpdate, ApiContact, Change } from '../../../shared/api';
import { ok, type Result } from '../../../shared/errors';
import type { ContactRole } from '../../../shared/quote';
import type { ConexDb } from '../database';
import { storageOutcome } from '../storage-errors';
import { LOCAL_CONTACT_PREFIX } from './contact-ids';
import { enqueueChanges } from './outbox';

/** The stored profile, if one was saved here. */
export async function getProfile(database: ConexDb): Promise<AccountProfile | undefined> {
  return (await database.accountProfile.get('profile'))?.profile;
}

/** The fields the Conex API keeps (R-ACC-1, R-ACC-5) that differ from what was stored. */
function apiUpdate(before: AccountProfile | undefined, after: AccountProfile): AccountUpdate | null {
  const update: AccountUpdate = {};
  if (before?.email !== after.email) update.email = after.email;
  if ((before?.name ?? '') !== after.name) update.name = after.name;
  if ((before?.publicityOptOut ?? false) !== after.publicityOptOut) update.publicityOptOut = after.publicityOptOut;
  return Object.keys(update).length > 0 ? update : null;
}

/**
 * Saves the profile (checked by the domain: email, phone, tax IDs) and, when
 * signed in, queues what the server keeps for the next sync, in one transaction.
 * A refused edit changes nothing.
 */
export async function saveProfile(
  database: ConexDb,
  input: ProfileInput,
  options: { now: Date; newKey: () => string; signedIn: boolean },
): Promise<Result<AccountProfile>> {
  const checked = checkProfile(input, options.now);
  if (!checked.ok) return checked;
  return storageOutcome(async () => {
    await database.transaction('rw', [database.accountProfile, database.outbox, database.syncState], async () => {
      const before = await getProfile(database);
      await database.accountProfile.put({ key: 'profile', profile: checked.value });
      const update = apiUpdate(before, checked.value);
      if (options.signedIn && update) await enqueueChanges(database, [{ kind: 'account.update', update }], options.now, options.newKey);
    });
    return checked;
  });
}

/** The contacts of every license known here, with its entity, for the close-account check and bulk changes. */
export async function listLicenseContacts(database: ConexDb): Promise<LicenseContacts[]> {
  const [licenses, rows] = await Promise.all([database.licenses.toArray(), database.licenseContacts.toArray()]);
  const bySen = new Map(rows.map((r) => [r.sen, r.contacts]));
  return licenses.map((l) => ({ licenseId: l.id, sen: l.sen, entityId: l.entityId, contacts: bySen.get(l.sen) ?? [] }));
}

/** The contacts of one license as last synced or changed here. */
export async function contactsOf(database: ConexDb, sen: string): Promise<ApiContact[]> {
  return (await database.licenseContacts.get(sen))?.contacts ?? [];
}

export type ContactAction =
  { kind: 'add'; email: string; role: ContactRole } | { kind: 'primary'; contactId: string } | { kind: 'remove'; contactId: string };

/**
 * Applies a contact change to a license here (R-ACC-2: never the last billing or
 * technical contact) and queues it for Conex, in one transaction. An added
 * contact has a temporary id until Conex confirms it (contact-ids.ts).
 */
export async function changeContact(
  database: ConexDb,
  sen: string,
  action: ContactAction,
  options: { now: Date; newKey: () => string },
): Promise<Result<ApiContact[]>> {
  return storageOutcome(() =>
    database.transaction('rw', [database.licenseContacts, database.outbox, database.syncState], async () => {
      const current = await contactsOf(database, sen);
      let next: Result<ApiContact[]>;
      let change: Change;
      if (action.kind === 'add') {
        next = addLicenseContact(current, action.email, action.role, `${LOCAL_CONTACT_PREFIX}${options.newKey()}`);
        const added = next.ok ? next.value.at(-1) : undefined;
        change = {
          kind: 'contact.add',
          sen,
          contact: { email: added?.email ?? action.email, role: action.role, primary: added?.primary ?? false },
          ...(added ? { localId: added.id } : {}),
        };
      } else if (action.kind === 'primary') {
        next = makePrimary(current, action.contactId);
        change = { kind: 'contact.primary', sen, contactId: action.contactId };
      } else {
        next = removeLicenseContact(current, action.contactId);
        change = { kind: 'contact.remove', sen, contactId: action.contactId };
      }
      if (!next.ok) return next;
      await database.licenseContacts.put({ sen, contacts: next.value, updatedAt: options.now.toISOString() });
      await enqueueChanges(database, [change], options.now, options.newKey);
      return ok(next.value);
    }),
  );
}

/**
 * Replaces one contact by another on every license of an entity (R-ACC-2), here
 * and queued for Conex: per license, the new contact is added before the old one
 * is removed, so the server never sees a license without a billing or technical contact.
 * Returns how many licenses changed.
 */
export async function bulkReplace(
  database: ConexDb,
  entityId: string,
  fromEmail: string,
  toEmail: string,
  options: { now: Date; newKey: () => string },
): Promise<Result<number>> {
  return storageOutcome(async () => {
    return await database.transaction(
      'rw',
      [database.licenses, database.licenseContacts, database.outbox, database.syncState],
      async () => {
        const planned = bulkReplaceContact(
          await listLicenseContacts(database),
          entityId,
          fromEmail,
          toEmail,
          (l, role) => `${LOCAL_CONTACT_PREFIX}${l}-${role}-${options.newKey()}`,
        );
        if (!planned.ok) return planned;
        const changes: Change[] = [];
        for (const change of planned.value) {
          const before = await contactsOf(database, change.sen);
          const added = change.contacts.filter((c) => !before.some((b) => b.id === c.id));
          const removed = before.filter((b) => !change.contacts.some((c) => c.id === b.id));
          const promoted = change.contacts.filter((c) => c.primary && before.some((b) => b.id === c.id && !b.primary));
          for (const c of added)
            changes.push({
              kind: 'contact.add',
              sen: change.sen,
              contact: { email: c.email, role: c.role, primary: c.primary },
              localId: c.id,
            });
          for (const c of promoted) changes.push({ kind: 'contact.primary', sen: change.sen, contactId: c.id });
          for (const c of removed) changes.push({ kind: 'contact.remove', sen: change.sen, contactId: c.id });
          await database.licenseContacts.put({ sen: change.sen, contacts: change.contacts, updatedAt: options.now.toISOString() });
        }
        await enqueueChanges(database, changes, options.now, options.newKey);
        return ok(planned.value.length);
      },
    );
  });
}
