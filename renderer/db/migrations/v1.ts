import type { Migration } from './types';

/** v1: entities and key-value settings. */
export const v1: Migration = {
  version: 1,
  stores: {
    entities: 'id, name, country',
    settings: 'key',
  },
};
