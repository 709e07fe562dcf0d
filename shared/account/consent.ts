import { z } from 'zod';
import { domainError, err, ok, type Result } from '../errors';
import { emailSchema } from '../quote';

/**
 * A Consent To Assign request (R-LIC-6): reassigning a license to a new entity.
 * The app records the form and sends it to Conex; the license keeps its entity
 * until Conex confirms.
 */
export const consentFormSchema = z.object({
  /** The entity the license should move to. */
  toEntity: z.string().trim().min(1, { message: 'account:errors.consentEntity' }).max(200),
  /** Who signs for the new entity. */
  signatoryEmail: emailSchema,
  reason: z.string().trim().max(1000),
});
export type ConsentForm = z.infer<typeof consentFormSchema>;

/** Checks the form: a new entity name that differs from the current one, a valid signatory email. */
export function checkConsentForm(input: ConsentForm, currentEntityName: string): Result<ConsentForm> {
  const parsed = consentFormSchema.safeParse(input);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'form');
    return err(
      domainError(`consent.${field}`, field === 'signatoryEmail' ? 'account:errors.emailInvalid' : 'account:errors.consentEntity'),
    );
  }
  if (parsed.data.toEntity.toLowerCase() === currentEntityName.trim().toLowerCase())
    return err(domainError('consent.sameEntity', 'account:errors.consentSameEntity'));
  return ok(parsed.data);
}
