import { z } from 'zod';
import type { Result } from '../errors';

/**
 * Failures a user can cause on the other side of IPC (a file too large, a folder no longer there), each with the
 * i18n key the renderer says it with. They come back as values (`{ ok: false, error }`), never as exceptions:
 * an exception across IPC loses its type and arrives as "Error invoking remote method", which is a bug's shape.
 */
export const IPC_ERROR_KEYS = {
  'file-too-large': 'common:errors.fileTooLarge',
  'file-unreadable': 'common:errors.fileUnreadable',
  'file-not-written': 'common:errors.fileNotWritten',
  'backup-folder-not-chosen': 'common:errors.backupFolderNotChosen',
  'backup-not-written': 'common:errors.backupNotWritten',
} as const;
export type IpcErrorCode = keyof typeof IPC_ERROR_KEYS;

const codes = Object.keys(IPC_ERROR_KEYS) as [IpcErrorCode, ...IpcErrorCode[]];

export const ipcErrorSchema = z.object({
  code: z.enum(codes),
  messageKey: z.string().max(100),
  params: z.record(z.string().max(40), z.union([z.string().max(1_000), z.number()])).optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

/** The error for `code`, with its message key and the values its message names. */
export function ipcError(code: IpcErrorCode, params?: Record<string, string | number>): IpcError {
  return params ? { code, messageKey: IPC_ERROR_KEYS[code], params } : { code, messageKey: IPC_ERROR_KEYS[code] };
}

/** What the system said about a failed read or write (EACCES, ENOSPC, NotReadableError...), for the message and for support. */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown';
}

/** The schema of a response that is either `{ ok: true, value }` or `{ ok: false, error }` with an IPC error. */
export function ipcResult<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: ipcErrorSchema })]);
}

/** What a channel answered: its value, or a failure the user caused. */
export type IpcResult<T> = Result<T, IpcError>;
