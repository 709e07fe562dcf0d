import { z } from 'zod';
import { isoDateSchema, productIdSchema, senSchema, soldLicenseTypeSchema, tierSchema } from '../catalog';
import { domainError, type DomainError } from '../errors';

/**
 * The lines of a quote, as the Quote & Order Form builds them and the store keeps
 * them. `years` counts 12-month maintenance blocks: for a new license the first
 * is included in the license price and the others are renewal blocks.
 */
const years = z.number().int().min(1).max(10);
const common = { id: z.string().optional(), product: productIdSchema, licenseType: soldLicenseTypeSchema };

export const newLineSchema = z.object({ kind: z.literal('new'), ...common, tier: tierSchema, years: years.default(1) });
export const renewalLineSchema = z.object({
  kind: z.literal('renewal'),
  ...common,
  sen: senSchema,
  tier: tierSchema,
  /** The current maintenance end; the renewal starts there (R-MAINT-4). */
  currentEnd: isoDateSchema,
  years: years.default(1),
  /**
   * Co-termination (R-MAINT-7): the renewal runs from `currentEnd` to this
   * common end instead of `years` whole blocks, priced pro rata as an estimate sales confirm.
   */
  until: isoDateSchema.optional(),
});
export const upgradeLineSchema = z.object({
  kind: z.literal('upgrade'),
  ...common,
  sen: senSchema,
  from: tierSchema,
  to: tierSchema,
  /** The original purchase date, for the 30-day sales window (R-UPG-1). */
  purchaseDate: isoDateSchema.optional(),
});
export const cloudLineSchema = z.object({
  kind: z.literal('cloud-subscription'),
  ...common,
  tier: tierSchema,
  /** The first 12-month term of a subscription: the only one the promotion covers (R-DISC-1). */
  firstTerm: z.boolean(),
  /** For a later term: the current subscription end, where the new term starts. */
  currentEnd: isoDateSchema.optional(),
});

export const quoteLineSchema = z.discriminatedUnion('kind', [newLineSchema, renewalLineSchema, upgradeLineSchema, cloudLineSchema]);
export type QuoteLine = z.infer<typeof quoteLineSchema>;
export type QuoteLineInput = z.input<typeof quoteLineSchema>;

/** A zod issue on a line as the nearest domain error, so the form can say what is wrong. */
export function lineIssueError(issue: z.core.$ZodIssue | undefined, line: number, value: unknown): DomainError {
  const field = String(issue?.path[0] ?? '');
  const given = value && typeof value === 'object' ? (value as Record<string, unknown>)[field] : undefined;
  if (field === 'tier' || field === 'from' || field === 'to')
    return domainError('tier.unknown', 'domain:tier.unknown', { tier: String(given), line });
  if (field === 'product') return domainError('product.missing', 'domain:product.missing', { product: String(given), line });
  return domainError('quote.invalidLine', 'domain:quote.invalidLine', { line, field, detail: issue?.message ?? '' });
}
