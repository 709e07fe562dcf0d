import { z } from 'zod';
import { deploymentSchema, licenseTypeSchema, productIdSchema, senSchema, tierSchema } from '../catalog';

/** Signing key ids: lower-case words and digits, e.g. `conex-2026`. */
export const kidSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const day = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

/** The fields every key payload carries, in the order the docs list them. */
export const REQUIRED_PAYLOAD_FIELDS = [
  'kid',
  'sen',
  'product',
  'deployment',
  'tier',
  'type',
  'entity',
  'serverId',
  'licensee',
  'issued',
  'maintenanceStart',
  'maintenanceEnd',
  'majorVersion',
] as const;
export type PayloadField = (typeof REQUIRED_PAYLOAD_FIELDS)[number] | 'evaluationEnd' | 'evaluationEndsAt';

/**
 * The signed content of a license key (docs/license-keys.md). Unknown fields
 * are dropped rather than refused, so a newer issuer can add fields without
 * breaking older apps; every field below is checked.
 */
export const keyPayloadSchema = z
  .object({
    kid: kidSchema,
    sen: senSchema,
    product: productIdSchema,
    deployment: deploymentSchema,
    tier: tierSchema,
    type: licenseTypeSchema,
    /** The entity (library, faculty, campus ...) the license is for (R-LIC-1). */
    entity: text(200),
    serverId: text(100),
    /** The organization that holds the license. */
    licensee: text(200),
    issued: z.iso.datetime({ offset: true }),
    maintenanceStart: day,
    /** The first day maintenance no longer covers, as in shared/license.ts. */
    maintenanceEnd: day,
    /** Evaluations only: the date the evaluation ends on; at 00:00 that day unless `evaluationEndsAt` says when (R-EVAL-1). */
    evaluationEnd: day.optional(),
    /** Evaluations only, newer keys: the moment the evaluation ends, 10 days after its start to the minute (R-EVAL-1). */
    evaluationEndsAt: z.iso.datetime({ offset: true }).optional(),
    majorVersion: z.number().int().min(1).max(999),
  })
  .superRefine((p, ctx) => {
    if (p.maintenanceEnd < p.maintenanceStart) ctx.addIssue({ code: 'custom', path: ['maintenanceEnd'], message: 'before start' });
    // R-PROD-2: only evaluations end; a sold license with an end date is a signing mistake.
    if ((p.type === 'evaluation') !== (p.evaluationEnd !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['evaluationEnd'], message: 'evaluations only' });
    }
    if (p.evaluationEndsAt !== undefined && p.type !== 'evaluation') {
      ctx.addIssue({ code: 'custom', path: ['evaluationEndsAt'], message: 'evaluations only' });
    }
  });
export type KeyPayload = z.output<typeof keyPayloadSchema>;
export type KeyPayloadInput = z.input<typeof keyPayloadSchema>;

/** The required fields absent from a decoded payload object (evaluationEnd counts for evaluations). */
export function missingPayloadFields(value: Record<string, unknown>): PayloadField[] {
  const missing: PayloadField[] = REQUIRED_PAYLOAD_FIELDS.filter((f) => value[f] === undefined || value[f] === null);
  if (value.type === 'evaluation' && (value.evaluationEnd === undefined || value.evaluationEnd === null)) missing.push('evaluationEnd');
  return missing;
}
