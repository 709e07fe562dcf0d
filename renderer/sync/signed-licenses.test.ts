import { describe, expect, it } from 'vitest';
import { makeTestKey } from '../../tests/fixtures/keys';
import { openDevice } from '../../tests/sandbox/devices';
import { call, newAccount } from '../../tests/sandbox/fixtures';
import { sandboxPerFile } from '../../tests/sandbox/per-file';
import { listSyncLog } from '../db/repos/sync-store';

const epoch = Date.parse('2026-03-10T09:00:00Z');
const started = Date.now();
const now = () => new Date(epoch + (Date.now() - started));
const env = sandboxPerFile(now);
let n = 0;

/** A device whose licenses feed is rewritten by `tamper` on its way in, as a hostile or broken server would send it. */
async function deviceWithTamperedFeed(tamper: (item: Record<string, unknown>) => Promise<Record<string, unknown>>) {
  const email = `signed-${++n}@example.com`;
  const token = await newAccount(env.sandbox.url, email);
  await call(env.sandbox.url, 'POST', '/__sandbox/licenses', { body: { email, count: 2, tier: 'Starter' }, key: null });
  const spy: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    if (!new URL(String(input)).pathname.endsWith('/v1/licenses')) return res;
    const feed = (await res.json()) as { items: Record<string, unknown>[] };
    const items = await Promise.all(feed.items.map(tamper));
    return new Response(JSON.stringify({ ...feed, items }), { status: res.status, headers: res.headers });
  };
  const device = await openDevice(env.sandbox.url, token, { now, fetch: spy });
  env.devices.push(device);
  return device;
}

describe('a license takes its signed fields from its key only', () => {
  it('R-LIC-1 unsigned tier, maintenance end, major version, entity and server ID that disagree with the key are ignored and logged', async () => {
    const d = await deviceWithTamperedFeed(async (item) => ({
      ...item,
      tier: 'Enterprise',
      maintenanceEnd: '2099-01-01',
      majorVersion: 99,
      entity: 'Someone Else',
      serverId: 'EVIL-0000',
    }));
    expect((await d.engine.sync()).phase).toBe('idle');
    const licenses = await d.db.licenses.toArray();
    expect(licenses).toHaveLength(2);
    for (const license of licenses) {
      expect(license).toMatchObject({ tier: 'Starter' });
      expect(license.maintenanceEnd).not.toBe('2099-01-01');
      expect(license.majorVersion).not.toBe(99);
      expect(license.serverId).not.toBe('EVIL-0000');
    }
    expect((await d.db.entities.toArray()).map((e) => e.name)).not.toContain('Someone Else');
    const log = (await listSyncLog(d.db)).filter((l) => l.messageKey === 'sync:log.keyDisagrees');
    expect(log).toHaveLength(2);
    expect(log[0]?.params?.fields).toBe('tier, entity, serverId, maintenanceEnd, majorVersion');
  });

  it('a license whose key does not verify, or is another license’s, is left out and logged', async () => {
    let i = 0;
    const d = await deviceWithTamperedFeed(async (item) => {
      i++;
      if (i === 1) return { ...item, key: `${String(item.key).slice(0, -6)}AAAAAA` };
      // A genuine key, but for another SEN.
      return { ...item, key: await makeTestKey({ sen: 'SEN-99999999' }) };
    });
    await d.engine.sync();
    expect(await d.db.licenses.count()).toBe(0);
    const log = (await listSyncLog(d.db)).filter((l) => l.messageKey === 'sync:log.keyUnchecked').map((l) => l.params?.reason);
    expect(log.sort()).toEqual(['keys:errors.badSignature', 'sync:errors.keyOfAnother']);
  });
});
