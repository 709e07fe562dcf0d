import { z } from 'zod';
import { accountProfileSchema } from '../../../shared/account';
import { apiContactSchema, apiOrderSchema } from '../../../shared/api';
import type { ReadRules, TableRules } from '../../../shared/backup';
import { senSchema } from '../../../shared/catalog';
import { entitySchema } from '../../../shared/entity';
import { licenseSchema } from '../../../shared/license';
import { emailSchema, quoteSchema } from '../../../shared/quote';
import type { ConexDb } from '../database';
import { upgradeConsentRow } from '../migrations/v8';
import { LATEST_SEEN_KEY } from './clock';
import { settingsSchema } from './settings';

const isoDateTime = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(200);

/** Settings a backup carries: the user's choices. The API address and the backup folder belong to one computer. */
const USER_SETTINGS = ['language', 'theme', 'updateChannel', 'lastScreen', 'fiscalYear'] as const;
const setting = <K extends (typeof USER_SETTINGS)[number]>(key: K) =>
  z.strictObject({ key: z.literal(key), value: settingsSchema.shape[key] });
const settingRowSchema = z.discriminatedUnion('key', [
  setting('language'),
  setting('theme'),
  setting('updateChannel'),
  setting('lastScreen'),
  setting('fiscalYear'),
]);

const consentStatus = z.enum(['recorded', 'sent', 'confirmed', 'declined', 'refused', 'incomplete']);

/**
 * What each record of a backed-up table must look like to be restored: strict
 * at the top (an unknown field is refused), and what is written is the parsed
 * record, never the file's object.
 */
export const recordSchemas = {
  entities: entitySchema.extend({ nameKey: z.string().min(1).max(300) }).strict(),
  licenses: licenseSchema.strict(),
  keyHistory: z.strictObject({
    id,
    licenseId: id,
    sen: z.string().min(1).max(64),
    key: z.string().max(20_000),
    issued: z.string().max(64),
    appliedAt: z.string().max(64),
    replacedAt: z.string().max(64).optional(),
    restoredFrom: id.optional(),
  }),
  settings: settingRowSchema,
  meta: z.strictObject({ key: z.literal(LATEST_SEEN_KEY), value: isoDateTime }),
  quotes: quoteSchema.strict(),
  reminderPrefs: z.strictObject({
    entityId: id,
    thresholds: z.array(z.number().int().min(1).max(3650)).max(20),
    updatedAt: isoDateTime,
  }),
  reminderState: z.strictObject({
    licenseId: id,
    snoozedUntil: isoDateTime.optional(),
    poRaised: z.strictObject({ forEnd: z.iso.date(), at: isoDateTime }).optional(),
    dismissed: z.strictObject({ forEnd: z.iso.date(), at: isoDateTime }).optional(),
    lastNotified: z.strictObject({ end: z.iso.date(), threshold: z.number().int(), at: isoDateTime }).optional(),
  }),
  orders: apiOrderSchema.strict(),
  licenseContacts: z.strictObject({ sen: senSchema, contacts: z.array(apiContactSchema).max(100), updatedAt: isoDateTime }),
  accountProfile: z.strictObject({ key: z.literal('profile'), profile: accountProfileSchema.strict() }),
  consentRequests: z.strictObject({
    id,
    licenseIds: z.array(id).min(1).max(500),
    sens: z.array(senSchema).max(500),
    fromEntityId: id,
    toEntityName: z.string().max(200),
    signatoryEmail: emailSchema,
    reason: z.string().max(2000),
    document: z
      .strictObject({ name: z.string().max(255), mediaType: z.string().max(100), size: z.number().int().nonnegative() })
      .optional(),
    status: consentStatus,
    createdAt: isoDateTime,
    receivedAt: isoDateTime.optional(),
    decidedAt: isoDateTime.optional(),
    note: z.string().max(2000).optional(),
    errorKey: z.string().max(200).optional(),
    errorParams: z.record(z.string().max(100), z.union([z.string().max(1000), z.number()])).optional(),
  }),
  setAside: z.strictObject({
    id: z.string().min(1).max(300),
    table: z.enum(['quotes', 'licenses']),
    key: id,
    row: z.unknown(),
    reason: z.string().max(2000),
    setAsideAt: isoDateTime,
  }),
} as const satisfies Record<string, z.ZodType>;

export type BackedUpTable = keyof typeof recordSchemas;

/**
 * Tables a backup never holds and a restore never writes: the sync machinery
 * (changes waiting for the server, cursors and the signed-in account, the
 * server's versions of quotes and the conflicts with them, keys waiting to be
 * applied, the sync log). A forged file must not be able to queue changes that
 * the next sync sends with the user's token. Older backups held them: they are skipped.
 */
export const NEVER_BACKED_UP = ['outbox', 'syncLog', 'syncState', 'quoteShadows', 'syncConflicts', 'pendingKeys'] as const;

/** Rows of a backed-up table that belong to one computer: never written to a backup, skipped in older ones. */
export function isLocalRow(table: string, row: Record<string, unknown>): boolean {
  if (table === 'settings') return !(USER_SETTINGS as readonly unknown[]).includes(row.key);
  // The price book comes from Conex again; only the latest time seen is carried (R-EVAL-4).
  if (table === 'meta') return row.key !== LATEST_SEEN_KEY;
  return false;
}

/** Row changes a migration made that a restore of an older backup must make too (each upgrade is idempotent). */
const rowUpgrades: Partial<Record<BackedUpTable, { version: number; upgrade: (row: Record<string, unknown>) => void }>> = {
  consentRequests: { version: 8, upgrade: upgradeConsentRow },
};

function upgradeFor(table: BackedUpTable): TableRules['upgrade'] {
  const step = rowUpgrades[table];
  if (!step) return undefined;
  return (row, schemaVersion) => {
    if (schemaVersion >= step.version) return row;
    const copy = { ...row };
    step.upgrade(copy);
    return copy;
  };
}

/** Each backed-up table's primary key in this store, as plain data a worker can be given. */
export type PrimaryKeys = Readonly<Record<BackedUpTable, string>>;

export function primaryKeysOf(database: ConexDb): PrimaryKeys {
  const keys = {} as Record<BackedUpTable, string>;
  for (const name of Object.keys(recordSchemas) as BackedUpTable[]) {
    const keyPath = database.table(name).schema.primKey.keyPath;
    // Every backed-up table has a simple inbound key; anything else is a bug in a migration.
    if (typeof keyPath !== 'string') throw new Error(`table ${name} has no simple primary key`);
    keys[name] = keyPath;
  }
  return keys;
}

/** The read rules for tables with these primary keys: the backed-up tables with their schemas, and the tables left out. */
export function rulesFor(primaryKeys: PrimaryKeys): ReadRules {
  const tables: Record<string, TableRules> = {};
  for (const name of Object.keys(recordSchemas) as BackedUpTable[]) {
    const upgrade = upgradeFor(name);
    tables[name] = {
      primaryKey: primaryKeys[name],
      schema: recordSchemas[name],
      leaveOut: (row) => isLocalRow(name, row),
      ...(upgrade ? { upgrade } : {}),
    };
  }
  return { tables, leftOut: NEVER_BACKED_UP };
}

/** The read rules for this store. */
export function backupRules(database: ConexDb): ReadRules {
  return rulesFor(primaryKeysOf(database));
}
