import type { TFunction } from 'i18next';
import type { SyncMessage } from '../../sync/messages';
import { formatInstant } from '../../i18n/format';

/** A date and time in the app's language, e.g. "25 Nov 2026, 10:32". */
export function formatWhen(iso: string, language: string): string {
  return formatInstant(iso, language);
}

/** A sync message in plain words; a `reason` parameter is itself a message key and is translated too. */
export function messageText(t: TFunction, message: SyncMessage): string {
  const params: Record<string, string | number> = { ...message.params };
  if (typeof params.reason === 'string') params.reason = t(params.reason);
  return t(message.messageKey, params);
}
