import type { Migration } from './types';

/**
 * v3: licenses (one per SEN, R-LIC-4), the history of keys applied to each (R-LIC-3),
 * and `meta` for app-wide values such as the latest time ever seen (R-EVAL-4).
 */
export const v3: Migration = {
  version: 3,
  stores: {
    licenses: 'id, &sen, entityId, product, type, maintenanceEnd, updatedAt',
    keyHistory: 'id, licenseId, sen, appliedAt',
    meta: 'key',
  },
};
