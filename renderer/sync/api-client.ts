import type { z } from 'zod';
import {
  apiErrorSchema,
  apiRoutes,
  consentFeedSchema,
  IDEMPOTENCY_HEADER,
  ifMatchHeader,
  licenseFeedSchema,
  orderFeedSchema,
  pathParams,
  quoteFeedSchema,
  retryAfterMs,
  routePath,
  type ApiErrorCode,
  type ApiRoute,
  type ApiRoutes,
  type RouteId,
} from '../../shared/api';

/** Why a call did not give an answer to use. Never holds the token or a header. */
export type ApiFailure =
  /** No connection: the request did not reach the server, or the connection closed before the answer. */
  | { kind: 'network' }
  /** No answer within the timeout. */
  | { kind: 'timeout' }
  /** The server answered with an error. */
  | {
      kind: 'http';
      status: number;
      code?: ApiErrorCode;
      messageKey?: string;
      params?: Record<string, string | number>;
      retryAfterMs?: number;
      body?: unknown;
    }
  /** An answer that does not match the contract (a bug on one side, or a cut answer). */
  | { kind: 'invalid'; status: number }
  /** 304: what the app has is current. */
  | { kind: 'not-modified' }
  /** Never sent: the request's body or path did not match its route's schema (a bug, or a store changed by hand). */
  | { kind: 'bad-request' };

/** What a route answers, parsed. */
export type ResponseOf<K extends RouteId> = ApiRoutes[K] extends { response: infer S extends z.ZodType } ? z.output<S> : undefined;
/**
 * A page of each incremental feed, by route: a plain map (not a conditional
 * type), so code generic over the route can read its items, cursor and `more`.
 * Each entry is its route's response schema, as `satisfies` below checks.
 */
interface FeedPages {
  listLicenses: z.output<typeof licenseFeedSchema>;
  listQuotes: z.output<typeof quoteFeedSchema>;
  listOrders: z.output<typeof orderFeedSchema>;
  listConsentRequests: z.output<typeof consentFeedSchema>;
}
/** The routes that are incremental feeds: a page of what changed since a cursor. */
export type FeedRouteId = keyof FeedPages;
const feedSchemas: { readonly [K in FeedRouteId]: z.ZodType<FeedPages[K]> } = {
  listLicenses: licenseFeedSchema,
  listQuotes: quoteFeedSchema,
  listOrders: orderFeedSchema,
  listConsentRequests: consentFeedSchema,
} satisfies { [K in FeedRouteId]: ApiRoutes[K]['response'] };
/** A page of a feed. */
export type FeedPage<R extends FeedRouteId> = FeedPages[R];
/** The items of one page of a feed. */
export type FeedItems<R extends FeedRouteId> = FeedPage<R>['items'];

type BodyOf<K extends RouteId> = ApiRoutes[K] extends { body: infer S extends z.ZodType } ? z.input<S> : undefined;

export type ApiResult<T> = { ok: true; value: T; status: number; etag?: string } | { ok: false; failure: ApiFailure };

export interface CallOptions<K extends RouteId> {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: BodyOf<K>;
  idempotencyKey?: string;
  ifMatch?: number;
  ifNoneMatch?: string;
}

export interface ApiClientOptions {
  /** e.g. https://api.conex.example (no trailing slash needed). */
  baseUrl: string;
  token?: string;
  fetch?: typeof fetch;
  /** Per request, answer included. */
  timeoutMs?: number;
}

export interface ApiClient {
  call<K extends RouteId>(id: K, options?: CallOptions<K>): Promise<ApiResult<ResponseOf<K>>>;
  /** A page of a feed: what changed since `since` (from the start without it). */
  page<R extends FeedRouteId>(id: R, query: { since?: string | undefined; limit: number }): Promise<ApiResult<FeedPage<R>>>;
  /** The bytes of a quote or invoice PDF. */
  pdf(id: 'getQuotePdf' | 'getInvoicePdf', params: Record<string, string>): Promise<ApiResult<Uint8Array>>;
}

/** The default time to wait for the Conex API. */
export const DEFAULT_TIMEOUT_MS = 20_000;

/** A typed client of the Conex API: fetch with a timeout, answers validated with the contract's zod schemas. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function exchange<T>(
    route: ApiRoute,
    call: CallOptions<RouteId>,
    read: (res: Response) => Promise<ApiResult<T>>,
  ): Promise<ApiResult<T>> {
    const checked = checkRequest(route, call);
    if (!checked.ok) return { ok: false, failure: { kind: 'bad-request' } };
    const url = new URL(base + checked.path);
    for (const [k, v] of Object.entries(call.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { Accept: route.produces === 'pdf' ? 'application/pdf' : 'application/json' };
    if (options.token && route.auth) headers.Authorization = `Bearer ${options.token}`;
    if (checked.body !== undefined) headers['Content-Type'] = 'application/json';
    if (call.idempotencyKey) headers[IDEMPOTENCY_HEADER] = call.idempotencyKey;
    if (call.ifMatch !== undefined) headers['If-Match'] = ifMatchHeader(call.ifMatch);
    if (call.ifNoneMatch) headers['If-None-Match'] = call.ifNoneMatch;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const res = await doFetch(url.toString(), {
        method: route.method,
        headers,
        signal: controller.signal,
        ...(checked.body === undefined ? {} : { body: JSON.stringify(checked.body) }),
      });
      if (res.status === 304) return { ok: false, failure: { kind: 'not-modified' } };
      if (!res.ok) return { ok: false, failure: await httpFailure(res) };
      return await read(res);
    } catch {
      // The error text of a failed fetch may name the address; it never holds the token, but plain kinds are all the app needs.
      return { ok: false, failure: timedOut ? { kind: 'timeout' } : { kind: 'network' } };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    call(id, call = {}) {
      const route: ApiRoute = apiRoutes[id];
      return exchange(route, call as CallOptions<RouteId>, async (res) => {
        const etag = res.headers.get('ETag') ?? undefined;
        if (route.produces === 'empty' || !route.response) {
          await res.arrayBuffer();
          return { ok: true, value: undefined as ResponseOf<typeof id>, status: res.status };
        }
        const parsed = route.response.safeParse(await res.json());
        if (!parsed.success) return { ok: false, failure: { kind: 'invalid', status: res.status } };
        return { ok: true, value: parsed.data as ResponseOf<typeof id>, status: res.status, ...(etag ? { etag } : {}) };
      });
    },
    page(id, query) {
      return exchange(apiRoutes[id], { query }, async (res) => {
        const parsed = feedSchemas[id].safeParse(await res.json());
        if (!parsed.success) return { ok: false, failure: { kind: 'invalid', status: res.status } };
        return { ok: true, value: parsed.data, status: res.status };
      });
    },
    pdf(id, params) {
      return exchange(apiRoutes[id], { params }, async (res) => {
        const bytes = new Uint8Array(await res.arrayBuffer());
        const head = String.fromCharCode(...bytes.slice(0, 5));
        return head === '%PDF-'
          ? { ok: true, value: bytes, status: res.status }
          : { ok: false, failure: { kind: 'invalid', status: res.status } };
      });
    },
  };
}

/** Where and as whom to call the API: its address, the token when signed in, and (tests) another fetch or timeout. */
export interface ApiConnection {
  apiUrl: string;
  token?: string | null | undefined;
  fetch?: typeof fetch | undefined;
  timeoutMs?: number | undefined;
}

/** The one way the app gets an API client: for a connection, the token sent only when there is one. */
export function clientFor(connection: ApiConnection): ApiClient {
  return createApiClient({
    baseUrl: connection.apiUrl,
    ...(connection.token ? { token: connection.token } : {}),
    ...(connection.fetch ? { fetch: connection.fetch } : {}),
    ...(connection.timeoutMs ? { timeoutMs: connection.timeoutMs } : {}),
  });
}

/** A path parameter: what the contract's ids, SENs and quote ids can be. */
const PATH_PARAM = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/**
 * A request as it will be sent, or nothing when it does not match its route:
 * the body parsed with the route's schema (a route without one takes none), and
 * every path parameter present and plain. A request that fails is never sent.
 */
function checkRequest(route: ApiRoute, call: CallOptions<RouteId>): { ok: true; path: string; body?: unknown } | { ok: false } {
  const params = call.params ?? {};
  if (pathParams(route.path).some((name) => !PATH_PARAM.test(params[name] ?? ''))) return { ok: false };
  if (!route.body) return call.body === undefined ? { ok: true, path: routePath(route.path, params) } : { ok: false };
  const body = route.body.safeParse(call.body);
  return body.success ? { ok: true, path: routePath(route.path, params), body: body.data } : { ok: false };
}

async function httpFailure(res: Response): Promise<ApiFailure> {
  const retry = retryAfterMs(res.headers.get('Retry-After'));
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  const parsed = apiErrorSchema.safeParse(body);
  const error = parsed.success ? parsed.data.error : undefined;
  return {
    kind: 'http',
    status: res.status,
    ...(error ? { code: error.code } : {}),
    ...(error?.messageKey ? { messageKey: error.messageKey } : {}),
    ...(error?.params ? { params: error.params } : {}),
    ...(retry === undefined ? {} : { retryAfterMs: retry }),
    body,
  };
}

/** Whether trying again later may work: no connection, a timeout, the server's own trouble, or a cut answer. */
export function isRetryable(failure: ApiFailure): boolean {
  if (failure.kind === 'network' || failure.kind === 'timeout' || failure.kind === 'invalid') return true;
  if (failure.kind !== 'http') return false;
  return failure.status >= 500 || failure.status === 429 || failure.status === 408 || failure.code === 'idempotency.inProgress';
}
