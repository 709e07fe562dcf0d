import type { Migration } from './types';

/**
 * v7: the account side (My Conex).
 * - `accountProfile`: the profile as edited here, one row keyed 'profile' (R-ACC-1, R-ACC-5, R-TAX-1);
 * - `consentRequests`: Consent To Assign requests, recorded here and sent to Conex (R-LIC-6).
 */
export const v7: Migration = {
  version: 7,
  stores: {
    accountProfile: 'key',
    consentRequests: 'id, licenseId, status, createdAt',
  },
};
