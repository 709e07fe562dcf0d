import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  apiRoutes,
  idempotencyKeySchema,
  parseIfMatch,
  type ApiAccount,
  type ApiError,
  type ApiErrorCode,
  type ApiRoute,
  type ApiRoutes,
  type RouteId,
} from '../../shared/api';
import { accountByToken, type Db } from './store';

/** What a handler answers: a status, and JSON (or PDF bytes) to send. */
export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** An error answer in the contract's shape. */
export function fail(
  status: number,
  code: ApiErrorCode,
  message: string,
  extra: Partial<ApiError['error']> & Record<string, unknown> = {},
): Answer {
  const { messageKey, params, ...rest } = extra;
  return {
    status,
    body: { error: { code, message, ...(messageKey ? { messageKey } : {}), ...(params ? { params } : {}) }, ...rest },
  };
}

export const notFound = (): Answer => fail(404, 'not-found', 'Not found');

type Field<K extends RouteId, F extends string> = ApiRoutes[K] extends Record<F, infer S extends z.ZodType> ? z.output<S> : undefined;

/** One request as a handler sees it: checked body and query, the signed-in account, the idempotency key. */
export interface Call<K extends RouteId> {
  params: Record<string, string>;
  query: Field<K, 'query'>;
  body: Field<K, 'body'>;
  /** Set on every route that needs sign-in. */
  account: ApiAccount;
  idempotencyKey: string | undefined;
  ifMatch: number | undefined;
  headers: FastifyRequest['headers'];
}

/**
 * Every route's handler, synchronous so that its change and the stored answer
 * for its Idempotency-Key are written in one SQLite transaction: a change is
 * applied once, or not at all.
 */
export type Handlers = { [K in RouteId]: (call: Call<K>) => Answer };

function send(reply: FastifyReply, answer: Answer): FastifyReply {
  reply.code(answer.status);
  for (const [k, v] of Object.entries(answer.headers ?? {})) reply.header(k, v);
  if (answer.body instanceof Uint8Array) return reply.type('application/pdf').send(Buffer.from(answer.body));
  return answer.body === undefined ? reply.send() : reply.type('application/json').send(JSON.stringify(answer.body));
}

function fingerprint(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${request.headers['if-match'] ?? ''}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

/** The account named by `Authorization: Bearer <token>`, or the 401 to send. */
function authenticate(db: Db, request: FastifyRequest): ApiAccount | Answer {
  const m = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '');
  if (!m?.[1]) return fail(401, 'auth.required', 'Sign in: send Authorization: Bearer <API token>');
  return accountByToken(db, m[1]) ?? fail(401, 'auth.invalid', 'Unknown API token');
}

/** Runs a change once per Idempotency-Key: a repeat gets the first answer; the same key with another request is refused. */
function once(db: Db, account: ApiAccount, key: string, request: FastifyRequest, run: () => Answer): Answer {
  const print = fingerprint(request);
  return db.transaction((): Answer => {
    const seen = db.prepare('SELECT fingerprint, status, response FROM idempotency WHERE account = ? AND key = ?').get(account.id, key) as
      { fingerprint: string; status: number; response: string | null } | undefined;
    if (seen) {
      if (seen.fingerprint !== print) return fail(422, 'idempotency.mismatch', 'This Idempotency-Key was used for another request');
      return { status: seen.status, ...(seen.response === null ? {} : { body: JSON.parse(seen.response) as unknown }) };
    }
    const answer = run();
    db.prepare('INSERT INTO idempotency (account, key, fingerprint, status, response, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      account.id,
      key,
      print,
      answer.status,
      answer.body === undefined ? null : JSON.stringify(answer.body),
      new Date().toISOString(),
    );
    return answer;
  })();
}

/** Registers every route of the contract with its handler: sign-in check, body and query validation, idempotency. */
export function registerApi(app: FastifyInstance, db: Db, handlers: Handlers): void {
  for (const [id, route] of Object.entries(apiRoutes) as [RouteId, ApiRoute][]) {
    const handler = handlers[id] as (call: Call<RouteId>) => Answer;
    app.route({
      method: route.method,
      url: route.path.replace(/\{(\w+)\}/g, ':$1'),
      handler: async (request, reply) => {
        let account: ApiAccount | undefined;
        if (route.auth) {
          const auth = authenticate(db, request);
          if ('status' in auth) return send(reply, auth);
          account = auth;
        }
        const query = route.query ? route.query.safeParse(request.query) : undefined;
        if (query && !query.success) return send(reply, fail(400, 'validation', `Bad query: ${query.error.issues[0]?.message ?? ''}`));
        const body = route.body ? route.body.safeParse(request.body) : undefined;
        if (body && !body.success) {
          const issue = body.error.issues[0];
          return send(reply, fail(400, 'validation', `Bad body at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`));
        }
        const key = request.headers['idempotency-key'];
        if (route.idempotent && (typeof key !== 'string' || !idempotencyKeySchema.safeParse(key).success)) {
          return send(reply, fail(400, 'idempotency.missing', 'Send an Idempotency-Key header (8 to 128 of A-Z a-z 0-9 _ -)'));
        }
        const call: Call<RouteId> = {
          params: request.params as Record<string, string>,
          query: query?.data as never,
          body: body?.data as never,
          account: account as ApiAccount,
          idempotencyKey: typeof key === 'string' ? key : undefined,
          ifMatch: parseIfMatch(request.headers['if-match']),
          headers: request.headers,
        };
        const answer =
          route.idempotent && account && typeof key === 'string' ? once(db, account, key, request, () => handler(call)) : handler(call);
        return send(reply, answer);
      },
    });
  }
}
