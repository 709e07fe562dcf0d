import { z } from 'zod';
import { isoDateSchema } from '../catalog';
import { moneySchema } from '../money/money';
import { PO_NUMBER_MAX, quoteSchema } from '../quote';
import { feedSchema } from './common';

/**
 * What the app sends with "Submit Order": the quote as the form stored it,
 * without what only the server gives (status, official number, dates). The
 * server prices it again with the same domain code and its own price book.
 */
export const quoteSubmissionSchema = quoteSchema
  .pick({
    language: true,
    currency: true,
    exchange: true,
    priceBookVersion: true,
    lines: true,
    contacts: true,
    reseller: true,
    organization: true,
    taxId: true,
    moreTaxIds: true,
    paymentChoice: true,
    poNumber: true,
    cotermination: true,
    flaggedForReview: true,
    createdAt: true,
  })
  .extend({
    /** The app's revision of the quote this submission is, echoed back so the app knows which version the number belongs to. */
    localRevision: z.number().int().nonnegative(),
  });
export type QuoteSubmission = z.infer<typeof quoteSubmissionSchema>;

/** A submitted quote or a paid order as the server holds it. `revision` goes up with every change on the server. */
export const apiQuoteSchema = z.object({
  id: z.string().min(1).max(64),
  deleted: z.literal(false),
  revision: z.number().int().positive(),
  status: z.enum(['submitted', 'paid']),
  /** Only quotes with an official number are valid (R-ORD-4). */
  officialNumber: z.string().min(1).max(64),
  issueDate: isoDateSchema,
  /** issueDate + 30 days (R-ORD-5). */
  validUntil: isoDateSchema,
  poNumber: z.string().min(1).max(PO_NUMBER_MAX).nullable(),
  submission: quoteSubmissionSchema,
  totals: z.object({ list: moneySchema, discount: moneySchema, net: moneySchema }),
  /** Sales look at it first (R-MAINT-7, R-UPG-1). */
  reviewRequired: z.boolean(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type ApiQuote = z.infer<typeof apiQuoteSchema>;

/** A quote deleted on the server, so every app that holds it can remove it too. */
export const apiQuoteTombstoneSchema = z.object({
  id: z.string().min(1).max(64),
  deleted: z.literal(true),
  revision: z.number().int().positive(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type ApiQuoteTombstone = z.infer<typeof apiQuoteTombstoneSchema>;

export const apiQuoteOrTombstoneSchema = z.discriminatedUnion('deleted', [apiQuoteSchema, apiQuoteTombstoneSchema]);
export type ApiQuoteState = z.infer<typeof apiQuoteOrTombstoneSchema>;

export const quoteFeedSchema = feedSchema(apiQuoteOrTombstoneSchema);

/** Setting or clearing the PO number of a quote or order (R-ORD-6, R-ORD-7). */
export const poUpdateSchema = z.object({ poNumber: z.string().trim().min(1).max(PO_NUMBER_MAX).nullable() });
export type PoUpdate = z.infer<typeof poUpdateSchema>;

/** The body of a 409 answer to a change made on an older revision: the server's version, for the app to show beside its own. */
export const conflictBodySchema = z.object({
  error: z.object({ code: z.literal('conflict'), message: z.string() }),
  current: apiQuoteOrTombstoneSchema,
});
