import { checkConsentRequest, type ConsentDocument, type ConsentForm } from '../../../shared/account';
import type { ApiConsentRequest } from '../../../shared/api';
import { ok, type Result } from '../../../shared/errors';
import type { ConsentRequestRow } from '../account-tables';
import type { ConexDb } from '../database';
import { storageOutcome } from '../storage-errors';
import { enqueueChanges } from './outbox';
import { entityFromConex, entityMatchKey } from './entities';

/** A license the request would move, with its entity as stored here. */
export interface ConsentLicenseRef {
  id: string;
  sen: string;
  entityId: string;
}

/**
 * Records a Consent To Assign request (R-LIC-6) for one or more licenses and
 * queues it, with the signed form, for Conex, in one transaction: it is sent at
 * the next sync, and the licenses keep their entity until Conex confirms.
 * `licenses[0]` is the license the request was made from.
 */
export async function recordConsentRequest(
  database: ConexDb,
  licenses: readonly ConsentLicenseRef[],
  form: ConsentForm,
  document: ConsentDocument | null,
  options: { now: Date; newId: () => string },
): Promise<Result<ConsentRequestRow>> {
  return storageOutcome(async () => {
    const names = new Map((await database.entities.toArray()).map((e) => [e.id, e.name]));
    const checked = checkConsentRequest({
      form,
      licenses: licenses.map((l) => ({ sen: l.sen, entityName: names.get(l.entityId) ?? '' })),
      document,
    });
    if (!checked.ok) return checked;
    const { form: valid, sens, document: signed } = checked.value;
    const row: ConsentRequestRow = {
      id: options.newId(),
      licenseIds: [...new Set(licenses.map((l) => l.id))],
      sens,
      fromEntityId: licenses[0]?.entityId ?? '',
      toEntityName: valid.toEntity,
      signatoryEmail: valid.signatoryEmail,
      reason: valid.reason,
      document: { name: signed.name, mediaType: signed.mediaType, size: signed.size },
      status: 'recorded',
      createdAt: options.now.toISOString(),
    };
    const request = { sens, ...valid, document: { name: signed.name, mediaType: signed.mediaType, data: signed.data } };
    await database.transaction('rw', [database.consentRequests, database.outbox, database.syncState], async () => {
      await database.consentRequests.add(row);
      await enqueueChanges(database, [{ kind: 'consent.request', requestId: row.id, request }], options.now, options.newId);
    });
    return ok(row);
  });
}

/** The Consent To Assign requests that would move a license, newest first. */
export async function consentRequestsOf(database: ConexDb, licenseId: string): Promise<ConsentRequestRow[]> {
  return (await database.consentRequests.where('licenseIds').equals(licenseId).sortBy('createdAt')).reverse();
}

/** The API refused a request for good: it stays, marked with why, so the user can correct it and send a new one. */
export async function markConsentRefused(
  database: ConexDb,
  id: string,
  error: { messageKey: string; params?: Record<string, string | number> },
): Promise<void> {
  await database.consentRequests.update(id, {
    status: 'refused',
    errorKey: error.messageKey,
    ...(error.params ? { errorParams: error.params } : {}),
  });
}

const STATUS = { received: 'sent', confirmed: 'confirmed', declined: 'declined' } as const;

/**
 * Applies what Conex says of requests sent from here. A confirmation moves the
 * request's licenses to the new entity (found by name, or created) the first
 * time it is seen; Conex then issues keys naming that entity, which wait in
 * License Details like any new key. Requests this store does not know are left
 * out. Returns the SENs of the licenses moved.
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
      const licenses = await database.licenses.where('sen').anyOf(item.sens).toArray();
      if (licenses.length === 0) continue;
      const entityId = await entityNamed(database, item.toEntity, row.fromEntityId, now, newId);
      for (const license of licenses) {
        await database.licenses.update(license.id, { entityId, updatedAt: now.toISOString() });
        moved.push(license.sen);
      }
    }
  });
  return moved;
}

/** The entity with this name, or a new one in the country of the entity the licenses leave. */
async function entityNamed(database: ConexDb, name: string, fromEntityId: string, now: Date, newId: () => string): Promise<string> {
  const all = await database.entities.toArray();
  const found = all.find((e) => entityMatchKey(e.name) === entityMatchKey(name));
  if (found) return found.id;
  const from = all.find((e) => e.id === fromEntityId);
  const row = entityFromConex(name, from?.country ?? 'FR', { id: newId(), stamp: now.toISOString(), ...(from ? { kind: from.kind } : {}) });
  await database.entities.add(row);
  return row.id;
}
