/** How long to wait before the next try of a change the server did not confirm. */
export interface BackoffPolicy {
  /** The first wait, before jitter. */
  readonly baseMs: number;
  /** No wait is longer than this. */
  readonly capMs: number;
}

/** The app's policy: 2 s, 4 s, 8 s … up to 5 minutes. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000 };

/**
 * Exponential backoff with "equal jitter": after the n-th failed try (n ≥ 1)
 * the wait is d/2 + random·d/2 with d = min(cap, base·2^(n-1)). Half of it is
 * random so many apps that lost the server at once do not come back together;
 * the other half keeps it growing. `random` is in [0, 1), given by the caller.
 */
export function backoffDelay(attempt: number, random: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const n = Math.max(1, Math.floor(attempt));
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(n - 1, 40));
  const r = Math.min(Math.max(random, 0), 1);
  return Math.round(ceiling / 2 + (r * ceiling) / 2);
}

/** The wait a server asked for with Retry-After (seconds), if readable; never more than the cap. */
export function retryAfterMs(header: string | null | undefined, policy: BackoffPolicy = DEFAULT_BACKOFF): number | undefined {
  if (!header || !/^\d{1,6}$/.test(header.trim())) return undefined;
  return Math.min(Number(header.trim()) * 1000, policy.capMs);
}
