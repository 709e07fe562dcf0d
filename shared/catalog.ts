import { z } from 'zod';

/** Conex Books plans, lowest to highest (R-PROD-1). Order matters: upgrades go up this list. */
export const TIERS = ['Starter', 'Express', 'Professional', 'Enterprise'] as const;
export const tierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof tierSchema>;

/** Server is self-hosted and perpetual; Cloud is an annual subscription (R-PROD-1). */
export const DEPLOYMENTS = ['server', 'cloud'] as const;
export const deploymentSchema = z.enum(DEPLOYMENTS);
export type Deployment = z.infer<typeof deploymentSchema>;

/** R-PROD-2. Evaluations are licenses too, but never sold. */
export const LICENSE_TYPES = ['commercial', 'academic', 'evaluation'] as const;
export const licenseTypeSchema = z.enum(LICENSE_TYPES);
export type LicenseType = z.infer<typeof licenseTypeSchema>;

export const SOLD_LICENSE_TYPES = ['commercial', 'academic'] as const;
export const soldLicenseTypeSchema = z.enum(SOLD_LICENSE_TYPES);
export type SoldLicenseType = z.infer<typeof soldLicenseTypeSchema>;

/** Product ids as they appear in the price book and in license keys. */
export const PRODUCT_IDS = ['conex-books', 'conex-data-center'] as const;
export const productIdSchema = z.enum(PRODUCT_IDS);
export type ProductId = z.infer<typeof productIdSchema>;

export const CURRENCIES = ['EUR', 'USD', 'DZD'] as const;
export const currencySchema = z.enum(CURRENCIES);
export type Currency = z.infer<typeof currencySchema>;

/** Entity kinds an academic or commercial customer deploys for (R-LIC-1). */
export const ENTITY_KINDS = ['library', 'faculty', 'campus', 'department', 'company', 'other'] as const;
export const entityKindSchema = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof entityKindSchema>;

/** A Support Entitlement Number, e.g. SEN-12345678 (R-LIC-4). */
export const senSchema = z.string().regex(/^SEN-\d{8}$/, 'sen.format');
export type Sen = z.infer<typeof senSchema>;

export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}

/** Enterprise products such as Data Center: quotes holding them cannot be edited here (R-ORD-7). */
export const ENTERPRISE_PRODUCT_IDS: readonly ProductId[] = ['conex-data-center'];

/** A calendar date 'YYYY-MM-DD' (maintenance start and end, release dates). */
export const isoDateSchema = z.iso.date();
export type IsoDate = string;

/** ISO 3166-1 alpha-2 code of Algeria, the only country quoted in DZD (R-CUR-1). */
export const ALGERIA = 'DZ';
