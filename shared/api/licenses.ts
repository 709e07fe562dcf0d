import { z } from 'zod';
import { deploymentSchema, isoDateSchema, licenseTypeSchema, productIdSchema, senSchema, tierSchema } from '../catalog';
import { countryCodeSchema } from '../entity';
import { CONTACT_ROLES, emailSchema } from '../quote';
import { feedSchema } from './common';

/** A billing or technical contact of a license (R-ACC-2); one of each role may be primary. */
export const apiContactSchema = z.object({
  id: z.string().min(1).max(64),
  email: emailSchema,
  role: z.enum(CONTACT_ROLES),
  primary: z.boolean(),
});
export type ApiContact = z.infer<typeof apiContactSchema>;

/**
 * A license as the Conex API sends it: the fields of its current key
 * (docs/license-keys.md), the key itself (issued after full payment, R-PAY-2),
 * and its contacts. The server is the authority for licenses.
 */
export const apiLicenseSchema = z.object({
  sen: senSchema,
  product: productIdSchema,
  deployment: deploymentSchema,
  tier: tierSchema,
  type: licenseTypeSchema,
  /** Name of the entity the license is for (R-LIC-1). */
  entity: z.string().trim().min(1).max(200),
  /** The licensee's country, so the app can file the entity. */
  country: countryCodeSchema,
  serverId: z.string().trim().min(1).max(100),
  licensee: z.string().trim().min(1).max(200),
  /** When the current key was issued. */
  issued: z.iso.datetime({ offset: true }),
  maintenanceStart: isoDateSchema,
  maintenanceEnd: isoDateSchema,
  evaluationEnd: isoDateSchema.optional(),
  evaluationEndsAt: z.iso.datetime({ offset: true }).optional(),
  majorVersion: z.number().int().positive(),
  purchaseDate: isoDateSchema.optional(),
  /** The current key, `CX1.…`. */
  key: z.string().min(1).max(8192),
  contacts: z.array(apiContactSchema).max(100),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type ApiLicense = z.infer<typeof apiLicenseSchema>;

export const licenseFeedSchema = feedSchema(apiLicenseSchema);
export type LicenseFeed = z.infer<typeof licenseFeedSchema>;

export const contactListSchema = z.object({ items: z.array(apiContactSchema) });

/** Adding a contact by email (R-ACC-2). */
export const contactAddSchema = z.object({ email: emailSchema, role: z.enum(CONTACT_ROLES), primary: z.boolean().default(false) });
export type ContactAdd = z.input<typeof contactAddSchema>;
