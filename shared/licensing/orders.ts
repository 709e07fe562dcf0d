import { ENTERPRISE_PRODUCT_IDS, type IsoDate, type ProductId } from '../catalog';
import { addDaysIso, daysBetween } from '../calendar';

/** A quote is valid for 30 days from its issue date (R-ORD-5). */
export const QUOTE_VALIDITY_DAYS = 30;

export interface QuoteValidity {
  /** The last day the quote can be paid: issue date + 30 days, inclusive. */
  readonly validUntil: IsoDate;
  readonly expired: boolean;
  /** Days from today to `validUntil` (0 on the last day, negative once expired). */
  readonly daysLeft: number;
}

/** How long a quote issued on `issuedOn` stays valid, seen on `today` (R-ORD-5). */
export function quoteValidity(issuedOn: IsoDate, today: IsoDate): QuoteValidity {
  const validUntil = addDaysIso(issuedOn, QUOTE_VALIDITY_DAYS);
  const daysLeft = daysBetween(today, validUntil);
  return { validUntil, expired: daysLeft < 0, daysLeft };
}

export type ContactUsReason = 'cloud-subscription' | 'enterprise-product';

export type QuoteEditability = { readonly editable: true } | { readonly editable: false; readonly reasons: readonly ContactUsReason[] };

/**
 * Whether a quote can be edited in the app (R-ORD-7). A quote with a Cloud
 * subscription or an Enterprise product (Data Center) needs "contact us";
 * re-downloading, updating the PO, paying and deleting stay possible.
 */
export function quoteEditability(lines: readonly { kind: string; product: ProductId }[]): QuoteEditability {
  const reasons: ContactUsReason[] = [];
  if (lines.some((l) => l.kind === 'cloud-subscription')) reasons.push('cloud-subscription');
  if (lines.some((l) => ENTERPRISE_PRODUCT_IDS.includes(l.product))) reasons.push('enterprise-product');
  return reasons.length === 0 ? { editable: true } : { editable: false, reasons };
}

/**
 * Whether the person with `email` sees an order placed with these contacts:
 * only its billing and technical contacts see it, its invoice and its keys (R-ORD-8).
 */
export function seesOrder(contacts: readonly { readonly email: string }[], email: string): boolean {
  const wanted = email.trim().toLowerCase();
  return contacts.some((c) => c.email.trim().toLowerCase() === wanted);
}
