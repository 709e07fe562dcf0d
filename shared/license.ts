import { z } from 'zod';
import { deploymentSchema, isoDateSchema, licenseTypeSchema, productIdSchema, senSchema, tierSchema } from './catalog';
import { domainError, err, ok, type Result } from './errors';

/**
 * A license as stored (Dexie), synced and shown in License Details. One license
 * covers one entity on one server (R-LIC-1). Dates without time are
 * 'YYYY-MM-DD'; `maintenanceEnd` is the expiry date (the first day not covered).
 * For Cloud, the maintenance period is the subscription term.
 */
export const licenseSchema = z
  .object({
    id: z.string().min(1),
    sen: senSchema,
    product: productIdSchema,
    deployment: deploymentSchema,
    tier: tierSchema,
    type: licenseTypeSchema,
    entityId: z.string().min(1),
    serverId: z.string().min(1),
    licensee: z.string().trim().min(1).max(200),
    /** When the key was issued (ISO datetime). */
    issued: z.iso.datetime({ offset: true }),
    maintenanceStart: isoDateSchema,
    maintenanceEnd: isoDateSchema,
    /** Evaluations only: the date the evaluation ends on; at 00:00 that day unless `evaluationEndsAt` says when (R-EVAL-1). */
    evaluationEnd: isoDateSchema.optional(),
    /** Evaluations only: the moment it ends, when its key says (10 days after its start to the minute, R-EVAL-1). */
    evaluationEndsAt: z.iso.datetime({ offset: true }).optional(),
    /** The major version the license entitles (the latest released while maintenance was active). */
    majorVersion: z.number().int().positive(),
    /** The major version actually installed, when known. */
    installedMajorVersion: z.number().int().positive().optional(),
    /** Payment confirmation date of the original purchase (R-UPG-1's 30-day window). */
    purchaseDate: isoDateSchema.optional(),
    /** The pasted license key (R-LIC-3). */
    key: z.string().min(1).optional(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .refine((l) => l.maintenanceEnd >= l.maintenanceStart, { message: 'license.endBeforeStart', path: ['maintenanceEnd'] })
  .refine((l) => l.type !== 'evaluation' || l.evaluationEnd !== undefined, {
    message: 'license.evaluationEndMissing',
    path: ['evaluationEnd'],
  });
export type License = z.infer<typeof licenseSchema>;

/** Validates a stored or synced license record. */
export function parseLicense(input: unknown): Result<License> {
  const parsed = licenseSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return err(
    domainError('license.invalid', 'domain:license.invalid', { path: issue ? issue.path.join('.') : '', detail: issue?.message ?? '' }),
  );
}
