import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { addDaysIso, toCalendarDate } from '../../shared/calendar';
import { isoDateSchema, productIdSchema, tierSchema } from '../../shared/catalog';
import { emailSchema } from '../../shared/quote';
import { decideConsent } from './consent-decision';
import type { SandboxContext } from './context';
import { faultRulesSchema, type FaultInjector } from './faults';
import { confirmPayment, keyFor, latestMajor, newSen } from './payment';
import { accountByEmail, createAccount, listChanges, resetStore } from './store';
import { getQuote } from './store-quotes';
import { getLicense, insertContact, putLicense, type StoredLicense } from './store-licenses';

const accountInput = z.object({
  email: emailSchema,
  name: z.string().max(200).default(''),
  token: z
    .string()
    .regex(/^[A-Za-z0-9._~-]{16,256}$/)
    .optional(),
});
const paymentInput = z.object({
  quoteId: z.string().optional(),
  officialNumber: z.string().optional(),
  paymentDate: isoDateSchema.optional(),
});
const consentDecisionInput = z.object({
  id: z.string().min(1),
  decision: z.enum(['confirmed', 'declined']),
  note: z.string().max(1000).optional(),
});
const seedInput = z.object({
  /** The billing and technical contact of every seeded license. */
  email: emailSchema,
  count: z.number().int().min(1).max(50_000).default(1),
  product: productIdSchema.default('conex-books'),
  tier: tierSchema.default('Professional'),
  maintenanceEnd: isoDateSchema.optional(),
  entity: z.string().min(1).max(200).default('Main Library'),
});

/** The token a new test account gets when the test names none: 32 random bytes. */
export function newToken(): string {
  return `sbx_${randomBytes(24).toString('base64url')}`;
}

/**
 * Sandbox-only routes under /__sandbox, for tests and for trying the whole flow
 * on one machine: accounts, fault injection, payment confirmation, Consent To
 * Assign decisions, seeding,
 * the change log and the clock. The Conex API has none of them.
 */
export function registerAdmin(
  app: FastifyInstance,
  ctx: SandboxContext,
  faults: FaultInjector,
  clock: { set: (iso: string | null) => void },
): void {
  const bad = (message: string) => ({ error: { code: 'validation', message } });

  app.get('/__sandbox/health', async () => ({ ok: true, now: ctx.now().toISOString() }));

  app.post('/__sandbox/accounts', async (request, reply) => {
    const input = accountInput.safeParse(request.body ?? {});
    if (!input.success) return reply.code(400).send(bad(input.error.issues[0]?.message ?? 'bad account'));
    if (accountByEmail(ctx.db, input.data.email)) return reply.code(409).send(bad('An account already uses this email'));
    const token = input.data.token ?? newToken();
    const account = createAccount(ctx.db, { email: input.data.email, name: input.data.name, token }, ctx.now());
    return { account, token };
  });

  app.get('/__sandbox/faults', async () => ({ pending: faults.pending(), fired: faults.fired }));
  app.post('/__sandbox/faults', async (request, reply) => {
    const input = faultRulesSchema.safeParse(request.body ?? {});
    if (!input.success) return reply.code(400).send(bad(input.error.issues[0]?.message ?? 'bad rules'));
    faults.set(input.data.rules);
    return { pending: faults.pending() };
  });
  app.delete('/__sandbox/faults', async () => {
    faults.clear();
    return { pending: [] };
  });

  app.post('/__sandbox/confirm-payment', async (request, reply) => {
    const input = paymentInput.safeParse(request.body ?? {});
    if (!input.success) return reply.code(400).send(bad(input.error.issues[0]?.message ?? 'bad payment'));
    const { quoteId, officialNumber, paymentDate } = input.data;
    const id =
      quoteId ??
      (
        ctx.db.prepare("SELECT id FROM quotes WHERE json_extract(data, '$.officialNumber') = ?").get(officialNumber ?? '') as
          { id: string } | undefined
      )?.id;
    if (!id || !getQuote(ctx.db, id)) return reply.code(404).send({ error: { code: 'not-found', message: 'No such quote' } });
    const result = await confirmPayment(ctx, id, paymentDate);
    if (!result.ok) return reply.code(result.status).send({ error: { code: 'not-found', message: result.message } });
    return { order: result.order, licenses: result.licenses };
  });

  app.post('/__sandbox/licenses', async (request, reply) => {
    const input = seedInput.safeParse(request.body ?? {});
    if (!input.success) return reply.code(400).send(bad(input.error.issues[0]?.message ?? 'bad seed'));
    const { email, count, product, tier, entity } = input.data;
    const today = toCalendarDate(ctx.now());
    const end = input.data.maintenanceEnd ?? addDaysIso(today, 200);
    const issued = ctx.now().toISOString();
    const made: StoredLicense[] = [];
    for (let i = 0; i < count; i++) {
      const sen = newSen(ctx);
      const base = {
        sen,
        product,
        deployment: 'server' as const,
        tier,
        type: 'commercial' as const,
        entity,
        country: 'FR',
        serverId: `SBX-${sen.slice(4)}`,
        licensee: 'Sandbox Customer',
        issued,
        maintenanceStart: addDaysIso(end, -365) < end ? addDaysIso(end, -365) : end,
        maintenanceEnd: end,
        majorVersion: latestMajor(ctx.book, today),
        purchaseDate: addDaysIso(end, -365),
        updatedAt: issued,
      };
      made.push({ ...base, key: await keyFor(ctx, base) });
    }
    ctx.db.transaction(() => {
      for (const license of made) {
        putLicense(ctx.db, license);
        if (getLicense(ctx.db, license.sen)) {
          insertContact(ctx.db, license.sen, { email, role: 'billing', primary: true });
          insertContact(ctx.db, license.sen, { email, role: 'technical', primary: true });
        }
      }
    })();
    return { licenses: made.map((l) => l.sen) };
  });

  // What Conex's team does with a Consent To Assign form (R-LIC-6).
  app.post('/__sandbox/consent-decision', async (request, reply) => {
    const input = consentDecisionInput.safeParse(request.body ?? {});
    if (!input.success) return reply.code(400).send(bad(input.error.issues[0]?.message ?? 'bad decision'));
    const result = await decideConsent(ctx, input.data.id, input.data.decision, input.data.note ?? null);
    if (!result.ok) return reply.code(result.status).send({ error: { code: 'not-found', message: result.message } });
    return { request: result.request };
  });

  app.get('/__sandbox/changes', async () => ({ changes: listChanges(ctx.db) }));

  app.post('/__sandbox/reset', async () => {
    resetStore(ctx.db);
    faults.clear();
    return { ok: true };
  });

  app.post('/__sandbox/clock', async (request, reply) => {
    const input = z.object({ now: z.iso.datetime({ offset: true }).nullable() }).safeParse(request.body ?? {});
    if (!input.success) return reply.code(400).send(bad('now: an ISO date-time, or null for the real clock'));
    clock.set(input.data.now);
    return { now: ctx.now().toISOString() };
  });
}
