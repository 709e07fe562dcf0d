import type { ApiConsentRequest } from '../../shared/api';
import type { SandboxContext } from './context';
import { keyFor } from './payment';
import { logChange } from './store';
import { getConsent, saveConsent } from './store-consent';
import { getLicense, putLicense, type StoredLicense } from './store-licenses';

export type ConsentDecision = { ok: true; request: ApiConsentRequest } | { ok: false; status: number; message: string };

/**
 * What Conex's Customer Advocate Team does with a received Consent To Assign
 * form (sandbox only). Confirming moves every license of the request to the new
 * entity and issues each a new key naming it, since a key names its entity
 * (R-LIC-1, R-LIC-6); declining changes nothing but the request.
 */
export async function decideConsent(
  ctx: SandboxContext,
  id: string,
  decision: 'confirmed' | 'declined',
  note: string | null,
): Promise<ConsentDecision> {
  const stored = getConsent(ctx.db, id);
  if (!stored) return { ok: false, status: 404, message: 'No such consent request' };
  if (stored.request.status !== 'received') return { ok: true, request: stored.request };
  const at = ctx.now().toISOString();
  const request: ApiConsentRequest = { ...stored.request, status: decision, decidedAt: at, note, updatedAt: at };
  const licenses = request.sens.map((sen) => getLicense(ctx.db, sen));
  if (decision === 'confirmed' && licenses.some((l) => !l)) return { ok: false, status: 409, message: 'A license no longer exists' };
  const moved: StoredLicense[] = [];
  if (decision === 'confirmed')
    for (const license of licenses as StoredLicense[]) {
      const next = { ...license, entity: request.toEntity, issued: at, updatedAt: at };
      moved.push({ ...next, key: await keyFor(ctx, next) });
    }
  ctx.db.transaction(() => {
    for (const license of moved) putLicense(ctx.db, license);
    saveConsent(ctx.db, stored.owner, request);
    logChange(ctx.db, { account: stored.owner, idempotencyKey: null, kind: `consent.${decision}`, object: id, detail: note ?? '', at });
  })();
  return { ok: true, request };
}
