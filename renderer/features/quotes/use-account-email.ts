import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { currentAccount } from '../../sync/session';

/** The email of the account signed in to Conex, null when nobody is, undefined while it is read. */
export function useAccountEmail(): string | null | undefined {
  return useLiveQuery(async () => (await currentAccount(db()))?.email ?? null);
}
