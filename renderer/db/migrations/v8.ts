import type { Transaction } from 'dexie';
import type { Migration } from './types';

/**
 * v8: a Consent To Assign request moves several licenses and carries the signed
 * form (R-LIC-6). `licenseIds` becomes a multi-entry index so each license finds
 * its requests; a v7 request (one license) keeps it as a list of one. Requests
 * queued in the v7 shape are dropped from the outbox: the API takes only the new
 * one, and each stays here, marked incomplete, to be sent again with its signed form.
 */
/** A v7 Consent To Assign row in the v8 shape, in place; a v8 row is left alone. Restores of older backups use it too. */
export function upgradeConsentRow(row: Record<string, unknown>): void {
  if (Array.isArray(row.licenseIds)) return;
  row.licenseIds = typeof row.licenseId === 'string' ? [row.licenseId] : [];
  row.sens = typeof row.sen === 'string' ? [row.sen] : [];
  delete row.licenseId;
  delete row.sen;
  if (row.status === 'recorded') row.status = 'incomplete';
}

export const v8: Migration = {
  version: 8,
  stores: {
    consentRequests: 'id, *licenseIds, status, createdAt',
  },
  upgrade: async (tx: Transaction) => {
    await tx.table('consentRequests').toCollection().modify(upgradeConsentRow);
    await tx
      .table('outbox')
      .filter((row: { change?: { kind?: string; request?: unknown } }) => row.change?.kind === 'consent.request' && !row.change.request)
      .delete();
  },
};
