import { z } from 'zod';
import { isoDateSchema, senSchema } from '../catalog';
import { moneySchema } from '../money/money';
import { feedSchema } from './common';

/** A paid quote: its invoice and the licenses it issued (R-PAY-2). */
export const apiOrderSchema = z.object({
  id: z.string().min(1).max(64),
  /** The app's id of the quote that was paid. */
  quoteId: z.string().min(1).max(64),
  officialNumber: z.string().min(1).max(64),
  invoiceNumber: z.string().min(1).max(64),
  /** Payment confirmation date: new maintenance starts here (R-MAINT-2). */
  paidOn: isoDateSchema,
  total: moneySchema,
  poNumber: z.string().max(50).nullable(),
  licenses: z.array(senSchema),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type ApiOrder = z.infer<typeof apiOrderSchema>;

export const orderFeedSchema = feedSchema(apiOrderSchema);
