import { describe, expect, it } from 'vitest';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft } from '../../../shared/quote';
import { storePerTest } from '../../test/store';
import { licenseRow } from '../../test/rows';
import { deleteLicense, licenseInUse, restoreLicense } from './license-delete';

const database = storePerTest('license-delete-test');
const bundled = bundledPriceBook();
if (!bundled.ok) throw new Error('bundled price book is invalid');
const license = licenseRow('lic-1', 'SEN-00000001');
const order = {
  id: 'o-1',
  quoteId: 'q-paid',
  officialNumber: 'CO-2026-0001',
  invoiceNumber: 'INV-1',
  paidOn: '2026-03-01',
  total: { amount: 100_00, currency: 'EUR' as const },
  poNumber: null,
  licenses: ['SEN-00000001'],
  updatedAt: '2026-03-01T00:00:00.000Z',
};

describe('deleting a license', () => {
  it('is refused while a draft quote names it by SEN, naming the draft by the day it was started', async () => {
    await database().licenses.add(license);
    const draft = newDraft('q-1', new Date('2026-03-10T09:00:00Z'), 'en', bundled.value);
    const line = {
      id: 'a',
      kind: 'upgrade',
      sen: 'SEN-00000001',
      product: 'conex-books',
      from: 'Express',
      to: 'Enterprise',
      licenseType: 'academic',
    } as const;
    await database().quotes.add({ ...draft, lines: [{ id: 'a', line }] });
    const result = await deleteLicense(database(), 'lic-1');
    expect(result.ok || result.error).toMatchObject({ code: 'license.inUse', params: { sen: 'SEN-00000001', which: '2026-03-10' } });
    expect(await database().licenses.get('lic-1')).toBeTruthy();
  });

  it('is refused while an order naming it waits for its key to be applied (R-PAY-2); allowed once the key is applied', async () => {
    await database().licenses.add(license);
    await database().orders.add(order);
    await database().pendingKeys.add({ sen: 'SEN-00000001', licenseId: 'lic-1', key: 'CX1.k', issued: '', detectedAt: '' });
    const refused = await deleteLicense(database(), 'lic-1');
    expect(refused.ok || refused.error.params).toMatchObject({ which: 'CO-2026-0001' });
    await database().pendingKeys.clear();
    expect((await deleteLicense(database(), 'lic-1')).ok).toBe(true);
  });

  it('a paid quote does not hold it; undo puts the license and its key history back', async () => {
    await database().licenses.add(license);
    await database().keyHistory.add({ id: 'h', licenseId: 'lic-1', sen: 'SEN-00000001', key: 'CX1.a', issued: '', appliedAt: '' });
    const paid = newDraft('q-2', new Date('2026-03-10T09:00:00Z'), 'en', bundled.value);
    await database().quotes.add({
      ...paid,
      status: 'paid',
      lines: [
        {
          id: 'a',
          licenseId: 'lic-1',
          line: {
            id: 'a',
            kind: 'upgrade',
            sen: 'SEN-00000001',
            product: 'conex-books',
            from: 'Express',
            to: 'Enterprise',
            licenseType: 'academic',
          },
        },
      ],
    });
    const removed = await deleteLicense(database(), 'lic-1');
    if (!removed.ok) throw new Error(removed.error.code);
    expect(await database().keyHistory.count()).toBe(0);
    expect((await restoreLicense(database(), removed.value)).ok).toBe(true);
    expect(await database().licenses.get('lic-1')).toEqual(license);
    expect(await database().keyHistory.count()).toBe(1);
  });
});

describe('deleting a license leaves nothing of it behind', () => {
  it('its snooze and contacts go with it, and undo puts them back; a license of the Conex account says it comes back at sync', async () => {
    await database().licenses.add(license);
    await database().reminderState.put({ licenseId: 'lic-1', snoozedUntil: '2027-01-01T00:00:00.000Z' });
    await database().licenseContacts.put({ sen: 'SEN-00000001', contacts: [], updatedAt: '2026-03-01T00:00:00.000Z' });
    expect((await licenseInUse(database(), license)).onAccount).toBe(true);
    const removed = await deleteLicense(database(), 'lic-1');
    if (!removed.ok) throw new Error(removed.error.code);
    expect(await database().reminderState.count()).toBe(0);
    expect(await database().licenseContacts.count()).toBe(0);
    expect((await restoreLicense(database(), removed.value)).ok).toBe(true);
    expect(await database().reminderState.get('lic-1')).toEqual({ licenseId: 'lic-1', snoozedUntil: '2027-01-01T00:00:00.000Z' });
    expect(await database().licenseContacts.get('SEN-00000001')).toBeDefined();
    await database().licenseContacts.clear();
    expect((await licenseInUse(database(), license)).onAccount).toBe(false);
  });
});
