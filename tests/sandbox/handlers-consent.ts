import { sniffMediaType } from '../../shared/account/consent-document';
import type { ApiConsentRequest } from '../../shared/api';
import { decodeBase64Url } from '../../shared/keys/base64url';
import type { SandboxContext } from './context';
import { cursorOf } from './context';
import { fail, notFound, type Handlers } from './http';
import { logChange } from './store';
import { consentFeed, getConsent, saveConsent } from './store-consent';
import { SANDBOX_LINKS } from './links';
import { getLicense, isLicenseContact } from './store-licenses';

/** Consent To Assign (R-LIC-6) and the links to Conex's pages. */
export function consentHandlers({ db, now }: SandboxContext): Pick<Handlers, 'requestConsent' | 'listConsentRequests' | 'getLinks'> {
  return {
    getLinks() {
      return { status: 200, body: SANDBOX_LINKS };
    },
    requestConsent({ account, params, body, idempotencyKey }) {
      const id = params.id ?? '';
      // Only a billing or technical contact of every license may ask to move them (R-ORD-8).
      if (body.sens.some((sen) => !getLicense(db, sen) || !isLicenseContact(db, sen, account.email))) return notFound();
      const known = getConsent(db, id);
      if (known) return known.owner === account.id ? { status: 200, body: known.request } : notFound();
      const same = body.sens.find((sen) => getLicense(db, sen)?.entity.toLowerCase() === body.toEntity.toLowerCase());
      if (same)
        return fail(422, 'validation', 'A license already belongs to this entity', {
          messageKey: 'account:errors.consentSameEntity',
          params: { sen: same },
        });
      const bytes = decodeBase64Url(body.document.data);
      if (!bytes || sniffMediaType(bytes) !== body.document.mediaType)
        return fail(422, 'validation', 'The signed form is not the PDF or image it says', {
          messageKey: 'account:errors.consentDocumentType',
        });
      const at = now().toISOString();
      const { document, ...fields } = body;
      const request: ApiConsentRequest = {
        ...fields,
        id,
        documentName: document.name,
        status: 'received',
        receivedAt: at,
        decidedAt: null,
        note: null,
        updatedAt: at,
      };
      saveConsent(db, account.id, request);
      logChange(db, {
        account: account.id,
        idempotencyKey: idempotencyKey ?? null,
        kind: 'consent.request',
        object: id,
        detail: JSON.stringify({ ...fields, document: { name: document.name, mediaType: document.mediaType, bytes: bytes.byteLength } }),
        at,
      });
      return { status: 200, body: request };
    },
    listConsentRequests({ account, query }) {
      const since = cursorOf(query.since);
      if (since === undefined) return fail(400, 'validation', 'Bad cursor');
      return { status: 200, body: consentFeed(db, account.id, since, query.limit ?? 1000) };
    },
  };
}
