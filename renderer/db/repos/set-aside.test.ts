import { describe, expect, it } from 'vitest';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft } from '../../../shared/quote';
import { licenseRow } from '../../test/rows';
import { storePerTest } from '../../test/store';
import { deleteSetAside, listSetAside, setAsideUnparseable } from './set-aside';

const database = storePerTest('set-aside-test');
const now = new Date('2026-11-25T10:00:00.000Z');
const book = (() => {
  const b = bundledPriceBook();
  if (!b.ok) throw new Error('bundled price book is invalid');
  return b.value;
})();

describe('stored records that no longer parse are kept aside, never dropped silently (issue 14)', () => {
  it('a quote that no longer parses leaves the quotes, is counted, and is kept whole; the others stay', async () => {
    const good = newDraft('q-good', now, 'en', book);
    const bad = { ...newDraft('q-bad', now, 'en', book), status: 'archived' };
    await database().quotes.bulkPut([good, bad as never]);
    expect(await setAsideUnparseable(database(), now)).toEqual({ quotes: 1, licenses: 0 });
    expect((await database().quotes.toArray()).map((q) => q.id)).toEqual(['q-good']);
    expect(await listSetAside(database())).toEqual([
      {
        id: 'quotes:q-bad',
        table: 'quotes',
        key: 'q-bad',
        row: bad,
        reason: expect.stringMatching(/^status: /),
        setAsideAt: now.toISOString(),
      },
    ]);
    // Nothing more to move the second time.
    expect(await setAsideUnparseable(database(), now)).toEqual({ quotes: 0, licenses: 0 });
  });

  it('a license that no longer parses leaves the licenses, is counted, kept whole, and can be deleted by the user', async () => {
    const bad = { ...licenseRow('l-bad', 'SEN-00000002'), tier: 'Ultimate' };
    await database().licenses.bulkPut([licenseRow('l-good', 'SEN-00000001'), bad as never]);
    expect(await setAsideUnparseable(database(), now)).toEqual({ quotes: 0, licenses: 1 });
    expect((await database().licenses.toArray()).map((l) => l.id)).toEqual(['l-good']);
    const [kept] = await listSetAside(database());
    expect(kept).toMatchObject({
      id: 'licenses:l-bad',
      table: 'licenses',
      key: 'l-bad',
      row: bad,
      reason: expect.stringMatching(/^tier: /),
    });
    await deleteSetAside(database(), 'licenses:l-bad');
    expect(await listSetAside(database())).toEqual([]);
  });
});
