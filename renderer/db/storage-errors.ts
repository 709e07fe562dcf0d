import { err, ok, type DomainError, type Result } from '../../shared/errors';

/** A storage failure in words the user can read: the disk is full, or the store failed (its detail for the log). */
export interface StorageError extends DomainError {
  readonly code: 'storage.full' | 'storage.failed';
}

/** Whether an IndexedDB failure is the disk or the browser's quota being full. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { inner?: unknown }).inner) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
    if (!('inner' in e)) break;
  }
  return false;
}

/** A unique index refused a record: directly, through Dexie's abort wrapper, or inside a bulk operation's failures. */
export function isConstraintError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const error = e as { name?: string; inner?: unknown; failures?: unknown[]; failuresByPos?: Record<number, unknown> };
  if (error.name === 'ConstraintError') return true;
  const nested = [error.inner, ...(error.failures ?? []), ...Object.values(error.failuresByPos ?? {})];
  return nested.some((n) => n !== e && isConstraintError(n));
}

/** Maps a storage exception to an error the user can read. */
export function storageError(error: unknown): StorageError {
  if (isQuotaError(error)) return { code: 'storage.full', messageKey: 'common:errors.storageFull' };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'storage.failed', messageKey: 'common:errors.storageFailed', params: { detail } };
}

/** A storage operation that failed: its error for the user. */
export type StorageFailure = { ok: false; error: StorageError };

/**
 * Runs a storage operation that decides its own result (a missing record, a
 * rule refused): a thrown storage failure becomes an error result with a message
 * key, and a unique index's refusal becomes `onConstraint`'s result when given
 * (e.g. "this SEN is already stored"). Bugs in `fn` are storage failures too:
 * they reach the user as "the store failed" with their detail, never a blank page.
 */
export async function storageOutcome<R extends Result<unknown>, C extends Result<unknown> = never>(
  fn: () => Promise<R>,
  onConstraint?: () => C,
): Promise<R | C | StorageFailure> {
  try {
    return await fn();
  } catch (e) {
    if (onConstraint && isConstraintError(e)) return onConstraint();
    return err(storageError(e));
  }
}

/** Runs a storage operation: its value, or the storage failure as an error result (see storageOutcome). */
export function storageResult<T>(fn: () => Promise<T>, onConstraint?: () => Result<T>): Promise<Result<T>> {
  return storageOutcome(async (): Promise<Result<T>> => ok(await fn()), onConstraint);
}
