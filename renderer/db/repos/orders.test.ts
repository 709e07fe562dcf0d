import { describe, expect, it } from 'vitest';
import { storePerTest } from '../../test/store';
import type { OrderRow } from '../sync-tables';
import { orderOfQuote, ordersByQuote } from './orders';

const database = storePerTest('orders');

function order(id: string, quoteId: string): OrderRow {
  return {
    id,
    quoteId,
    officialNumber: `CQ-${id}`,
    invoiceNumber: `INV-${id}`,
    paidOn: '2026-03-05',
    total: { amount: 1, currency: 'EUR' },
    poNumber: null,
    licenses: ['SEN-00000001'],
    updatedAt: '2026-03-05T10:00:00.000Z',
  };
}

describe('paid orders', () => {
  it('are found by the quote each paid', async () => {
    const db = database();
    await db.orders.bulkPut([order('o1', 'q1'), order('o2', 'q2')]);
    const byQuote = await ordersByQuote(db);
    expect([...byQuote.keys()].sort()).toEqual(['q1', 'q2']);
    expect(byQuote.get('q2')?.id).toBe('o2');
    expect((await orderOfQuote(db, 'q1'))?.invoiceNumber).toBe('INV-o1');
  });

  it('a quote not paid has no order', async () => {
    const db = database();
    await db.orders.put(order('o1', 'q1'));
    expect(await orderOfQuote(db, 'q-draft')).toBeUndefined();
    expect((await ordersByQuote(db)).has('q-draft')).toBe(false);
  });
});
