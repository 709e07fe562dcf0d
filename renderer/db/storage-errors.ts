import { domainError, type DomainError } from '../../shared/errors';

/** Whether an IndexedDB failure is the disk or the browser's quota being full. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { inner?: unknown }).inner) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
    if (!('inner' in e)) break;
  }
  return false;
}

/** Maps a storage exception to an error the user can read; anything else is a bug and is rethrown. */
export function storageError(error: unknown): DomainError {
  if (isQuotaError(error)) return domainError('storage.full', 'common:errors.storageFull');
  return domainError('storage.failed', 'common:errors.storageFailed', { detail: error instanceof Error ? error.message : String(error) });
}
