import { domainError, err, ok, type Result } from '../../../shared/errors';
import type { License } from '../../../shared/license';
import type { ConexDb, KeyHistoryRow } from '../database';
import { storageOutcome } from '../storage-errors';

/** The keys applied to one license, the current one first, then the others latest first (R-LIC-3). */
export async function listKeyHistory(database: ConexDb, licenseId: string): Promise<KeyHistoryRow[]> {
  const rows = await database.keyHistory.where('licenseId').equals(licenseId).toArray();
  return rows.sort(
    (a, b) =>
      Number(a.replacedAt !== undefined) - Number(b.replacedAt !== undefined) ||
      b.appliedAt.localeCompare(a.appliedAt) ||
      b.issued.localeCompare(a.issued),
  );
}

/** One history entry. */
export async function getKeyHistoryEntry(database: ConexDb, id: string): Promise<Result<KeyHistoryRow>> {
  return storageOutcome(async () => {
    const row = await database.keyHistory.get(id);
    return row ? ok(row) : err(domainError('keyHistory.missing', 'licenses:errors.historyMissing'));
  });
}

export interface AppliedKey {
  readonly id: string;
  readonly key: string;
  readonly issued: string;
  readonly restoredFrom?: string | undefined;
}

/**
 * Writes that `applied` is now the license's key; call inside a read-write
 * transaction over licenses and keyHistory. The entry it replaces is closed,
 * never deleted; a key the license carried without an entry (synced, imported)
 * gets one first, so nothing applied is ever lost.
 */
export async function recordKeyApplied(
  database: ConexDb,
  license: Pick<License, 'id' | 'sen'>,
  previous: Pick<License, 'key' | 'issued' | 'updatedAt'> | undefined,
  applied: AppliedKey,
  now: Date,
): Promise<KeyHistoryRow> {
  const stamp = now.toISOString();
  const rows = await database.keyHistory.where('licenseId').equals(license.id).toArray();
  for (const row of rows) {
    if (row.replacedAt === undefined) await database.keyHistory.update(row.id, { replacedAt: stamp });
  }
  if (previous?.key !== undefined && !rows.some((r) => r.key === previous.key)) {
    await database.keyHistory.add({
      id: `${applied.id}-previous`,
      licenseId: license.id,
      sen: license.sen,
      key: previous.key,
      issued: previous.issued,
      appliedAt: previous.updatedAt,
      replacedAt: stamp,
    });
  }
  const entry: KeyHistoryRow = {
    id: applied.id,
    licenseId: license.id,
    sen: license.sen,
    key: applied.key,
    issued: applied.issued,
    appliedAt: stamp,
    ...(applied.restoredFrom === undefined ? {} : { restoredFrom: applied.restoredFrom }),
  };
  await database.keyHistory.add(entry);
  return entry;
}
