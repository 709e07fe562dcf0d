/**
 * The catalog's fixed lists as plain values. shared/catalog.ts builds its
 * schemas from them; code that only needs the lists (reading a license key,
 * an evaluation's tier) imports them from here and never loads zod, which the
 * `conex` command line would otherwise pay for on every start (issue 19).
 */

/** Conex Books plans, lowest to highest (R-PROD-1). Order matters: upgrades go up this list. */
export const TIERS = ['Starter', 'Express', 'Professional', 'Enterprise'] as const;

/** Server is self-hosted and perpetual; Cloud is an annual subscription (R-PROD-1). */
export const DEPLOYMENTS = ['server', 'cloud'] as const;

/** R-PROD-2. Evaluations are licenses too, but never sold. */
export const LICENSE_TYPES = ['commercial', 'academic', 'evaluation'] as const;

/** Product ids as they appear in the price book and in license keys. */
export const PRODUCT_IDS = ['conex-books', 'conex-data-center'] as const;

/** A Support Entitlement Number, e.g. SEN-12345678 (R-LIC-4). */
export const SEN_PATTERN = /^SEN-\d{8}$/;
