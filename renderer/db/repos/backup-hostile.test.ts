import { describe, expect, it } from 'vitest';
import { ATTACKER_API, corpus, type HostileCase } from '../../../tests/fixtures/hostile-backups/forge';
import { i18next, initI18n } from '../../i18n';
import { storePerTest } from '../../test/store';
import type { ConexDb } from '../database';
import { readBackup } from './backup';
import { restoreBackup } from './backup-restore';
import { LATEST_SEEN_KEY } from './clock';

const now = new Date('2026-11-25T10:00:00.000Z');
const signedIn = { id: 'acc-1', email: 'it@univ.example', name: 'IT', apiUrl: 'https://api.conex.example', tokenStorage: 'session' };

/** This computer before the restore: signed in to the real API, nothing waiting to be sent, a clock mark of last week. */
const database = storePerTest('backup-hostile', {
  seed: async (db) => {
    await db.settings.bulkPut([
      { key: 'apiUrl', value: signedIn.apiUrl },
      { key: 'theme', value: 'light' },
    ]);
    await db.syncState.bulkPut([
      { key: 'account', value: signedIn },
      { key: 'cursor.quotes', value: 'real-cursor' },
    ]);
    await db.meta.put({ key: LATEST_SEEN_KEY, value: '2026-11-18T00:00:00.000Z' });
  },
});

async function everything(db: ConexDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const t of db.tables) out[t.name] = await t.toArray();
  });
  return out;
}

const refusals = corpus.filter((c): c is HostileCase & { expect: { refused: string } } => 'refused' in c.expect);
const restorable = corpus.filter(
  (c): c is HostileCase & { expect: { restoredWithout: readonly string[] } } => 'restoredWithout' in c.expect,
);

describe('hostile backups are refused, with their own message, and change nothing (issue 14)', () => {
  // The 100 MB file takes a while to forge on a loaded machine; the app refuses it before reading it.
  it.each(refusals.map((c) => [c.file ?? '(in memory)', c.story, c] as const))(
    '%s: %s',
    { timeout: 120_000 },
    async (_file, _story, hostile) => {
      const before = await everything(database());
      const read = await readBackup(database(), hostile.text());
      expect(read).toMatchObject({ ok: false, error: { code: hostile.expect.refused } });
      if (read.ok) return;
      await initI18n('en');
      for (const lng of ['en', 'fr', 'ar']) expect(i18next.exists(read.error.messageKey, { lng }), lng).toBe(true);
      expect(await everything(database())).toEqual(before);
    },
  );

  it('each kind of refusal has a message of its own', () => {
    const keys = new Map<string, string>();
    for (const c of refusals) keys.set(c.expect.refused, `backups:errors.${c.expect.refused.replace('backup.', '')}`);
    const texts = [...keys.values()].map((k) => i18next.t(k, { lng: 'en' }));
    expect(new Set(texts).size).toBe(keys.size);
  });
});

describe('hostile backups restore without any of their planted sync machinery (issue 14)', () => {
  it.each(restorable.flatMap((c) => (['replace', 'merge'] as const).map((mode) => [c.file, mode, c.story, c] as const)))(
    '%s (%s): %s',
    async (_file, mode, _story, hostile) => {
      const read = await readBackup(database(), hostile.text());
      if (!read.ok) throw new Error(read.error.code);
      const result = await restoreBackup(database(), read.value, mode, { now });
      expect(result.ok).toBe(true);
      const db = database();
      // Every planted table: nothing written; this computer keeps its own.
      expect(await db.outbox.count(), 'outbox').toBe(0);
      expect(await db.quoteShadows.count(), 'quoteShadows').toBe(0);
      expect(await db.pendingKeys.count(), 'pendingKeys').toBe(0);
      expect(await db.syncLog.count(), 'syncLog').toBe(0);
      expect((await db.syncState.get('account'))?.value, 'the signed-in account').toEqual(signedIn);
      // The pull starts over, from the server's truth.
      expect(await db.syncState.get('cursor.quotes'), 'cursor').toBeUndefined();
      expect(await db.syncState.get('cursor.forged'), 'forged cursor').toBeUndefined();
      // The API address stays the real one; the backup folder is not the attacker's share.
      expect((await db.settings.get('apiUrl'))?.value, 'apiUrl').toBe(signedIn.apiUrl);
      expect(JSON.stringify(await db.settings.toArray())).not.toContain(ATTACKER_API);
      expect(await db.settings.get('backup.auto'), 'backup folder').toBeUndefined();
      // R-EVAL-4: the far-future clock is capped at now, so no evaluation is flagged.
      expect(Date.parse(String((await db.meta.get(LATEST_SEEN_KEY))?.value)), 'futureClock').toBeLessThanOrEqual(now.getTime());
      // A quote it marked as waiting to be submitted waits for the user instead.
      expect(await db.quotes.where('status').equals('queued').count(), 'queuedQuote').toBe(0);
    },
  );
});
