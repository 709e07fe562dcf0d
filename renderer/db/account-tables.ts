import type { AccountProfile } from '../../shared/account';

/** The one stored profile row. */
export interface AccountProfileRow {
  key: 'profile';
  profile: AccountProfile;
}

/** A Consent To Assign request (R-LIC-6): the license moves only when Conex confirms. */
export interface ConsentRequestRow {
  id: string;
  licenseId: string;
  sen: string;
  fromEntityId: string;
  toEntityName: string;
  signatoryEmail: string;
  reason: string;
  status: 'recorded' | 'sent' | 'confirmed';
  createdAt: string;
}
