import { z } from 'zod';
import { senSchema } from '../catalog';
import { accountUpdateSchema } from './account';
import { consentRequestBodySchema } from './consent';
import { contactAddSchema } from './licenses';
import { poUpdateSchema, quoteSubmissionSchema } from './quotes';

/**
 * A change the app made that the server has not confirmed yet: one outbox
 * record each. Changes of one object (`objectId`) are sent in the order they
 * were made; changes of different objects do not wait for each other.
 */
export const changeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quote.submit'), quoteId: z.string().min(1), submission: quoteSubmissionSchema }),
  z.object({ kind: z.literal('quote.po'), quoteId: z.string().min(1), poNumber: poUpdateSchema.shape.poNumber }),
  z.object({ kind: z.literal('quote.delete'), quoteId: z.string().min(1) }),
  z.object({
    kind: z.literal('contact.add'),
    sen: senSchema,
    contact: contactAddSchema,
    /** The temporary id the app gave the contact: later changes name it until the server gives its own. */
    localId: z.string().min(1).max(100).optional(),
  }),
  z.object({ kind: z.literal('contact.remove'), sen: senSchema, contactId: z.string().min(1) }),
  z.object({ kind: z.literal('contact.primary'), sen: senSchema, contactId: z.string().min(1) }),
  z.object({ kind: z.literal('account.update'), update: accountUpdateSchema }),
  z.object({ kind: z.literal('consent.request'), requestId: z.string().min(1).max(64), request: consentRequestBodySchema }),
]);
export type Change = z.infer<typeof changeSchema>;
/** A change as a feature writes it (defaults, such as a contact's `primary`, may be left out). */
export type ChangeInput = z.input<typeof changeSchema>;
export type ChangeKind = Change['kind'];

/** The object a change belongs to: its changes keep their order. */
export function changeObjectId(change: Change): string {
  switch (change.kind) {
    case 'quote.submit':
    case 'quote.po':
    case 'quote.delete':
      return `quote:${change.quoteId}`;
    case 'contact.add':
    case 'contact.remove':
    case 'contact.primary':
      return `license:${change.sen}`;
    case 'account.update':
      return 'account';
    case 'consent.request':
      return `consent:${change.requestId}`;
  }
}
