import { checkConsentForm, type ConsentForm } from '../../../shared/account';
import type { ApiConsentRequest } from '../../../shared/api';
import { entityNameKey } from '../../../shared/entity';
import { err, ok, type Result } from '../../../shared/errors';
import type { ConsentRequestRow } from '../account-tables';
import type { ConexDb, StoredEntity } from '../database';
import { storageError } from '../storage-errors';
import { enqueueChanges } from './outbox';

/**
 * Records a Consent To Assign request (R-LIC-6) and queues it for Conex, in one
 * transaction: the form is sent at the next sync, and the license keeps its
 * entity until Conex confirms.
 */
export async function recordConsentRequest(
  database: ConexDb,
  license: { id: string; sen: string; entityId: string },
  form: ConsentForm,
  currentEntityName: string,
  options: { now: Date; newId: () => string },
): Promise<Result<ConsentRequestRow>> {
  const checked = checkConsentForm(form, currentEntityName);
  if (!checked.ok) return checked;
  const row: ConsentRequestRow = {
    id: options.newId(),
    licenseId: license.id,
    sen: license.sen,
    fromEntityId: license.entityId,
    toEntityName: checked.value.toEntity,
    signatoryEmail: checked.value.signatoryEmail,
    reason: checked.value.reason,
    status: 'recorded',
    createdAt: options.now.toISOString(),
  };
  const { toEntity, signatoryEmail, reason } = checked.value;
  try {
    await database.transaction('rw', [database.consentRequests, database.outbox], async () => {
      await database.consentRequests.add(row);
      await enqueueChanges(
        database,
        [{ kind: 'consent.request', requestId: row.id, form: { sen: license.sen, toEntity, signatoryEmail, reason } }],
        options.now,
        options.newId,
      );
    });
    return ok(row);
  } catch (e) {
    return err(storageError(e));
  }
}

/** The Consent To Assign requests of a license, newest first. */
export async function consentRequestsOf(database: ConexDb, licenseId: string): Promise<ConsentRequestRow[]> {
  return (await database.consentRequests.where('licenseId').equals(licenseId).sortBy('createdAt')).reverse();
}

/** The API refused a request for good: it stays, marked with why, so the user can correct it and send a new one. */
export async function markConsentRefused(database: ConexDb, id: string, errorKey: string): Promise<void> {
  await database.consentRequests.update(id, { status: 'refused', errorKey });
}

const STATUS = { received: 'sent', confirmed: 'confirmed', declined: 'declined' } as const;

/**
 * Applies what Conex says of requests sent from here. A confirmation moves the
 * license to the new entity (found by name, or created) the first time it is
 * seen; Conex then issues a key naming that entity, which waits in License
 * Details like any new key. Requests this store does not know are left out.
 * Returns the SENs of the licenses moved.
 */
export async function applyConsentDecisions(
  database: ConexDb,
  items: readonly ApiConsentRequest[],
  now: Date,
  newId: () => string,
): Promise<string[]> {
  const moved: string[] = [];
  await database.transaction('rw', [database.consentRequests, database.licenses, database.entities], async () => {
    const rows = await database.consentRequests.bulkGet(items.map((i) => i.id));
    for (const [index, item] of items.entries()) {
      const row = rows[index];
      if (!row) continue;
      const status = STATUS[item.status];
      const firstConfirmation = status === 'confirmed' && row.status !== 'confirmed';
      await database.consentRequests.put({
        ...row,
        status,
        receivedAt: item.receivedAt,
        ...(item.decidedAt ? { decidedAt: item.decidedAt } : {}),
        ...(item.note ? { note: item.note } : {}),
      });
      if (!firstConfirmation) continue;
      const license = await database.licenses.where('sen').equals(item.sen).first();
      if (!license) continue;
      const entityId = await entityNamed(database, item.toEntity, license.entityId, now, newId);
      await database.licenses.update(license.id, { entityId, updatedAt: now.toISOString() });
      moved.push(item.sen);
    }
  });
  return moved;
}

/** The entity with this name, or a new one in the country of the entity the license leaves. */
async function entityNamed(database: ConexDb, name: string, fromEntityId: string, now: Date, newId: () => string): Promise<string> {
  const key = name.trim().toLocaleLowerCase('en');
  const all = await database.entities.toArray();
  const found = all.find((e) => e.name.trim().toLocaleLowerCase('en') === key);
  if (found) return found.id;
  const from = all.find((e) => e.id === fromEntityId);
  const stamp = now.toISOString();
  const country = from?.country ?? 'FR';
  const row: StoredEntity = {
    id: newId(),
    name: name.trim(),
    kind: from?.kind ?? 'other',
    country,
    notes: '',
    createdAt: stamp,
    updatedAt: stamp,
    nameKey: entityNameKey(name, country),
  };
  await database.entities.add(row);
  return row.id;
}
