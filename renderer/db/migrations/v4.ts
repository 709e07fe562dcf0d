import type { Migration } from './types';

/**
 * v4: quotes and orders of the Quote & Order Form (shared/quote.ts): drafts saved
 * on every keystroke, queued quotes waiting for a connection, submitted quotes
 * (found by their official number) and paid orders.
 */
export const v4: Migration = {
  version: 4,
  stores: {
    quotes: 'id, status, updatedAt, officialNumber',
  },
};
