import { entityNameKey, entitySchema, type Entity } from '../../../shared/entity';
import { domainError, err, ok, type Result } from '../../../shared/errors';
import type { SameFields } from './same-shape';

/** An entity as the `entities` table holds it since schema v2: the domain's fields and the unique name-per-country key. */
export interface EntityRowV2 {
  id: string;
  name: string;
  kind: Entity['kind'];
  country: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
  /** `entityNameKey(name, country)`: a unique index, so two windows can never store the same entity twice. */
  nameKey: string;
}

/** The row the entities table holds now. */
export type EntityRow = EntityRowV2;

/** The schema version whose migration last changed what an entity row holds. */
export const ENTITY_ROW_VERSION = 2;

const sameFields: SameFields<Omit<EntityRow, 'nameKey'>, Entity> = true;
void sameFields;

/** The row an entity is stored as: its fields and its name key. */
export function toEntityRow(entity: Entity): EntityRow {
  return { ...entity, nameKey: entityNameKey(entity.name, entity.country) };
}

/** A stored row read as an entity: the name key is the store's, not the domain's. */
export function fromEntityRow(row: EntityRow): Entity {
  const { nameKey: _nameKey, ...entity } = row;
  return entity;
}

/** A stored row checked with the domain's schema (the guard test reads every past row so). */
export function parseEntityRow(row: EntityRow): Result<Entity> {
  const parsed = entitySchema.safeParse(fromEntityRow(row));
  return parsed.success
    ? ok(parsed.data)
    : err(domainError('entity.invalid', 'common:errors.storageFailed', { detail: parsed.error.message }));
}
