import type { AccountProfile } from '../../shared/account';

/** The one stored profile row. */
export interface AccountProfileRow {
  key: 'profile';
  profile: AccountProfile;
}

/**
 * Where a Consent To Assign request stands: recorded here and waiting to be
 * sent, received by Conex ('sent'), then confirmed or declined by Conex; or
 * refused by the API (the message says why); or recorded by an older version
 * without the signed form, never sent ('incomplete').
 */
export type ConsentRowStatus = 'recorded' | 'sent' | 'confirmed' | 'declined' | 'refused' | 'incomplete';

/** A Consent To Assign request (R-LIC-6): the licenses move only when Conex confirms. */
export interface ConsentRequestRow {
  id: string;
  /** The licenses to move (a multi-entry index: each license finds its requests). */
  licenseIds: string[];
  sens: string[];
  /** The entity of the license the request was made from. */
  fromEntityId: string;
  toEntityName: string;
  signatoryEmail: string;
  reason: string;
  /** The signed form sent with it (its bytes travel in the outbox only); absent on requests recorded before v8. */
  document?: { name: string; mediaType: string; size: number };
  status: ConsentRowStatus;
  createdAt: string;
  /** When Conex received it. */
  receivedAt?: string;
  /** When Conex confirmed or declined it. */
  decidedAt?: string;
  /** Conex's words when it declined. */
  note?: string;
  /** Why the API refused it: a message key and its parameters. */
  errorKey?: string;
  errorParams?: Record<string, string | number>;
}
