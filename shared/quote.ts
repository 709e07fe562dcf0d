import { z } from 'zod';
import { isoDateSchema, type IsoDate } from './catalog';
import { toCalendarDate } from './calendar';
import { countryCodeSchema } from './entity';
import { domainError, err, ok, type Result } from './errors';
import { quoteEditability, quoteValidity, type QuoteEditability } from './licensing/orders';
import { exchangeSnapshotSchema } from './pricing/currency';
import { priceQuote, type PricedQuote } from './pricing/price-quote';
import type { PriceBook } from './pricing/price-book';
import { quoteLineSchema } from './pricing/quote-lines';
import { checkSyncedLines, coterminationRequestSchema } from './quote-sync';

export { COTERMINATION_ANCHORS, coterminationRequestSchema, type CoterminationAnchor, type CoterminationRequest } from './quote-sync';

/**
 * A quote as the Quote & Order Form stores it (IndexedDB table `quotes`) and the
 * sync helper sends it. Drafts hold what the user typed so far, so text fields
 * may be empty; only values the form accepted are stored (a malformed email or a
 * PO number over 50 characters never reaches the store).
 *
 * Life: 'draft' (being typed, R-ORD-4) → 'queued' ("Submit Order" pressed; waits
 * in the outbox until online) → 'submitted' (the Conex API gave `officialNumber`,
 * `issueDate`, `validUntil`) → 'paid' (an order, R-PAY-2). Editing a queued or
 * submitted quote turns it back into a draft that must be submitted again.
 */
export const QUOTE_STATUSES = ['draft', 'queued', 'submitted', 'paid'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/** Tax registrations printed on the quote (R-TAX-1). */
export const TAX_ID_KINDS = ['VAT', 'PAN', 'CIN', 'GST'] as const;
export type TaxIdKind = (typeof TAX_ID_KINDS)[number];

/** Who receives the quote, the confirmation and the keys (R-ORD-9, R-PAY-2). */
export const CONTACT_ROLES = ['billing', 'technical'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** "Pay now via credit card" or "Get a Quote" (R-ORD-3). */
export const PAYMENT_CHOICES = ['card', 'quote'] as const;
export type PaymentChoice = (typeof PAYMENT_CHOICES)[number];

/** The form's steps, in order (R-ORD-3); the draft remembers where the user was. */
export const FORM_STEPS = ['cart', 'contacts', 'organization', 'payment', 'review'] as const;
export type FormStep = (typeof FORM_STEPS)[number];

export const QUOTE_LANGUAGES = ['en', 'fr', 'ar'] as const;
export type QuoteLanguage = (typeof QUOTE_LANGUAGES)[number];

/** A PO number is a reference printed on the quote, never a payment method (R-ORD-6). */
export const PO_NUMBER_MAX = 50;

export const emailSchema = z.email({ message: 'quotes:errors.emailInvalid' }).max(254, { message: 'quotes:errors.emailInvalid' });

export const contactSchema = z.object({ email: emailSchema, role: z.enum(CONTACT_ROLES) });
export type QuoteContact = z.infer<typeof contactSchema>;

/** One cart line: the priced domain line plus what the form and the PDF show beside it. */
export const quoteEntrySchema = z.object({
  id: z.string().min(1),
  line: quoteLineSchema,
  /** The entity the license is for (R-LIC-1), with its name at the time, for the PDF. */
  entity: z.object({ id: z.string(), name: z.string() }).optional(),
  /** The stored license a renewal or upgrade is for, when it is one of the user's own. */
  licenseId: z.string().optional(),
  /** A current contact of the license: renewing or upgrading needs it with the SEN (R-LIC-4). */
  contactEmail: emailSchema.optional(),
  /** A renewal added to bring this license to a common end: the id of the entry it is synchronised with (R-MAINT-7, R-UPG-2). */
  syncedWith: z.string().min(1).optional(),
  /**
   * An upgrade's choice for the other licenses of its entity (R-UPG-2): renewed to
   * match its new maintenance end, or left to renew on their own dates. Absent when it had none.
   */
  othersRenew: z.enum(['with-upgrade', 'own-dates']).optional(),
});
export type QuoteEntry = z.infer<typeof quoteEntrySchema>;

/** A quote offers at most three options, the customer choosing one (issue 20). */
export const MAX_QUOTE_OPTIONS = 3;

/**
 * One of a quote's options. The option open in the form keeps no `lines` of its
 * own: its lines are the quote's `lines`, so the cart, the tabs and autosave work
 * on it unchanged and no line is stored twice. The others keep theirs here.
 */
export const quoteOptionSchema = z.object({ id: z.string().min(1).max(64), lines: z.array(quoteEntrySchema).max(500).optional() });
export type QuoteOption = z.infer<typeof quoteOptionSchema>;

const text = (max: number) => z.string().max(max).default('');

export const organizationSchema = z.object({
  /** Who the license is issued to. */
  licensee: text(200),
  name: text(200),
  address: text(1000),
  /** ISO code, or '' until chosen. */
  country: z.union([z.literal(''), countryCodeSchema]).default(''),
});
export type Organization = z.infer<typeof organizationSchema>;

export const taxIdSchema = z.object({ kind: z.enum(TAX_ID_KINDS), value: z.string().trim().max(50) });
export type TaxId = z.infer<typeof taxIdSchema>;

export const quoteSchema = z.object({
  id: z.string().min(1),
  status: z.enum(QUOTE_STATUSES),
  /** Given by the Conex API on submission; without it the quote is a draft (R-ORD-4). */
  officialNumber: z.string().min(1).max(64).optional(),
  issueDate: isoDateSchema.optional(),
  /** issueDate + 30 days (R-ORD-5). */
  validUntil: isoDateSchema.optional(),
  language: z.enum(QUOTE_LANGUAGES),
  currency: exchangeSnapshotSchema.shape.currency,
  /** The rate, margin and date the quote is priced with (R-CUR-1). */
  exchange: exchangeSnapshotSchema,
  priceBookVersion: z.string(),
  lines: z.array(quoteEntrySchema).max(500),
  /** Two or three options, exactly one of them open in the form; absent on a quote without options, as every quote was before. */
  options: z
    .array(quoteOptionSchema)
    .min(2)
    .max(MAX_QUOTE_OPTIONS)
    .refine((list) => list.filter((o) => o.lines === undefined).length === 1, { message: 'quotes:errors.invalidRecord' })
    .optional(),
  contacts: z.array(contactSchema).max(50),
  /** "I am a reseller purchasing on behalf of my customer" (R-ORD-2); no discount follows (R-DISC-3). */
  reseller: z.boolean(),
  organization: organizationSchema,
  taxId: taxIdSchema.nullable(),
  /** The profile's other tax registrations, printed after `taxId` (R-TAX-1). */
  moreTaxIds: z
    .array(taxIdSchema)
    .max(TAX_ID_KINDS.length - 1)
    .optional(),
  paymentChoice: z.enum(PAYMENT_CHOICES).nullable(),
  poNumber: z.string().trim().min(1).max(PO_NUMBER_MAX).optional(),
  cotermination: coterminationRequestSchema.nullable(),
  /** Sales look at it before it is final: co-termination or an upgrade within 30 days (R-MAINT-7, R-UPG-1). */
  flaggedForReview: z.boolean(),
  step: z.enum(FORM_STEPS),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Goes up by one on every saved change, so the sync helper can tell versions apart. */
  revision: z.number().int().nonnegative(),
});
export type Quote = z.infer<typeof quoteSchema>;

/** An empty draft in EUR, the default currency (R-CUR-1). */
export function newDraft(id: string, now: Date, language: QuoteLanguage, book: PriceBook): Quote {
  const stamp = now.toISOString();
  return {
    id,
    status: 'draft',
    language,
    currency: 'EUR',
    exchange: { currency: 'EUR', perEur: 1, marginPercent: 0, date: book.effectiveDate, effectiveRate: 1 },
    priceBookVersion: book.version,
    lines: [],
    contacts: [],
    reseller: false,
    organization: { licensee: '', name: '', address: '', country: '' },
    taxId: null,
    paymentChoice: null,
    cotermination: null,
    flaggedForReview: false,
    step: 'cart',
    createdAt: stamp,
    updatedAt: stamp,
    revision: 0,
  };
}

/**
 * The tax IDs the quote prints (R-TAX-1): its own, then the profile's others of
 * another kind. None when the quote's tax ID was set to none.
 */
export function printedTaxIds(quote: Pick<Quote, 'taxId' | 'moreTaxIds'>): TaxId[] {
  const first = quote.taxId;
  if (!first || first.value.trim() === '') return [];
  return [first, ...(quote.moreTaxIds ?? []).filter((t) => t.kind !== first.kind && t.value.trim() !== '')];
}

/** Validates a stored or synced quote. */
export function parseQuote(input: unknown): Result<Quote> {
  const parsed = quoteSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return err(domainError('quote.invalid', 'quotes:errors.invalidRecord', { path: issue ? issue.path.join('.') : '' }));
}

/** A PO number as typed: empty means none; more than 50 characters is refused (R-ORD-6). */
export function checkPoNumber(value: string): Result<string | undefined> {
  const trimmed = value.trim();
  if (trimmed === '') return ok(undefined);
  if (trimmed.length > PO_NUMBER_MAX) return err(domainError('po.tooLong', 'quotes:errors.poTooLong', { max: PO_NUMBER_MAX }));
  return ok(trimmed);
}

/** A contact email as typed, trimmed; a malformed one is refused. */
export function checkEmail(value: string): Result<string> {
  const parsed = emailSchema.safeParse(value.trim());
  return parsed.success ? ok(parsed.data) : err(domainError('email.invalid', 'quotes:errors.emailInvalid', { email: value.trim() }));
}

/** Adds a billing or technical contact by email (R-ACC-2); refuses a malformed email or the same contact twice. */
export function addContact(contacts: readonly QuoteContact[], email: string, role: ContactRole): Result<QuoteContact[]> {
  const checked = checkEmail(email);
  if (!checked.ok) return checked;
  const normalized = checked.value.toLowerCase();
  if (contacts.some((c) => c.role === role && c.email.toLowerCase() === normalized)) {
    return err(domainError('contact.duplicate', 'quotes:errors.contactDuplicate', { email: checked.value }));
  }
  return ok([...contacts, { email: checked.value, role }]);
}

/** At least one billing and one technical contact (R-ORD-3, R-ORD-9). */
export function checkContacts(contacts: readonly QuoteContact[]): Result<readonly QuoteContact[]> {
  if (!contacts.some((c) => c.role === 'billing')) return err(domainError('contact.noBilling', 'quotes:errors.noBilling'));
  if (!contacts.some((c) => c.role === 'technical')) return err(domainError('contact.noTechnical', 'quotes:errors.noTechnical'));
  return ok(contacts);
}

/** The fields of step 3 a quote cannot go without, by field name. */
export function organizationErrors(organization: Organization, taxId: TaxId | null): Partial<Record<string, string>> {
  const errors: Partial<Record<string, string>> = {};
  if (organization.licensee.trim() === '') errors.licensee = 'quotes:errors.licenseeRequired';
  if (organization.name.trim() === '') errors.name = 'quotes:errors.organizationRequired';
  if (organization.address.trim() === '') errors.address = 'quotes:errors.addressRequired';
  if (organization.country === '') errors.country = 'quotes:errors.countryRequired';
  if (taxId && taxId.value.trim() === '') errors.taxId = 'quotes:errors.taxIdEmpty';
  return errors;
}

/**
 * Reading of R-DISC-2: choosing the academic license type in the form is the
 * customer's statement that it is a qualified academic institution.
 */
export function quoteIsAcademic(quote: Pick<Quote, 'lines'>): boolean {
  return quote.lines.some((e) => e.line.licenseType === 'academic');
}

/** The date a quote is priced on: its issue date once submitted, else today. */
export function pricingDate(quote: Pick<Quote, 'issueDate'>, now: Date | string): IsoDate {
  return quote.issueDate ?? toCalendarDate(now);
}

/** Prices a stored quote with the domain, with its own currency snapshot (R-CUR-1, R-DISC-1..3). */
export function priceStoredQuote(quote: Quote, book: PriceBook, now: Date | string): Result<PricedQuote> {
  const priced = priceQuote(
    quote.lines.map((e) => e.line),
    book,
    {
      currency: quote.currency,
      country: quote.organization.country,
      academic: quoteIsAcademic(quote),
      coterminate: quote.cotermination !== null,
      now: pricingDate(quote, now),
      exchange: quote.exchange,
    },
  );
  return priced.ok ? checkSyncedLines(quote.lines, priced.value) : priced;
}

/** Everything "Submit Order" needs: lines that price, contacts, step 3, a payment choice (R-ORD-3). */
export function checkReadyToSubmit(quote: Quote, book: PriceBook, now: Date | string): Result<PricedQuote> {
  if (quote.lines.length === 0) return err(domainError('quote.empty', 'quotes:errors.cartEmpty'));
  const priced = priceStoredQuote(quote, book, now);
  if (!priced.ok) return priced;
  const contacts = checkContacts(quote.contacts);
  if (!contacts.ok) return contacts;
  const missing = Object.values(organizationErrors(quote.organization, quote.taxId))[0];
  if (missing) return err(domainError('organization.incomplete', missing));
  if (quote.paymentChoice === null) return err(domainError('payment.notChosen', 'quotes:errors.paymentRequired'));
  return priced;
}

/**
 * Whether the form may change the quote (R-ORD-7). A draft is always being
 * written; a quote sent to Conex with a Cloud subscription or an Enterprise
 * product needs "contact us", and a paid order is never changed.
 */
export function quoteEditable(quote: Pick<Quote, 'status' | 'lines'>): QuoteEditability {
  if (quote.status === 'draft') return { editable: true };
  if (quote.status === 'paid') return { editable: false, reasons: [] };
  return quoteEditability(quote.lines.map((e) => e.line));
}

/**
 * What the sync helper records when the Conex API accepts a queued quote: its
 * official number and issue date, valid 30 days (R-ORD-4, R-ORD-5). A quote
 * edited meanwhile (back to 'draft', higher revision) is left for the caller to resend.
 */
export function markSubmitted(quote: Quote, officialNumber: string, issueDate: IsoDate, now: Date): Quote {
  return {
    ...quote,
    status: 'submitted',
    officialNumber,
    issueDate,
    validUntil: quoteValidity(issueDate, issueDate).validUntil,
    updatedAt: now.toISOString(),
    revision: quote.revision + 1,
  };
}

/** The validity of a submitted quote on `today` (R-ORD-5); none for a draft. */
export function submittedValidity(quote: Pick<Quote, 'issueDate'>, today: IsoDate): ReturnType<typeof quoteValidity> | null {
  return quote.issueDate ? quoteValidity(quote.issueDate, today) : null;
}

/** The quote with `flaggedForReview` brought up to date with its lines and co-termination request (R-MAINT-7, R-UPG-1). */
export function withReviewFlag(quote: Quote, book: PriceBook, now: Date | string): Quote {
  const priced = priceStoredQuote(quote, book, now);
  const flagged = priced.ok ? priced.value.review.required : quote.cotermination !== null;
  return flagged === quote.flaggedForReview ? quote : { ...quote, flaggedForReview: flagged };
}
