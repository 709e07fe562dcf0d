import { describe, expect, it } from 'vitest';
import { quoteEditability, quoteValidity, seesOrder } from './orders';
import { allowedPaymentMethods, PAYMENT_METHODS, PAYMENT_TERMS_DAYS } from './payment';

describe('quotes (R-ORD-5, R-ORD-7)', () => {
  it('a quote is valid for 30 days from its issue date (R-ORD-5)', () => {
    expect(quoteValidity('2026-11-01', '2026-11-25')).toEqual({ validUntil: '2026-12-01', expired: false, daysLeft: 6 });
    expect(quoteValidity('2026-11-01', '2026-12-01')).toEqual({ validUntil: '2026-12-01', expired: false, daysLeft: 0 });
    expect(quoteValidity('2026-11-01', '2026-12-02')).toEqual({ validUntil: '2026-12-01', expired: true, daysLeft: -1 });
  });

  it('a server quote can be edited (R-ORD-7)', () => {
    expect(
      quoteEditability([
        { kind: 'new', product: 'conex-books' },
        { kind: 'renewal', product: 'conex-books' },
      ]),
    ).toEqual({ editable: true });
    expect(quoteEditability([])).toEqual({ editable: true });
  });

  it('a quote with a Cloud subscription or Data Center needs "contact us" (R-ORD-7)', () => {
    expect(quoteEditability([{ kind: 'cloud-subscription', product: 'conex-books' }])).toEqual({
      editable: false,
      reasons: ['cloud-subscription'],
    });
    expect(quoteEditability([{ kind: 'new', product: 'conex-data-center' }])).toEqual({ editable: false, reasons: ['enterprise-product'] });
    expect(
      quoteEditability([
        { kind: 'cloud-subscription', product: 'conex-books' },
        { kind: 'renewal', product: 'conex-data-center' },
      ]),
    ).toEqual({
      editable: false,
      reasons: ['cloud-subscription', 'enterprise-product'],
    });
  });
});

describe('payment (R-PAY-1, R-ORD-6)', () => {
  const withoutAch = ['paypal', 'mastercard', 'visa', 'amex', 'bank-transfer', 'check'];

  it('ACH is only for US customers upgrading (R-PAY-1)', () => {
    expect(allowedPaymentMethods('US', ['upgrade'])).toEqual([...withoutAch, 'ach']);
    expect(allowedPaymentMethods('US', ['upgrade', 'upgrade'])).toContain('ach');
    expect(allowedPaymentMethods('US', ['new'])).toEqual(withoutAch);
    expect(allowedPaymentMethods('US', ['upgrade', 'renewal'])).toEqual(withoutAch);
    expect(allowedPaymentMethods('US', [])).toEqual(withoutAch);
    expect(allowedPaymentMethods('FR', ['upgrade'])).toEqual(withoutAch);
  });

  it('a purchase order is never a payment method and terms are Net 0 (R-ORD-6, R-PAY-1)', () => {
    expect(PAYMENT_METHODS as readonly string[]).not.toContain('purchase-order');
    expect(PAYMENT_TERMS_DAYS).toBe(0);
  });
});

describe('who sees an order (R-ORD-8)', () => {
  it('only its billing and technical contacts, whatever the case or spaces of the email', () => {
    const contacts = [
      { email: 'it@customer.example', role: 'technical' },
      { email: 'Billing@Customer.example', role: 'billing' },
    ];
    expect(seesOrder(contacts, ' billing@customer.example ')).toBe(true);
    expect(seesOrder(contacts, 'reseller@example.com')).toBe(false);
  });
});
