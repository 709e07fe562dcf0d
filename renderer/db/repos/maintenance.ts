import { domainError, err, ok, type Result } from '../../../shared/errors';
import type { License } from '../../../shared/license';
import type { ConexDb } from '../database';
import { storageOutcome, storageResult } from '../storage-errors';

/** Records the major version installed on the license's server (R-EOL-1); undefined when unknown. */
export async function setInstalledVersion(
  database: ConexDb,
  licenseId: string,
  major: number | undefined,
  now: Date,
): Promise<Result<License>> {
  return storageOutcome(() =>
    database.transaction('rw', database.licenses, async () => {
      const license = await database.licenses.get(licenseId);
      if (!license) return err(domainError('license.missing', 'maintenance:errors.licenseMissing'));
      const { installedMajorVersion: _old, ...rest } = license;
      const next: License = { ...rest, ...(major === undefined ? {} : { installedMajorVersion: major }), updatedAt: now.toISOString() };
      await database.licenses.put(next);
      return ok(next);
    }),
  );
}

/** Adds licenses checked from a CSV file, all or none: a SEN that appeared in the store meanwhile refuses the whole import. */
export function importLicenses(database: ConexDb, licenses: readonly License[]): Promise<Result<number>> {
  return storageResult(
    async () => {
      await database.transaction('rw', database.licenses, () => database.licenses.bulkAdd([...licenses]));
      return licenses.length;
    },
    () => err(domainError('csv.senTaken', 'maintenance:csv.errors.senTakenMeanwhile')),
  );
}

/** The SENs already in the store, for the CSV duplicate check (R-LIC-4). */
export async function existingSens(database: ConexDb): Promise<Set<string>> {
  return new Set((await database.licenses.orderBy('sen').keys()) as string[]);
}
