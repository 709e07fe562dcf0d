import type { AccountProfile } from '../../shared/account';

/** The one stored profile row. */
export interface AccountProfileRow {
  key: 'profile';
  profile: AccountProfile;
}

/**
 * Where a Consent To Assign request stands: recorded here and waiting to be
 * sent, received by Conex ('sent'), then confirmed or declined by Conex; or
 * refused by the API (the message says why).
 */
export type ConsentRowStatus = 'recorded' | 'sent' | 'confirmed' | 'declined' | 'refused';

/** A Consent To Assign request (R-LIC-6): the license moves only when Conex confirms. */
export interface ConsentRequestRow {
  id: string;
  licenseId: string;
  sen: string;
  fromEntityId: string;
  toEntityName: string;
  signatoryEmail: string;
  reason: string;
  status: ConsentRowStatus;
  createdAt: string;
  /** When Conex received it. */
  receivedAt?: string;
  /** When Conex confirmed or declined it. */
  decidedAt?: string;
  /** Conex's words when it declined. */
  note?: string;
  /** Why the API refused it: a message key. */
  errorKey?: string;
}
