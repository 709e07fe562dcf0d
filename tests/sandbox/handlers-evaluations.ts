import { createPrivateKey, sign } from 'node:crypto';
import { toCalendarDate } from '../../shared/calendar';
import { TIERS, type Tier } from '../../shared/catalog';
import { encodeBase64Url } from '../../shared/keys/base64url';
import { KEY_PREFIX } from '../../shared/keys/parse';
import { parseKeyPayload, type KeyPayloadInput } from '../../shared/keys/payload';
import { SANDBOX_KID } from '../../shared/keys/trust';
import { utf8Encode } from '../../shared/keys/utf8';
import { evaluationEndsAt } from '../../shared/licensing/evaluations';
import sandboxPrivateFile from './keys/sandbox-test-only.private.json' with { type: 'json' };
import type { SandboxContext } from './context';
import type { Handlers } from './http';
import { latestMajor, newSen } from './payment';
import { logChange } from './store';
import { contactsOf, insertContact, putLicense, type StoredLicense } from './store-licenses';

const privateKey = createPrivateKey({ key: sandboxPrivateFile.privateKeyJwk, format: 'jwk' });

/**
 * Signs a key with the sandbox key pair at once: a handler runs inside the
 * SQLite transaction that also stores its answer, so it cannot wait for the
 * asynchronous signer payments use.
 */
function signNow(payload: KeyPayloadInput): string {
  const signed = `${KEY_PREFIX}${encodeBase64Url(utf8Encode(JSON.stringify(parseKeyPayload(payload))))}`;
  return `${signed}.${encodeBase64Url(new Uint8Array(sign(null, Buffer.from(signed, 'ascii'), privateKey)))}`;
}

/** Evaluation keys: the highest tier, 10 days from the moment of issue to the minute (R-EVAL-1, R-EVAL-2). */
export function evaluationHandlers(ctx: SandboxContext): Pick<Handlers, 'requestEvaluation'> {
  return {
    requestEvaluation({ account, body, idempotencyKey }) {
      const now = ctx.now();
      const endsAt = evaluationEndsAt(now);
      const sen = newSen(ctx);
      const license: Omit<StoredLicense, 'key'> = {
        sen,
        product: body.product,
        deployment: body.deployment,
        tier: TIERS[TIERS.length - 1] as Tier,
        type: 'evaluation',
        entity: body.entity,
        country: body.country,
        serverId: body.serverId,
        licensee: body.licensee,
        issued: now.toISOString(),
        maintenanceStart: toCalendarDate(now),
        maintenanceEnd: toCalendarDate(endsAt),
        evaluationEnd: toCalendarDate(endsAt),
        evaluationEndsAt: endsAt.toISOString(),
        majorVersion: latestMajor(ctx.book, toCalendarDate(now)),
        updatedAt: now.toISOString(),
      };
      const { updatedAt: _u, country: _c, purchaseDate: _p, ...payload } = license;
      const stored: StoredLicense = { ...license, key: signNow({ kid: SANDBOX_KID, ...payload }) };
      putLicense(ctx.db, stored);
      // The account that asked sees the evaluation and its key (R-ORD-8).
      for (const role of ['billing', 'technical'] as const) insertContact(ctx.db, sen, { email: account.email, role, primary: true });
      logChange(ctx.db, {
        account: account.id,
        idempotencyKey: idempotencyKey ?? null,
        kind: 'evaluation.issue',
        object: sen,
        detail: JSON.stringify({ product: body.product, deployment: body.deployment }),
        at: now.toISOString(),
      });
      return { status: 200, body: { ...stored, contacts: contactsOf(ctx.db, sen) } };
    },
  };
}
