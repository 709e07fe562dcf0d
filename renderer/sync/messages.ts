import type { StoredMessage } from '../db/sync-state';
import type { ApiFailure } from './api-client';

/** A message for the user: an i18n key and its parameters (kept as such in the sync state and log). */
export type SyncMessage = StoredMessage;

/** Namespaces whose keys the server may name in an error (its pricing, contact and account rules). */
const SERVER_NAMESPACES = /^(domain|sync|quotes|account):[\w.]+$/;

/** A failure in plain words. */
export function failureMessage(failure: ApiFailure): SyncMessage {
  switch (failure.kind) {
    case 'network':
      return { messageKey: 'sync:errors.network' };
    case 'timeout':
      return { messageKey: 'sync:errors.timeout' };
    case 'invalid':
      return { messageKey: 'sync:errors.invalidAnswer' };
    case 'not-modified':
      return { messageKey: 'sync:errors.none' };
    case 'bad-request':
      return { messageKey: 'sync:errors.badRequest' };
    case 'http':
      if (failure.status === 401 || failure.status === 403) return { messageKey: 'sync:errors.auth' };
      if (failure.status === 503 || failure.status === 429) return { messageKey: 'sync:errors.unavailable' };
      if (failure.status >= 500) return { messageKey: 'sync:errors.server', params: { status: failure.status } };
      if (failure.messageKey && SERVER_NAMESPACES.test(failure.messageKey)) {
        return { messageKey: failure.messageKey, ...(failure.params ? { params: failure.params } : {}) };
      }
      return { messageKey: 'sync:errors.refused', params: { status: failure.status } };
  }
}
