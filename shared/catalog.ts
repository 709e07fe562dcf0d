import { z } from 'zod';
import { DEPLOYMENTS, LICENSE_TYPES, PRODUCT_IDS, SEN_PATTERN, TIERS } from './catalog-lists';

export { DEPLOYMENTS, LICENSE_TYPES, PRODUCT_IDS, SEN_PATTERN, TIERS };

export const tierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof tierSchema>;

export const deploymentSchema = z.enum(DEPLOYMENTS);
export type Deployment = z.infer<typeof deploymentSchema>;

export const licenseTypeSchema = z.enum(LICENSE_TYPES);
export type LicenseType = z.infer<typeof licenseTypeSchema>;

export const SOLD_LICENSE_TYPES = ['commercial', 'academic'] as const;
export const soldLicenseTypeSchema = z.enum(SOLD_LICENSE_TYPES);
export type SoldLicenseType = z.infer<typeof soldLicenseTypeSchema>;

export const productIdSchema = z.enum(PRODUCT_IDS);
export type ProductId = z.infer<typeof productIdSchema>;

export const CURRENCIES = ['EUR', 'USD', 'DZD'] as const;
export const currencySchema = z.enum(CURRENCIES);
export type Currency = z.infer<typeof currencySchema>;

/** Entity kinds an academic or commercial customer deploys for (R-LIC-1). */
export const ENTITY_KINDS = ['library', 'faculty', 'campus', 'department', 'company', 'other'] as const;
export const entityKindSchema = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof entityKindSchema>;

export const senSchema = z.string().regex(SEN_PATTERN, 'sen.format');
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
