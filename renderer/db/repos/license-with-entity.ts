import { ok, type Result } from '../../../shared/errors';
import type { Entity, EntityInput } from '../../../shared/entity';
import type { License } from '../../../shared/license';
import type { ConexDb } from '../database';
import { storageOutcome } from '../storage-errors';
import { addEntity, type EntityResult } from './entities';
import { addLicenseFromKey, applyKey, type KeyApplication } from './licenses';

export type LicenseWithEntityResult = Result<{ entity: Entity; license: License }> & Pick<EntityResult, 'fieldErrors'>;

/** Carries a refusal out of the transaction, so that the entity added in it is undone too. */
class Refused {
  constructor(readonly result: LicenseWithEntityResult) {}
}

type NewEntity = { readonly id: string; readonly input: EntityInput };

/** Adds the entity, then stores the license on it, in one transaction: both are kept, or neither. */
function withNewEntity(
  database: ConexDb,
  entity: NewEntity,
  now: Date,
  storeLicense: (entityId: string) => Promise<Result<License>>,
): Promise<LicenseWithEntityResult> {
  return storageOutcome(async () => {
    try {
      return await database.transaction('rw', database.entities, database.licenses, database.keyHistory, async () => {
        const added = await addEntity(database, entity.input, now, entity.id);
        if (!added.ok) throw new Refused(added);
        const license = await storeLicense(added.value.id);
        if (!license.ok) throw new Refused(license);
        return ok({ entity: added.value, license: license.value });
      });
    } catch (e) {
      if (e instanceof Refused) return e.result;
      throw e;
    }
  });
}

/**
 * Adds the entity a key names and the license from that key in one step (R-LIC-1,
 * R-LIC-3): both are stored, or neither (a SEN already stored leaves no new entity behind).
 */
export async function addLicenseWithNewEntity(
  database: ConexDb,
  entity: NewEntity,
  licenseId: string,
  application: Omit<KeyApplication, 'entityId'>,
): Promise<LicenseWithEntityResult> {
  return withNewEntity(database, entity, application.now, (entityId) =>
    addLicenseFromKey(database, licenseId, { ...application, entityId }),
  );
}

/**
 * Applies a key whose entity is not stored yet to a license, adding that entity
 * and moving the license to it in one step, as the key says (R-LIC-1, R-LIC-3).
 */
export async function applyKeyWithNewEntity(
  database: ConexDb,
  licenseId: string,
  entity: NewEntity,
  application: Omit<KeyApplication, 'entityId'>,
  restoredFrom?: string,
): Promise<LicenseWithEntityResult> {
  return withNewEntity(database, entity, application.now, (entityId) =>
    applyKey(database, licenseId, { ...application, entityId }, restoredFrom),
  );
}
