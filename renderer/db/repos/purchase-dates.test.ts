import { describe, expect, it } from 'vitest';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft, type Quote } from '../../../shared/quote';
import { storePerTest } from '../../test/store';
import { newLicensePaymentDates } from './purchase-dates';

const book = (() => {
  const b = bundledPriceBook();
  if (!b.ok) throw new Error('bundled book invalid');
  return b.value;
})();

const database = storePerTest('purchase-dates');

describe('payment dates of licenses bought through orders (R-UPG-1)', () => {
  it('a SEN the order issued as a new license is bought on the payment date; one its quote renewed is not', async () => {
    const db = database();
    const quote: Quote = {
      ...newDraft('q1', new Date('2026-03-01T09:00:00Z'), 'en', book),
      lines: [
        {
          id: 'n',
          line: { kind: 'new', product: 'conex-books', tier: 'Express', licenseType: 'commercial', years: 1 },
        },
        {
          id: 'r',
          line: {
            kind: 'renewal',
            product: 'conex-books',
            tier: 'Express',
            licenseType: 'commercial',
            sen: 'SEN-00000002',
            currentEnd: '2026-05-01',
            years: 1,
          },
        },
      ],
    };
    await db.quotes.put(quote);
    await db.orders.bulkPut([
      {
        id: 'o1',
        quoteId: 'q1',
        officialNumber: 'CQ-1',
        invoiceNumber: 'INV-1',
        paidOn: '2026-03-05',
        total: { amount: 1, currency: 'EUR' },
        poNumber: null,
        licenses: ['SEN-00000001', 'SEN-00000002'],
        updatedAt: '2026-03-05T10:00:00.000Z',
      },
      {
        id: 'o2',
        quoteId: 'missing',
        officialNumber: 'CQ-2',
        invoiceNumber: 'INV-2',
        paidOn: '2026-03-06',
        total: { amount: 1, currency: 'EUR' },
        poNumber: null,
        licenses: ['SEN-00000003'],
        updatedAt: '2026-03-06T10:00:00.000Z',
      },
    ]);
    expect(await newLicensePaymentDates(db)).toEqual({ 'SEN-00000001': '2026-03-05' });
  });
});
