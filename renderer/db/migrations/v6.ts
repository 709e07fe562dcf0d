import type { Migration } from './types';

/**
 * v6: sync with the Conex API.
 * - `outbox`: changes waiting for the server, in the order they were made, each with its idempotency key;
 * - `syncLog`: what sync did, for the log dialog; `syncState`: cursors, account, last sync and error;
 * - `quoteShadows`: the server's version of each quote as last seen (the base for conflict detection);
 * - `syncConflicts`: quotes changed here and on the server, waiting for the user's choice;
 * - `pendingKeys`: keys issued by Conex not yet applied by the user (R-PAY-2, R-LIC-3);
 * - `orders` and `licenseContacts`: paid orders and license contacts as the server sent them.
 */
export const v6: Migration = {
  version: 6,
  stores: {
    outbox: '++seq, objectId, &idempotencyKey, createdAt',
    syncLog: '++id, at',
    syncState: 'key',
    quoteShadows: 'id',
    syncConflicts: 'id',
    pendingKeys: 'sen, licenseId',
    orders: 'id, quoteId, paidOn',
    licenseContacts: 'sen',
  },
};
