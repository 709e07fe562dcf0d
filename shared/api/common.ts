import { z } from 'zod';

/**
 * What every error answer of the Conex API carries. `code` is stable and read
 * by the client; `messageKey` (namespace "sync" unless it names another) is what
 * the app shows; `message` is English for logs and curl users.
 */
export const API_ERROR_CODES = [
  'auth.required',
  'auth.invalid',
  'not-found',
  'validation',
  'idempotency.missing',
  'idempotency.mismatch',
  'idempotency.inProgress',
  'conflict',
  'quote.paid',
  'pricing',
  'contacts.duplicate',
  'contacts.lastOfRole',
  'account.emailTaken',
  'account.licensesAttached',
  'server',
  'unavailable',
] as const;
export const apiErrorCodeSchema = z.enum(API_ERROR_CODES);
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>;

export const apiErrorSchema = z.object({
  error: z.object({
    code: apiErrorCodeSchema,
    message: z.string().max(2000),
    /** An i18n key ("namespace:path") when the server can name the problem for the user, e.g. a pricing error. */
    messageKey: z.string().max(200).optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** The header every request that changes something carries; the server applies each key's change once. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,128}$/);

/** A page of an incremental feed: the items changed after `since`, and the cursor to pass next time. */
export function feedSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    /** Opaque: give it back as `since`. */
    cursor: z.string().max(64),
    /** More items wait after this page: ask again at once with the new cursor. */
    more: z.boolean(),
  });
}

export const feedQuerySchema = z.object({
  since: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});
export type FeedQuery = z.infer<typeof feedQuerySchema>;

/** The largest page a feed returns. */
export const FEED_PAGE_MAX = 1000;

/** Optimistic concurrency: a change names the server revision it was made on (`If-Match: "3"`; "0" for a quote not yet on the server). */
export function ifMatchHeader(revision: number): string {
  return `"${revision}"`;
}

/** Reads an If-Match header written by `ifMatchHeader`; undefined when absent or malformed. */
export function parseIfMatch(value: string | undefined): number | undefined {
  const m = value ? /^"?(\d{1,9})"?$/.exec(value.trim()) : null;
  return m ? Number(m[1]) : undefined;
}
