import { z } from 'zod';
import { domainError, err, ok, type Result } from '../errors';
import { emailSchema } from '../quote';
import type { ConsentDocument } from './consent-document';

/**
 * A Consent To Assign request (R-LIC-6): reassigning licenses to a new entity.
 * The app records the form and sends it to Conex; the licenses keep their
 * entity until Conex confirms.
 */
export const consentFormSchema = z.object({
  /** The entity the licenses should move to. */
  toEntity: z.string().trim().min(1, { message: 'account:errors.consentEntity' }).max(200),
  /** Who signs for the new entity. */
  signatoryEmail: emailSchema,
  reason: z.string().trim().max(1000),
});
export type ConsentForm = z.infer<typeof consentFormSchema>;

/** A license the request would move, with the name of the entity it belongs to now. */
export interface ConsentLicense {
  readonly sen: string;
  readonly entityName: string;
}

export interface ConsentRequestInput {
  readonly form: ConsentForm;
  readonly licenses: readonly ConsentLicense[];
  /** The signed form, checked by checkConsentDocument. */
  readonly document: ConsentDocument | null;
}

export interface CheckedConsentRequest {
  readonly form: ConsentForm;
  readonly sens: string[];
  readonly document: ConsentDocument;
}

/** Checks the form: a new entity name, a valid signatory email. */
export function checkConsentForm(input: ConsentForm): Result<ConsentForm> {
  const parsed = consentFormSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const field = String(parsed.error.issues[0]?.path[0] ?? 'form');
  return err(domainError(`consent.${field}`, field === 'signatoryEmail' ? 'account:errors.emailInvalid' : 'account:errors.consentEntity'));
}

/**
 * Checks a whole request (R-LIC-6): the form, at least one license, none of
 * them already in the new entity, each named once, and the signed form attached.
 */
export function checkConsentRequest(input: ConsentRequestInput): Result<CheckedConsentRequest> {
  const form = checkConsentForm(input.form);
  if (!form.ok) return form;
  if (input.licenses.length === 0) return err(domainError('consent.noLicense', 'account:errors.consentNoLicense'));
  const target = form.value.toEntity.toLowerCase();
  const already = input.licenses.find((l) => l.entityName.trim().toLowerCase() === target);
  if (already) return err(domainError('consent.sameEntity', 'account:errors.consentSameEntity', { sen: already.sen }));
  if (!input.document) return err(domainError('consent.document', 'account:errors.consentDocumentMissing'));
  return ok({ form: form.value, sens: [...new Set(input.licenses.map((l) => l.sen))], document: input.document });
}
