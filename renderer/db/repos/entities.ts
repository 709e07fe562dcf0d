import { entityInputSchema, entityNameKey, type Entity, type EntityInput } from '../../../shared/entity';
import { domainError, err, ok, type Result } from '../../../shared/errors';
import type { ConexDb } from '../database';
import { addRow } from '../native-add';
import { fromEntityRow, toEntityRow, type EntityRow } from '../rows/entity-row';
import { storageOutcome } from '../storage-errors';

export interface FieldErrors {
  [field: string]: string;
}

export type EntityResult = Result<Entity> & { fieldErrors?: FieldErrors };

/** How a name from Conex (a license's entity, a Consent To Assign target) finds the entity here: whatever its country, case or spaces. */
export function entityMatchKey(name: string): string {
  return name.trim().toLocaleLowerCase('en');
}

/** A new entity filed from Conex's data, not typed by the user: no notes, its kind unknown unless given. */
export function entityFromConex(
  name: string,
  country: string,
  options: { id: string; stamp: string; kind?: EntityRow['kind'] },
): EntityRow {
  return toEntityRow({
    id: options.id,
    name: name.trim(),
    kind: options.kind ?? 'other',
    country,
    notes: '',
    createdAt: options.stamp,
    updatedAt: options.stamp,
  });
}

function validate(
  input: EntityInput,
): { ok: true; value: ReturnType<typeof entityInputSchema.parse> } | { ok: false; result: EntityResult } {
  const parsed = entityInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    fieldErrors[field] ??= issue.message.includes(':') ? issue.message : `entities:errors.${field}`;
  }
  const first = Object.values(fieldErrors)[0] ?? 'entities:errors.invalid';
  return { ok: false, result: { ...err(domainError('entity.invalid', first)), fieldErrors } };
}

function duplicate(name: string): EntityResult {
  return {
    ...err(domainError('entity.duplicate', 'entities:errors.duplicate', { name })),
    fieldErrors: { name: 'entities:errors.duplicate' },
  };
}

/** All entities, by name. */
export async function listEntities(database: ConexDb): Promise<Entity[]> {
  const rows = await database.entities.toArray();
  return rows.map(fromEntityRow).sort((a, b) => a.name.localeCompare(b.name));
}

/** Adds an entity after validating it; refuses a name already used in the same country. */
export async function addEntity(database: ConexDb, input: EntityInput, now: Date, id: string): Promise<EntityResult> {
  const v = validate(input);
  if (!v.ok) return v.result;
  const stamp = now.toISOString();
  const row = toEntityRow({ ...v.value, id, createdAt: stamp, updatedAt: stamp });
  return storageOutcome(
    async () => {
      // The unique nameKey index refuses a name already used in the country, in the same write: a lookup first
      // would cost a second transaction per entity and could still race another window's add.
      await addRow(database, database.entities, row);
      return ok(fromEntityRow(row));
    },
    () => duplicate(row.name),
  );
}

/** Changes an entity's fields (rename, kind, country, notes) with the same checks as adding. */
export async function updateEntity(database: ConexDb, id: string, input: EntityInput, now: Date): Promise<EntityResult> {
  const v = validate(input);
  if (!v.ok) return v.result;
  return storageOutcome(
    () =>
      database.transaction('rw', database.entities, async () => {
        const existing = await database.entities.get(id);
        if (!existing) return err(domainError('entity.missing', 'entities:errors.missing'));
        const nameKey = entityNameKey(v.value.name, v.value.country);
        const clash = await database.entities.where('nameKey').equals(nameKey).first();
        if (clash && clash.id !== id) return duplicate(v.value.name);
        const row = toEntityRow({ ...fromEntityRow(existing), ...v.value, updatedAt: now.toISOString() });
        await database.entities.put(row);
        return ok(fromEntityRow(row));
      }),
    () => duplicate(v.value.name),
  );
}

/**
 * Deletes an entity that no license is filed under; returns it so the caller
 * can offer undo. An entity that still has licenses is refused with their SENs:
 * deleting it would leave them with no entity (R-LIC-1).
 */
export async function deleteEntity(database: ConexDb, id: string): Promise<Result<Entity>> {
  return storageOutcome(() =>
    database.transaction('rw', database.entities, database.licenses, async () => {
      const existing = await database.entities.get(id);
      if (!existing) return err(domainError('entity.missing', 'entities:errors.missing'));
      const licenses = await database.licenses.where('entityId').equals(id).toArray();
      if (licenses.length > 0) {
        const sens = licenses.map((l) => l.sen).sort();
        return err(
          domainError('entity.hasLicenses', 'entities:errors.hasLicenses', {
            count: sens.length,
            sens: sens.join(', '),
            name: existing.name,
          }),
        );
      }
      await database.entities.delete(id);
      return ok(fromEntityRow(existing));
    }),
  );
}

/** Puts back an entity removed a moment ago (undo). */
export async function restoreEntity(database: ConexDb, entity: Entity): Promise<Result<Entity>> {
  return storageOutcome(
    async () => {
      await addRow(database, database.entities, toEntityRow(entity));
      return ok(entity);
    },
    () => duplicate(entity.name),
  );
}
