/**
 * Payment methods (R-PAY-1). Terms are Net 0: nothing here offers credit, and a
 * purchase order is a reference printed on the quote, never a way to pay (R-ORD-6).
 */
export const PAYMENT_METHODS = ['paypal', 'mastercard', 'visa', 'amex', 'bank-transfer', 'check', 'ach'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** The country whose customers may pay upgrades by ACH. */
export const ACH_COUNTRY = 'US';

/**
 * The methods a customer may use for an order (R-PAY-1). Reading: ACH is
 * offered when the customer is in the United States and every line of the
 * order is an upgrade.
 */
export function allowedPaymentMethods(country: string, lineKinds: readonly string[]): PaymentMethod[] {
  const achAllowed = country === ACH_COUNTRY && lineKinds.length > 0 && lineKinds.every((k) => k === 'upgrade');
  return PAYMENT_METHODS.filter((m) => m !== 'ach' || achAllowed);
}

/** Payment is due in full on the quote; no credit terms (R-PAY-1). */
export const PAYMENT_TERMS_DAYS = 0;
