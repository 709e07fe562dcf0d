import type { TFunction } from 'i18next';
import type { SyncMessage } from '../../sync/messages';

/** A date and time in the app's language, e.g. "25 Nov 2026, 10:32". */
export function formatWhen(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A sync message in plain words; a `reason` parameter is itself a message key and is translated too. */
export function messageText(t: TFunction, message: SyncMessage): string {
  const params: Record<string, string | number> = { ...message.params };
  if (typeof params.reason === 'string') params.reason = t(params.reason);
  return t(message.messageKey, params);
}
