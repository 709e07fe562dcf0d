import type { Migration } from './types';

/**
 * v9: `setAside` holds stored quotes and licenses that no longer parse (an
 * older version wrote them, or they were damaged): moved out of their table so
 * the app never drops them silently nor trips on them, counted, and shown under
 * "Needs attention" where the user can export or delete each one.
 */
export const v9: Migration = {
  version: 9,
  stores: {
    setAside: 'id, table, setAsideAt',
  },
};
