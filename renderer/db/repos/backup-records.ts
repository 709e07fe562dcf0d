import { z } from 'zod';
import type { ReadRules } from '../../../shared/backup';
import { entitySchema } from '../../../shared/entity';
import { licenseSchema } from '../../../shared/license';
import { quoteSchema } from '../../../shared/quote';
import type { ConexDb } from '../database';
import { upgradeConsentRow } from '../migrations/v8';

const isoDateTime = z.iso.datetime({ offset: true });
const keyValue = z.object({ key: z.string().min(1), value: z.unknown() });

/**
 * What each record of a known table must look like to be restored. A table
 * another helper adds later (sync) is restored with its key checked only,
 * until its schema is listed here.
 */
export const recordSchemas: Readonly<Record<string, z.ZodType>> = {
  entities: entitySchema.extend({ nameKey: z.string().min(1) }),
  licenses: licenseSchema,
  keyHistory: z.object({
    id: z.string().min(1),
    licenseId: z.string().min(1),
    sen: z.string().min(1),
    key: z.string(),
    issued: z.string(),
    appliedAt: z.string(),
    replacedAt: z.string().optional(),
  }),
  settings: keyValue,
  meta: keyValue,
  quotes: quoteSchema,
  reminderPrefs: z.object({
    entityId: z.string().min(1),
    thresholds: z.array(z.number().int().min(1).max(3650)).max(20),
    updatedAt: isoDateTime,
  }),
  reminderState: z.object({
    licenseId: z.string().min(1),
    snoozedUntil: isoDateTime.optional(),
    poRaised: z.object({ forEnd: z.iso.date(), at: isoDateTime }).optional(),
    lastNotified: z.object({ end: z.iso.date(), threshold: z.number().int(), at: isoDateTime }).optional(),
  }),
};

/**
 * Row changes a migration made that a restore of an older backup must make too
 * (the restore writes rows as they are, so each upgrade is idempotent).
 */
export const rowUpgrades: Readonly<Record<string, { version: number; upgrade: (row: Record<string, unknown>) => void }>> = {
  consentRequests: { version: 8, upgrade: upgradeConsentRow },
};

/** The read rules for this store: every table it has, by its primary key, with the schemas above. */
export function backupRules(database: ConexDb): ReadRules {
  const tables: Record<string, { primaryKey: string; schema?: z.ZodType }> = {};
  for (const table of database.tables) {
    const keyPath = table.schema.primKey.keyPath;
    // Every table of this app has a simple inbound key; anything else is a bug in a migration.
    if (typeof keyPath !== 'string') throw new Error(`table ${table.name} has no simple primary key`);
    const schema = Object.hasOwn(recordSchemas, table.name) ? recordSchemas[table.name] : undefined;
    tables[table.name] = schema ? { primaryKey: keyPath, schema } : { primaryKey: keyPath };
  }
  return { tables };
}
