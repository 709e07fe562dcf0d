import { z } from 'zod';
import { countryCodeSchema } from '../entity';
import { domainError, err, ok, type Result } from '../errors';
import { emailSchema, TAX_ID_KINDS, type Quote, type TaxId } from '../quote';
import { checkTaxId, normalizeTaxIdValue } from './tax-id';

/** The account's profile (My Conex). The email is the username (R-ACC-1). */
export const accountProfileSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(200),
  organization: z.string().trim().max(200),
  address: z.string().trim().max(1000),
  /** ISO code, or '' until chosen. */
  country: z.union([z.literal(''), countryCodeSchema]),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^$|^\+?[0-9 ().-]{4,40}$/, { message: 'account:errors.phoneInvalid' }),
  /** At most one registration of each kind, printed on quotes (R-TAX-1). */
  taxIds: z.array(z.object({ kind: z.enum(TAX_ID_KINDS), value: z.string() })).max(TAX_ID_KINDS.length),
  /** "Do not name our organization in any publicity" (R-ACC-5). */
  publicityOptOut: z.boolean(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type AccountProfile = z.infer<typeof accountProfileSchema>;

/** What the profile form submits. */
export type ProfileInput = Omit<AccountProfile, 'updatedAt'>;

/** An empty profile for an account known only by its email. */
export function emptyProfile(email: string, now: Date): AccountProfile {
  return {
    email,
    name: '',
    organization: '',
    address: '',
    country: '',
    phone: '',
    taxIds: [],
    publicityOptOut: false,
    updatedAt: now.toISOString(),
  };
}

/**
 * Validates a profile edit: a well-formed email (R-ACC-1), a phone, each tax ID
 * in its kind's format and at most one per kind (R-TAX-1). Nothing is half-applied:
 * the first problem refuses the whole edit.
 */
export function checkProfile(input: ProfileInput, now: Date): Result<AccountProfile> {
  const taxIds: TaxId[] = [];
  for (const t of input.taxIds) {
    if (taxIds.some((seen) => seen.kind === t.kind))
      return err(domainError('taxId.duplicateKind', 'account:errors.taxIdDuplicate', { kind: t.kind }));
    // A row added in the form and left empty: say which one, so it is filled or removed.
    if (normalizeTaxIdValue(t.value) === '') return err(domainError('taxId.empty', 'account:errors.taxIdMissing', { kind: t.kind }));
    const checked = checkTaxId(t.kind, t.value);
    if (!checked.ok) return checked;
    taxIds.push(checked.value);
  }
  const parsed = accountProfileSchema.safeParse({ ...input, email: input.email.trim(), taxIds, updatedAt: now.toISOString() });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? 'profile');
    const key =
      field === 'email'
        ? 'account:errors.emailInvalid'
        : field === 'phone'
          ? 'account:errors.phoneInvalid'
          : 'account:errors.profileInvalid';
    return err(domainError(`profile.${field}`, key, { field }));
  }
  return ok(parsed.data);
}

/** True when the email changes: the server carries the licenses over to the new one (R-ACC-1). */
export function emailChanged(before: AccountProfile, after: AccountProfile): boolean {
  return before.email.toLowerCase() !== after.email.toLowerCase();
}

/**
 * A new quote starts with the profile's organization and tax IDs (R-TAX-1: they
 * are printed on the quote). Only empty fields are filled: what the quote has wins.
 */
export function prefillFromProfile(quote: Quote, profile: AccountProfile | undefined): Quote {
  if (!profile) return quote;
  const o = quote.organization;
  return {
    ...quote,
    organization: {
      licensee: o.licensee || profile.organization,
      name: o.name || profile.organization,
      address: o.address || profile.address,
      country: o.country || profile.country,
    },
    ...(quote.taxId ? {} : taxIdsForQuote(profile)),
  };
}

/** The quote's tax ID is the profile's first; the others follow it on the quote (R-TAX-1). */
function taxIdsForQuote(profile: AccountProfile): Pick<Quote, 'taxId' | 'moreTaxIds'> {
  const [first, ...more] = profile.taxIds;
  return { taxId: first ?? null, ...(more.length > 0 ? { moreTaxIds: more } : {}) };
}
