import type { UpdateStatus } from '../../shared/ipc/contract';

type UpdateError = Extract<UpdateStatus, { state: 'error' }>;

const OFFLINE = [
  /net::ERR_(?:INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|NETWORK_CHANGED|NETWORK_IO_SUSPENDED|CONNECTION_\w+|ADDRESS_UNREACHABLE|TIMED_OUT|PROXY_CONNECTION_FAILED)/,
  /\b(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ENETDOWN)\b/,
];

function describe(error: unknown): { code: string; text: string } {
  if (error instanceof Error) {
    const code = String((error as Error & { code?: unknown }).code ?? '');
    return { code, text: `${code} ${error.message}` };
  }
  return { code: '', text: String(error) };
}

/**
 * What the user is told when an update fails. The current version keeps
 * working in every case; the message says why and whether being offline is the cause.
 */
export function updateErrorStatus(error: unknown): UpdateError {
  const { code, text } = describe(error);
  const status = (key: string, offline = false): UpdateError => ({ state: 'error', messageKey: `desktop:updater.errors.${key}`, offline });
  if (OFFLINE.some((pattern) => pattern.test(text))) return status('offline', true);
  if (
    code === 'ERR_UPDATER_INVALID_SIGNATURE' ||
    /not signed by the application owner|code signature|did not pass validation/i.test(text)
  ) {
    return status('signature');
  }
  if (/checksum mismatch|sha512/i.test(text)) return status('integrity');
  if (code === 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' || /HttpError: 40[34]|Cannot find channel|404 Not Found/i.test(text))
    return status('feed');
  if (/\bENOSPC\b/.test(text)) return status('disk');
  return status('generic');
}
