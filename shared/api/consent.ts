import { z } from 'zod';
import { CONSENT_DOCUMENT_MAX_BYTES, CONSENT_MEDIA_TYPES } from '../account/consent-document';
import { senSchema } from '../catalog';
import { emailSchema } from '../quote';
import { feedSchema } from './common';

/** The signed Consent To Assign form: a PDF or a scan, in base64url (no padding). */
export const consentDocumentSchema = z.object({
  name: z.string().trim().min(1).max(200),
  mediaType: z.enum(CONSENT_MEDIA_TYPES),
  data: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .max(Math.ceil((CONSENT_DOCUMENT_MAX_BYTES * 4) / 3)),
});

/**
 * A Consent To Assign request as the app sends it (R-LIC-6): the licenses to
 * move, the entity they should move to, who signs for it, why, and the signed form.
 */
export const consentRequestBodySchema = z.object({
  sens: z
    .array(senSchema)
    .min(1)
    .max(500)
    .refine((s) => new Set(s).size === s.length, { message: 'each license once' }),
  toEntity: z.string().trim().min(1).max(200),
  signatoryEmail: emailSchema,
  reason: z.string().trim().max(1000),
  document: consentDocumentSchema,
});
export type ConsentRequestBody = z.infer<typeof consentRequestBodySchema>;

/**
 * Where a request stands at Conex: received (the Customer Advocate Team has the
 * form), then confirmed (the licenses now belong to the new entity and new keys
 * are issued for them) or declined.
 */
export const CONSENT_STATUSES = ['received', 'confirmed', 'declined'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** A Consent To Assign request as Conex holds it, without the form's bytes. `id` is the app's own id for it. */
export const apiConsentRequestSchema = consentRequestBodySchema.omit({ document: true }).extend({
  id: z.string().min(1).max(64),
  documentName: z.string().max(200),
  status: z.enum(CONSENT_STATUSES),
  receivedAt: z.iso.datetime({ offset: true }),
  decidedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Conex's words when it declines, for the user. */
  note: z.string().max(1000).nullable(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type ApiConsentRequest = z.infer<typeof apiConsentRequestSchema>;

export const consentFeedSchema = feedSchema(apiConsentRequestSchema);
