import { z } from 'zod';
import { senSchema } from '../catalog';
import { domainError, err, ok, type DomainError, type Result } from '../errors';

/**
 * A key request (`.conexrequest`): what a server with no network needs a key
 * for, carried by hand to a computer running the app. It holds no secret and
 * no signature: the key Conex issues for it is what is signed.
 */
export { KEY_REQUEST_EXTENSION } from '../file-extensions';
export const KEY_REQUEST_FORMAT = 'conex-key-request';
const MAX_REQUEST_CHARS = 64 * 1024;

/**
 * Reading: a server ID is what Conex Server shows as its ID (e.g.
 * `BX7Q-2M4K-9PLD-T3RW`): 1 to 100 letters, digits, dots, dashes, underscores
 * or colons, starting with a letter or digit. Case is kept; spaces around it are dropped.
 */
export const serverIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/);

export const keyRequestSchema = z.object({
  format: z.literal(KEY_REQUEST_FORMAT),
  version: z.literal(1),
  serverId: serverIdSchema,
  sen: senSchema.optional(),
  entity: z.string().trim().min(1).max(200).optional(),
  /** When the request was written (ISO datetime), on the server's clock. */
  createdAt: z.iso.datetime({ offset: true }),
});
export type KeyRequest = z.infer<typeof keyRequestSchema>;

export type KeyRequestErrorCode = 'notRequest' | 'serverId' | 'sen' | 'entity';

/** A request error with its message at `keys:request.errors.<code>`. */
export interface KeyRequestError extends DomainError {
  readonly code: KeyRequestErrorCode;
}

function requestError(code: KeyRequestErrorCode): KeyRequestError {
  return domainError(code, `keys:request.errors.${code}`) as KeyRequestError;
}

/** Checks the fields a request is made of; the first bad one is the error. */
export function makeKeyRequest(
  fields: { serverId: string; sen?: string; entity?: string },
  now: Date,
): Result<KeyRequest, KeyRequestError> {
  const serverId = serverIdSchema.safeParse(fields.serverId);
  if (!serverId.success) return err(requestError('serverId'));
  const sen = fields.sen === undefined ? undefined : senSchema.safeParse(fields.sen.trim().toUpperCase());
  if (sen && !sen.success) return err(requestError('sen'));
  const entity = fields.entity?.trim();
  if (entity !== undefined && (entity.length === 0 || entity.length > 200)) return err(requestError('entity'));
  return ok({
    format: KEY_REQUEST_FORMAT,
    version: 1,
    serverId: serverId.data,
    ...(sen?.success ? { sen: sen.data } : {}),
    ...(entity === undefined ? {} : { entity }),
    createdAt: now.toISOString(),
  });
}

/** The text of a request file: pretty JSON, readable by the administrator who carries it. */
export function writeKeyRequest(request: KeyRequest): string {
  return `${JSON.stringify(request, null, 2)}\n`;
}

/** Reads a request file; a malformed server ID is named as such, anything else is "not a request". */
export function readKeyRequest(text: string): Result<KeyRequest, KeyRequestError> {
  if (text.length > MAX_REQUEST_CHARS) return err(requestError('notRequest'));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return err(requestError('notRequest'));
  }
  const parsed = keyRequestSchema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== KEY_REQUEST_FORMAT)
    return err(requestError('notRequest'));
  const field = String(parsed.error.issues[0]?.path[0] ?? '');
  return err(requestError(field === 'serverId' || field === 'sen' || field === 'entity' ? field : 'notRequest'));
}
