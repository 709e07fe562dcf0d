import type { Transaction } from 'dexie';
import type { Migration } from './types';

/**
 * v10: what sync sends, and where.
 * - Every outbox row names the account that will send it, and a row without
 *   one is never sent. Rows queued before v10 named an account only once it
 *   signed out; they were made by the account signed in then (or, signed out,
 *   the last one), so they take its id. With no account ever signed in they
 *   stay without one.
 * - The Conex API address is fixed at build time, no longer a setting: the
 *   stored `apiUrl` setting is removed.
 */
export const v10: Migration = {
  version: 10,
  stores: {},
  upgrade: async (tx: Transaction) => {
    const state = tx.table('syncState');
    let accountId: string | undefined;
    for (const key of ['account', 'lastAccount']) {
      const id = ((await state.get(key)) as { value?: { id?: unknown } } | undefined)?.value?.id;
      if (typeof id === 'string' && id) {
        accountId = id;
        break;
      }
    }
    if (accountId) {
      const owner = accountId;
      await tx
        .table('outbox')
        .filter((row: { accountId?: unknown }) => !row.accountId)
        .modify({ accountId: owner });
    }
    await tx.table('settings').delete('apiUrl');
  },
};
