import type { FastifyInstance, FastifyRequest } from 'fastify';

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, If-Match, If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, Retry-After',
  'Access-Control-Max-Age': '600',
  Vary: 'Origin',
};

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Whether a request came from this computer. */
export function fromLoopback(request: Pick<FastifyRequest, 'socket'>): boolean {
  return LOOPBACK.has(request.socket.remoteAddress ?? '');
}

/**
 * Who may call the sandbox, installed before every route:
 * - a browser page (a request with an Origin) only from the app's own origins:
 *   they get CORS headers naming that origin; any other page is refused, so a
 *   web page open in the same browser can neither read the sandbox's answers
 *   nor make it change anything;
 * - the `/__sandbox/*` routes (accounts, tokens, payments, reset) only from
 *   this computer, and never from a browser page: tests and curl call them.
 */
export function installOriginGuard(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  // Compared as written: the desktop app's app://conex has no web origin (URL gives "null", which sandboxed pages also send).
  const allowed = new Set(allowedOrigins.map((o) => o.replace(/\/+$/, '')).filter((o) => o !== 'null'));
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    const admin = request.url.startsWith('/__sandbox/');
    if (admin && (!fromLoopback(request) || origin !== undefined)) {
      return reply
        .code(403)
        .send({ error: { code: 'auth.required', message: 'Sandbox routes answer only on this computer, not to web pages' } });
    }
    if (origin === undefined) return;
    if (!allowed.has(origin)) {
      return reply.code(403).send({ error: { code: 'auth.required', message: `Origin ${origin} may not call this sandbox` } });
    }
    reply.header('Access-Control-Allow-Origin', origin);
    for (const [k, v] of Object.entries(CORS_HEADERS)) reply.header(k, v);
    if (request.method === 'OPTIONS') return reply.code(204).send();
  });
}
