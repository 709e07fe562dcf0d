import type { TFunction } from 'i18next';
import type { ConexDb } from '../db/database';
import { exportBackup } from '../db/repos/backup';
import { loadBackupSettings, recordAutoBackup, type BackupSettings } from '../db/repos/backup-settings';
import { onUnexpectedError } from '../lib/unexpected-error';
import type { PlatformBridge } from '../platform/bridge';
import type { Toast } from '../store/toast';

const HOUR = 3_600_000;
/** How often the schedule is looked at; the interval the user chose decides when a backup is written. */
const CHECK_EVERY = 10 * 60_000;
const RETRY_AFTER_FAILURE_HOURS = 1;

export interface AutoBackupDeps {
  readonly database: ConexDb;
  readonly bridge: Pick<PlatformBridge, 'supportsBackupFolder' | 'writeAutoBackup' | 'appInfo'>;
  readonly now: () => Date;
  readonly t: TFunction;
  readonly toast: (toast: Omit<Toast, 'id'>) => void;
}

export type AutoBackupOutcome = 'off' | 'not-due' | 'written' | 'failed';

/** Writes an automatic backup to the chosen folder when one is due (desktop app only), keeping the last N there. */
export async function runAutoBackupIfDue(deps: AutoBackupDeps, force = false): Promise<AutoBackupOutcome> {
  if (!deps.bridge.supportsBackupFolder) return 'off';
  const settings = await loadBackupSettings(deps.database);
  const { enabled, folder, intervalHours, keep } = settings.auto;
  if (!enabled || !folder) return 'off';
  const now = deps.now();
  if (!force && !isDue(settings.lastAuto, intervalHours, now)) return 'not-due';
  try {
    const { version } = await deps.bridge.appInfo();
    const made = await exportBackup(deps.database, { now, appVersion: version });
    if (!made.ok) throw new Error(deps.t(made.error.messageKey, made.error.params));
    const written = await deps.bridge.writeAutoBackup({ folder, data: made.value.text, keep });
    if (!written.ok) throw new Error(deps.t(written.error.messageKey, written.error.params));
    await recordAutoBackup(deps.database, now, { path: written.value.path });
    return 'written';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await recordAutoBackup(deps.database, now, { error: message });
    deps.toast({ severity: 'error', message: (t) => t('backups:auto.failed', { detail: message }) });
    return 'failed';
  }
}

/**
 * A backup is due once the interval has passed since the last one written; after
 * a failure, again within the hour (a failure is no backup); and at once when
 * the last one is dated after now (the clock was set back: waiting for the old
 * time to come round again would mean no backups until then).
 */
function isDue(last: BackupSettings['lastAuto'], intervalHours: number, now: Date): boolean {
  if (!last) return true;
  const at = Date.parse(last.at);
  if (at > now.getTime()) return true;
  const wait = last.error ? Math.min(intervalHours, RETRY_AFTER_FAILURE_HOURS) : intervalHours;
  return now.getTime() - at >= wait * HOUR;
}

/** Runs the schedule on start and every few minutes; returns a stop function. */
export function startAutoBackups(deps: AutoBackupDeps): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    void runAutoBackupIfDue(deps)
      .catch((error: unknown) => onUnexpectedError(error, { context: 'automatic backup failed' }))
      .finally(() => {
        running = false;
      });
  };
  tick();
  const timer = setInterval(tick, CHECK_EVERY);
  return () => clearInterval(timer);
}
