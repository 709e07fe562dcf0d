import { z } from 'zod';
import { senSchema } from '../catalog';
import { emailSchema } from '../quote';
import { feedSchema } from './common';

/** What a Consent To Assign form says (R-LIC-6): the entity the license should move to, who signs for it, and why. */
export const consentRequestBodySchema = z.object({
  sen: senSchema,
  toEntity: z.string().trim().min(1).max(200),
  signatoryEmail: emailSchema,
  reason: z.string().trim().max(1000),
});
export type ConsentRequestBody = z.infer<typeof consentRequestBodySchema>;

/**
 * Where a request stands at Conex: received (the Customer Advocate Team has the
 * form), then confirmed (the license now belongs to the new entity and a new
 * key is issued for it) or declined.
 */
export const CONSENT_STATUSES = ['received', 'confirmed', 'declined'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** A Consent To Assign request as Conex holds it. `id` is the app's own id for it. */
export const apiConsentRequestSchema = consentRequestBodySchema.extend({
  id: z.string().min(1).max(64),
  status: z.enum(CONSENT_STATUSES),
  receivedAt: z.iso.datetime({ offset: true }),
  decidedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Conex's words when it declines, for the user. */
  note: z.string().max(1000).nullable(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type ApiConsentRequest = z.infer<typeof apiConsentRequestSchema>;

export const consentFeedSchema = feedSchema(apiConsentRequestSchema);
