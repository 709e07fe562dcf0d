import { z } from 'zod';
import type { ConexDb } from '../database';

/** Automatic backups to a folder (desktop app only), stored under 'backup.auto'. */
export const autoBackupSchema = z.object({
  enabled: z.boolean().default(false),
  folder: z.string().min(1).nullable().default(null),
  intervalHours: z.number().int().min(1).max(720).default(24),
  keep: z.number().int().min(1).max(100).default(10),
});
export type AutoBackup = z.infer<typeof autoBackupSchema>;

const lastManualSchema = z.object({ at: z.iso.datetime({ offset: true }) });
const lastAutoSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  path: z.string().optional(),
  error: z.string().optional(),
  /** The last automatic backup that was written, kept when a later one fails. */
  lastOk: z.object({ at: z.iso.datetime({ offset: true }), path: z.string() }).optional(),
});
/** A restore: when it was made, and when the backup it restored was taken (the data is backed up as of then). */
const lastRestoreSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  backupCreatedAt: z.iso.datetime({ offset: true }),
  mode: z.enum(['replace', 'merge']),
});

export interface BackupSettings {
  auto: AutoBackup;
  lastManual?: z.infer<typeof lastManualSchema>;
  lastAuto?: z.infer<typeof lastAutoSchema>;
  lastRestore?: z.infer<typeof lastRestoreSchema>;
}

/** The settings row a restore writes about itself. */
export const LAST_RESTORE_KEY = 'backup.lastRestore';

const KEYS = { auto: 'backup.auto', lastManual: 'backup.lastManual', lastAuto: 'backup.lastAuto', lastRestore: LAST_RESTORE_KEY } as const;

/** The backup settings; a stored value that no longer validates falls back to the default. */
export async function loadBackupSettings(database: ConexDb): Promise<BackupSettings> {
  const rows = await database.settings.bulkGet(Object.values(KEYS));
  const [auto, lastManual, lastAuto, lastRestore] = rows.map((r) => r?.value);
  const parsedAuto = autoBackupSchema.safeParse(auto ?? {});
  const manual = lastManualSchema.safeParse(lastManual);
  const automatic = lastAutoSchema.safeParse(lastAuto);
  const restore = lastRestoreSchema.safeParse(lastRestore);
  return {
    auto: parsedAuto.success ? parsedAuto.data : autoBackupSchema.parse({}),
    ...(manual.success ? { lastManual: manual.data } : {}),
    ...(automatic.success ? { lastAuto: automatic.data } : {}),
    ...(restore.success ? { lastRestore: restore.data } : {}),
  };
}

/** Saves the automatic backup choices. */
export async function saveAutoBackup(database: ConexDb, value: AutoBackup): Promise<void> {
  await database.settings.put({ key: KEYS.auto, value: autoBackupSchema.parse(value) });
}

/** Changes some automatic backup choices, merged with what is stored now (two quick edits never undo each other). */
export async function updateAutoBackup(database: ConexDb, patch: Partial<AutoBackup>): Promise<AutoBackup> {
  return database.transaction('rw', database.settings, async () => {
    const stored = autoBackupSchema.safeParse((await database.settings.get(KEYS.auto))?.value ?? {});
    const next = autoBackupSchema.parse({ ...(stored.success ? stored.data : {}), ...patch });
    await database.settings.put({ key: KEYS.auto, value: next });
    return next;
  });
}

/** Records a backup the user saved (Back up now). */
export async function recordManualBackup(database: ConexDb, at: Date): Promise<void> {
  await database.settings.put({ key: KEYS.lastManual, value: { at: at.toISOString() } });
}

/**
 * Records the outcome of an automatic backup: where it went, or why it failed.
 * A failure keeps the last one that was written, so the app never forgets a
 * backup that exists, nor takes a failure for one.
 */
export async function recordAutoBackup(database: ConexDb, at: Date, outcome: { path: string } | { error: string }): Promise<void> {
  await database.transaction('rw', database.settings, async () => {
    const previous = lastAutoSchema.safeParse((await database.settings.get(KEYS.lastAuto))?.value);
    const lastOk =
      'path' in outcome
        ? undefined
        : previous.success
          ? (previous.data.lastOk ??
            (previous.data.path && !previous.data.error ? { at: previous.data.at, path: previous.data.path } : undefined))
          : undefined;
    await database.settings.put({ key: KEYS.lastAuto, value: { at: at.toISOString(), ...outcome, ...(lastOk ? { lastOk } : {}) } });
  });
}

/** The latest of some ISO instants. */
function latest(...instants: (string | undefined)[]): string | undefined {
  return instants.reduce<string | undefined>(
    (a, b) => (b === undefined || (a !== undefined && Date.parse(a) >= Date.parse(b)) ? a : b),
    undefined,
  );
}

/**
 * When the data was last backed up: a manual backup, an automatic one that was
 * written, or the backup a restore brought back (the data is in that file as of
 * when it was taken).
 */
export function lastSuccessfulBackup(settings: BackupSettings): string | undefined {
  const auto = settings.lastAuto;
  const autoOk = auto && !auto.error ? auto.at : auto?.lastOk?.at;
  return latest(settings.lastManual?.at, autoOk, settings.lastRestore?.backupCreatedAt);
}
