import { describe, expect, it } from 'vitest';
import { openDevice } from '../../tests/sandbox/devices';
import { call, newAccount, readyQuote } from '../../tests/sandbox/fixtures';
import { sandboxPerFile } from '../../tests/sandbox/per-file';
import { deleteQuote, reopenAsDraft, updatePoNumber } from '../db/repos/quotes';
import { listConflicts } from '../db/repos/sync-store';
import { resolveQuoteConflict } from '../db/repos/sync-quotes';

const epoch = Date.parse('2026-03-10T09:00:00Z');
const started = Date.now();
const now = () => new Date(epoch + (Date.now() - started));

const env = sandboxPerFile(now);
const devices = env.devices;

let n = 0;
/** One account on two computers, both holding the same submitted quote. */
async function twoComputers() {
  const email = `conflict-${++n}@example.com`;
  const token = await newAccount(env.sandbox.url, email);
  const a = await openDevice(env.sandbox.url, token, { now });
  const b = await openDevice(env.sandbox.url, token, { now });
  devices.push(a, b);
  const id = `shared-${n}`;
  await a.db.quotes.put(readyQuote(id, now(), { email }));
  await a.engine.sync();
  await b.engine.sync();
  expect(await b.db.quotes.get(id)).toMatchObject({ status: 'submitted' });
  return { a, b, id, token };
}

const serverQuote = async (token: string, id: string) =>
  (
    (await call(env.sandbox.url, 'GET', '/v1/quotes', { token })).body as {
      items: { id: string; poNumber: string | null; status: string }[];
    }
  ).items.find((q) => q.id === id);

describe('a quote changed here and on the server: both versions, the user chooses', () => {
  it('a PO changed on both computers is not overwritten: conflict with both versions; "theirs" takes the server PO', async () => {
    const { a, b, id, token } = await twoComputers();
    await updatePoNumber(b.db, id, 'PO-FROM-B', now());
    await b.engine.sync();
    await updatePoNumber(a.db, id, 'PO-FROM-A', now());
    const outcome = await a.engine.sync();
    expect(outcome.push?.conflicts).toBe(1);
    const [conflict] = await listConflicts(a.db);
    expect(conflict).toMatchObject({ id, local: { poNumber: 'PO-FROM-A' }, remote: { poNumber: 'PO-FROM-B' } });
    expect((await serverQuote(token, id))?.poNumber).toBe('PO-FROM-B');
    // Nothing more is sent for it while the user has not chosen.
    expect((await a.engine.sync()).push?.tries).toBe(0);
    await resolveQuoteConflict(a.db, id, 'theirs', now(), () => 'unused');
    expect(await a.db.quotes.get(id)).toMatchObject({ poNumber: 'PO-FROM-B' });
    expect(await listConflicts(a.db)).toEqual([]);
    await a.engine.sync();
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('"mine" sends this computer\'s version over the server\'s', async () => {
    const { a, b, id, token } = await twoComputers();
    await updatePoNumber(b.db, id, 'PO-B', now());
    await b.engine.sync();
    await updatePoNumber(a.db, id, 'PO-A', now());
    await a.engine.sync();
    await resolveQuoteConflict(a.db, id, 'mine', now(), () => 'unused');
    await a.engine.sync();
    expect((await serverQuote(token, id))?.poNumber).toBe('PO-A');
    expect(await a.db.quotes.get(id)).toMatchObject({ status: 'submitted', poNumber: 'PO-A' });
    await b.engine.sync();
    expect(await b.db.quotes.get(id)).toMatchObject({ poNumber: 'PO-A' });
  });

  it('a quote being edited here while the server marked it paid: conflict; "mine" keeps the edits as a new draft beside the order (R-ORD-7)', async () => {
    const { a, id } = await twoComputers();
    await reopenAsDraft(a.db, id, now());
    await call(env.sandbox.url, 'POST', '/__sandbox/confirm-payment', { body: { quoteId: id }, key: null });
    await a.engine.sync();
    const [conflict] = await listConflicts(a.db);
    expect(conflict).toMatchObject({ local: { status: 'draft' }, remote: { status: 'paid' } });
    await resolveQuoteConflict(a.db, id, 'mine', now(), () => 'copy-1');
    expect(await a.db.quotes.get(id)).toMatchObject({ status: 'paid' });
    const copy = await a.db.quotes.get('copy-1');
    expect(copy).toMatchObject({ status: 'draft', revision: 0 });
    expect(copy?.officialNumber).toBeUndefined();
  });

  it('deleted on the other computer: removed here when unchanged, a conflict when changed here', async () => {
    const { a, b, id } = await twoComputers();
    await deleteQuote(b.db, id);
    await b.engine.reconcile();
    await b.engine.sync();
    await a.engine.sync();
    expect(await a.db.quotes.get(id)).toBeUndefined();

    const second = await twoComputers();
    await deleteQuote(second.b.db, second.id);
    await second.b.engine.sync();
    await reopenAsDraft(second.a.db, second.id, now());
    await second.a.engine.sync();
    expect((await listConflicts(second.a.db)).map((c) => c.remote.deleted)).toEqual([true]);
  });
});
