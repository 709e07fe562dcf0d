import { ok, type Result } from '../../../shared/errors';
import type { ConexDb } from '../database';
import { storageOutcome } from '../storage-errors';

/**
 * The `meta` row holding the latest time the app has ever seen (R-EVAL-4). The
 * name contains "latestSeen" so a backup restore never moves it back.
 */
export const LATEST_SEEN_KEY = 'latestSeen';

let known: string | null | undefined;

/**
 * The mark as this window last read or wrote it, undefined before the first
 * read: never above the stored one, so a screen can show statuses at once and
 * correct them when its own read arrives.
 */
export function knownLatestSeen(): string | null | undefined {
  return known;
}

/** The latest time ever recorded, or null before the first one. */
export async function readLatestSeen(database: ConexDb): Promise<string | null> {
  const row = await database.meta.get(LATEST_SEEN_KEY);
  const value = typeof row?.value === 'string' && !Number.isNaN(Date.parse(row.value)) ? row.value : null;
  known = value;
  return value;
}

/**
 * Records `now` as seen and returns the high-water mark after it: `now` if the
 * clock moved forward, the earlier mark if it went backwards (never lowered).
 */
export async function recordTimeSeen(database: ConexDb, now: Date): Promise<Result<string>> {
  return storageOutcome(() =>
    database.transaction('rw', database.meta, async () => {
      const previous = await readLatestSeen(database);
      if (previous !== null && Date.parse(previous) >= now.getTime()) return ok(previous);
      const latest = now.toISOString();
      await database.meta.put({ key: LATEST_SEEN_KEY, value: latest });
      known = latest;
      return ok(latest);
    }),
  );
}
