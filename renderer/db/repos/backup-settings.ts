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
const lastAutoSchema = z.object({ at: z.iso.datetime({ offset: true }), path: z.string().optional(), error: z.string().optional() });

export interface BackupSettings {
  auto: AutoBackup;
  lastManual?: z.infer<typeof lastManualSchema>;
  lastAuto?: z.infer<typeof lastAutoSchema>;
}

const KEYS = { auto: 'backup.auto', lastManual: 'backup.lastManual', lastAuto: 'backup.lastAuto' } as const;

/** The backup settings; a stored value that no longer validates falls back to the default. */
export async function loadBackupSettings(database: ConexDb): Promise<BackupSettings> {
  const rows = await database.settings.bulkGet(Object.values(KEYS));
  const [auto, lastManual, lastAuto] = rows.map((r) => r?.value);
  const parsedAuto = autoBackupSchema.safeParse(auto ?? {});
  const manual = lastManualSchema.safeParse(lastManual);
  const automatic = lastAutoSchema.safeParse(lastAuto);
  return {
    auto: parsedAuto.success ? parsedAuto.data : autoBackupSchema.parse({}),
    ...(manual.success ? { lastManual: manual.data } : {}),
    ...(automatic.success ? { lastAuto: automatic.data } : {}),
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

/** Records the outcome of an automatic backup: where it went, or why it failed. */
export async function recordAutoBackup(database: ConexDb, at: Date, outcome: { path: string } | { error: string }): Promise<void> {
  await database.settings.put({ key: KEYS.lastAuto, value: { at: at.toISOString(), ...outcome } });
}

/** When the last backup that worked was taken, manual or automatic. */
export function lastSuccessfulBackup(settings: BackupSettings): string | undefined {
  const auto = settings.lastAuto && !settings.lastAuto.error ? settings.lastAuto.at : undefined;
  const manual = settings.lastManual?.at;
  if (!auto) return manual;
  if (!manual) return auto;
  return auto > manual ? auto : manual;
}
