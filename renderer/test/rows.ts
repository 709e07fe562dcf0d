import { entityNameKey } from '../../shared/entity';
import type { License } from '../../shared/license';
import type { EntityRow } from '../db/rows/entity-row';

// Rows in the shape the store keeps now, for tests that seed a store. Migration tests write their rows
// out as the old version had them instead, so that a later change of shape does not change what they test.

/** The time of rows whose dates a test does not look at. */
const STAMP = '2026-01-01T00:00:00.000Z';

/** An entity as the store keeps it: a French library with no notes, its name key made as the app makes it. */
export function entityRow(id: string, name: string, patch: Partial<EntityRow> = {}): EntityRow {
  const country = patch.country ?? 'FR';
  const nameKey = entityNameKey(name, country);
  return { id, name, kind: 'library', country, notes: '', createdAt: STAMP, updatedAt: STAMP, nameKey, ...patch };
}

/** A purchased academic Conex Books Express license of the entity 'library', under maintenance through 2026. */
export function licenseRow(id: string, sen: string, patch: Partial<License> = {}): License {
  return {
    id,
    sen,
    product: 'conex-books',
    deployment: 'server',
    tier: 'Express',
    type: 'academic',
    entityId: 'library',
    serverId: `srv-${id}`,
    licensee: 'Université',
    issued: STAMP,
    maintenanceStart: '2026-01-01',
    maintenanceEnd: '2027-01-01',
    majorVersion: 9,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...patch,
  };
}
