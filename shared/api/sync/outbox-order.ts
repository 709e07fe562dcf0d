/** What the ordering needs of an outbox record. */
export interface OrderedEntry {
  readonly seq: number;
  readonly objectId: string;
  /** ISO time before which it is not tried again (backoff); absent for a record never tried. */
  readonly nextAttemptAt?: string;
}

/**
 * One pass over the outbox: records in the order they were made, each object's
 * records one after another. An object waits entirely while its first record
 * is in backoff, or once the caller marks it `blocked` (a record of it failed
 * in this pass), so a later change never overtakes an earlier one.
 */
export function* outboxPass<T extends OrderedEntry>(entries: readonly T[], now: Date, blocked: Set<string>, force = false): Generator<T> {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  const at = now.getTime();
  for (const entry of sorted) {
    if (blocked.has(entry.objectId)) continue;
    if (!force && entry.nextAttemptAt !== undefined && Date.parse(entry.nextAttemptAt) > at) {
      blocked.add(entry.objectId);
      continue;
    }
    yield entry;
  }
}

/**
 * The earliest time a waiting record may be tried again, or undefined when none
 * waits. Only the first record of each object counts: the others wait behind it,
 * so a change never tried, queued behind one in backoff, is not due before it.
 */
export function nextDueAt(entries: readonly OrderedEntry[]): string | undefined {
  let best: number | undefined;
  const seen = new Set<string>();
  for (const e of [...entries].sort((a, b) => a.seq - b.seq)) {
    if (seen.has(e.objectId)) continue;
    seen.add(e.objectId);
    const t = e.nextAttemptAt === undefined ? 0 : Date.parse(e.nextAttemptAt);
    if (best === undefined || t < best) best = t;
  }
  return best === undefined ? undefined : new Date(best).toISOString();
}
