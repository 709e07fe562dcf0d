import { describe, expect, it } from 'vitest';
import { apiRoutes, changeSchema } from '../../shared/api';
import { openDevice } from '../../tests/sandbox/devices';
import { newAccount, readyQuote } from '../../tests/sandbox/fixtures';
import { sandboxPerFile } from '../../tests/sandbox/per-file';
import { deleteQuote } from '../db/repos/quotes';
import { listShadows, listSyncLog } from '../db/repos/sync-store';
import { changeRoutes } from './change-routes';

const epoch = Date.parse('2026-03-10T09:00:00Z');
const started = Date.now();
const now = () => new Date(epoch + (Date.now() - started));

const env = sandboxPerFile(now);

describe('what confirms a change', () => {
  it('every kind of change has its route, and only a success answer confirms it', () => {
    const kinds = changeSchema.options.map((o) => o.shape.kind.value).sort();
    expect(Object.keys(changeRoutes).sort()).toEqual(kinds);
    for (const handler of Object.values(changeRoutes)) {
      expect(Object.keys(apiRoutes)).toContain(handler.route);
      expect(handler.confirmedBy).toEqual(['success']);
    }
  });

  it('a deletion answered "not found" is refused and logged, never taken as done, and not sent again', async () => {
    const email = 'not-found@example.com';
    const token = await newAccount(env.sandbox.url, email);
    const a = await openDevice(env.sandbox.url, token, { now });
    const b = await openDevice(env.sandbox.url, token, { now });
    env.devices.push(a, b);
    await a.db.quotes.put(readyQuote('q-gone', now(), { email }));
    await a.engine.sync();
    await b.engine.sync();
    // The other computer deletes it at Conex first: Conex now answers 404 for it, as it does for a quote this account may not see.
    await deleteQuote(b.db, 'q-gone');
    expect((await b.engine.sync()).push).toMatchObject({ confirmed: 1 });

    await deleteQuote(a.db, 'q-gone');
    const outcome = await a.engine.sync();
    expect(outcome.push).toMatchObject({ tries: 1, confirmed: 0, refused: 1 });
    expect(outcome.push?.lastFailure).toEqual({ messageKey: 'sync:errors.refused', params: { status: 404 } });
    const refused = (await listSyncLog(a.db)).find((line) => line.messageKey === 'sync:log.refused');
    expect(refused).toMatchObject({ level: 'error', params: { what: 'quote.delete', reason: 'sync:errors.refused' } });
    // Conex shows this account nothing of it: nothing is left to send, so the deletion is not queued again.
    expect(await a.db.outbox.count()).toBe(0);
    expect((await listShadows(a.db)).map((s) => s.id)).not.toContain('q-gone');
    expect((await a.engine.sync()).push?.tries).toBe(0);
  });
});
