import type { ApiConsentRequest } from '../../shared/api';
import type { SandboxContext } from './context';
import { keyFor } from './payment';
import { logChange } from './store';
import { getConsent, saveConsent } from './store-consent';
import { getLicense, putLicense } from './store-licenses';

export type ConsentDecision = { ok: true; request: ApiConsentRequest } | { ok: false; status: number; message: string };

/**
 * What Conex's Customer Advocate Team does with a received Consent To Assign
 * form (sandbox only). Confirming moves the license to the new entity and
 * issues a new key naming it, since a key names its entity (R-LIC-1, R-LIC-6);
 * declining changes nothing but the request.
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
  const license = getLicense(ctx.db, request.sen);
  if (decision === 'confirmed' && !license) return { ok: false, status: 409, message: 'The license no longer exists' };
  const moved = license && decision === 'confirmed' ? { ...license, entity: request.toEntity, issued: at, updatedAt: at } : undefined;
  const key = moved ? await keyFor(ctx, moved) : undefined;
  ctx.db.transaction(() => {
    if (moved && key) putLicense(ctx.db, { ...moved, key });
    saveConsent(ctx.db, stored.owner, request);
    logChange(ctx.db, { account: stored.owner, idempotencyKey: null, kind: `consent.${decision}`, object: id, detail: note ?? '', at });
  })();
  return { ok: true, request };
}
