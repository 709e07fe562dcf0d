import { entityNameKey } from '../../../shared/entity';
import type { Migration } from './types';

interface EntityV1 {
  id: string;
  name: string;
  country: string;
  nameKey?: string;
}

/** v2: a unique name-per-country key, so a duplicate entity can never be stored, even by two windows at once. */
export const v2: Migration = {
  version: 2,
  stores: {
    entities: 'id, &nameKey, country, updatedAt',
  },
  async upgrade(tx) {
    const seen = new Set<string>();
    await tx
      .table<EntityV1, string>('entities')
      .toCollection()
      .modify((entity) => {
        // v1 had no unique constraint; keep every record and make a rare clash unique rather than lose it.
        let name = entity.name;
        let key = entityNameKey(name, entity.country);
        for (let n = 2; seen.has(key); n++) {
          name = `${entity.name} (${n})`;
          key = entityNameKey(name, entity.country);
        }
        seen.add(key);
        entity.name = name;
        entity.nameKey = key;
      });
  },
};
