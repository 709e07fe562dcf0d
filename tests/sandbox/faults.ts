import type { FastifyInstance, FastifyRequest } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';

/**
 * Network faults a test can inject, each on the next matching API request:
 * - drop-request: the request never arrives (nothing changes; the connection closes after `delayMs`, past the client's timeout);
 * - drop-response: the change is applied, then the connection closes before the answer;
 * - status-500 / status-503: the server answers an error without changing anything;
 * - slow: the request waits `delayMs` before it is handled (past the client's timeout), then is applied, its answer unread;
 * - close: the connection closes at once, nothing changes;
 * - duplicate: the request is delivered twice.
 */
export const FAULT_KINDS = ['drop-request', 'drop-response', 'status-500', 'status-503', 'slow', 'close', 'duplicate'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const faultRuleSchema = z.object({
  kind: z.enum(FAULT_KINDS),
  /** How many matching requests it hits. */
  times: z.number().int().min(1).max(10_000).default(1),
  /** Only these methods (all when absent). */
  methods: z.array(z.enum(['GET', 'POST', 'PUT', 'DELETE'])).optional(),
  /** Only paths starting with this. */
  path: z.string().max(200).optional(),
  delayMs: z.number().int().min(0).max(60_000).default(500),
});
export type FaultRule = z.output<typeof faultRuleSchema>;
export const faultRulesSchema = z.object({ rules: z.array(faultRuleSchema).max(10_000) });

export interface FiredFault {
  kind: FaultKind;
  method: string;
  url: string;
}

/** The rules set by the current test, consumed in order, and a record of every fault fired. */
export class FaultInjector {
  private rules: FaultRule[] = [];
  readonly fired: FiredFault[] = [];

  set(rules: FaultRule[]): void {
    this.rules = rules.map((r) => ({ ...r }));
  }

  clear(): void {
    this.rules = [];
    this.fired.length = 0;
  }

  /** Rules not used up yet. */
  pending(): FaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  /** The fault for this request, if a rule matches; uses one of its `times`. */
  take(method: string, url: string): FaultRule | undefined {
    const path = url.split('?')[0] ?? url;
    const index = this.rules.findIndex((r) => (!r.methods || r.methods.includes(method as never)) && (!r.path || path.startsWith(r.path)));
    const rule = this.rules[index];
    if (!rule) return undefined;
    rule.times -= 1;
    if (rule.times <= 0) this.rules.splice(index, 1);
    this.fired.push({ kind: rule.kind, method, url: path });
    return rule;
  }
}

const DUPLICATE_HEADER = 'x-sandbox-duplicate';

/** Hooks the injector into the server: faults hit API requests only, never the sandbox's own admin routes or CORS preflights. */
export function installFaults(app: FastifyInstance, faults: FaultInjector): void {
  const active = new WeakMap<FastifyRequest, FaultRule>();

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/v1/') || request.method === 'OPTIONS' || request.headers[DUPLICATE_HEADER]) return;
    const rule = faults.take(request.method, request.url);
    if (!rule) return;
    active.set(request, rule);
    switch (rule.kind) {
      case 'close':
        reply.hijack();
        request.raw.socket.destroy();
        return reply;
      case 'drop-request':
        reply.hijack();
        await sleep(rule.delayMs);
        request.raw.socket.destroy();
        return reply;
      case 'status-500':
        return reply.code(500).send({ error: { code: 'server', message: 'Injected server error' } });
      case 'status-503':
        return reply
          .code(503)
          .header('Retry-After', '0')
          .send({ error: { code: 'unavailable', message: 'Injected: unavailable' } });
      default:
        return;
    }
  });

  app.addHook('preHandler', async (request) => {
    const kind = active.get(request)?.kind;
    // Slow after the body arrived, so the change is still applied once the client gave up.
    if (kind === 'slow') await sleep(active.get(request)?.delayMs ?? 0);
    if (kind !== 'duplicate') return;
    const { host: _host, 'content-length': _length, ...headers } = request.headers;
    await app.inject({
      method: request.method as 'POST',
      url: request.url,
      headers: { ...headers, [DUPLICATE_HEADER]: '1' },
      ...(request.body === undefined ? {} : { payload: JSON.stringify(request.body) }),
    });
  });

  app.addHook('onSend', async (request, _reply, payload) => {
    if (active.get(request)?.kind === 'drop-response') request.raw.socket.destroy();
    return payload;
  });
}
