import { describe, expect, it } from 'vitest';
import { submissionOf, type ApiQuoteState } from '../../../shared/api';
import type { BackupContents } from '../../../shared/backup';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft, type Quote } from '../../../shared/quote';
import { storePerTest } from '../../test/store';
import { loadBackupSettings, lastSuccessfulBackup } from './backup-settings';
import { restoreBackup } from './backup-restore';
import { LATEST_SEEN_KEY } from './clock';
import { reconcileQuotes } from './outbox';

const database = storePerTest('backup-restore-test');
const now = new Date('2026-11-25T10:00:00.000Z');
const stamp = '2026-11-01T00:00:00.000Z';
const book = (() => {
  const b = bundledPriceBook();
  if (!b.ok) throw new Error('bundled price book is invalid');
  return b.value;
})();
let keys = 0;
const newKey = () => `key-${++keys}`;

function backup(tables: Record<string, unknown[]>, createdAt = '2026-11-20T08:00:00.000Z'): BackupContents {
  return { formatVersion: 1, createdAt, appVersion: '1.0.0', schemaVersion: 8, tables };
}

async function restored(contents: BackupContents, mode: 'replace' | 'merge' = 'replace') {
  const result = await restoreBackup(database(), contents, mode, { now });
  if (!result.ok) throw new Error(result.error.messageKey);
  return result.value;
}

const latestSeen = async () => (await database().meta.get(LATEST_SEEN_KEY))?.value;

function submitted(id: string, poNumber: string, revision = 2): Quote {
  return {
    ...newDraft(id, new Date(stamp), 'en', book),
    status: 'submitted',
    officialNumber: `Q-${id}`,
    issueDate: '2026-11-01',
    validUntil: '2026-12-01',
    poNumber,
    revision,
  };
}

/** The server's version of a quote as the app last saw it, matching the local revision. */
function shadowOf(quote: Quote): { id: string; remote: ApiQuoteState; localRevision: number } {
  const zero = { amount: 0, currency: 'EUR' as const };
  return {
    id: quote.id,
    localRevision: quote.revision,
    remote: {
      id: quote.id,
      deleted: false,
      revision: 5,
      status: 'submitted',
      officialNumber: quote.officialNumber ?? '',
      issueDate: '2026-11-01',
      validUntil: '2026-12-01',
      poNumber: quote.poNumber ?? null,
      submission: submissionOf(quote),
      totals: { list: zero, discount: zero, net: zero },
      reviewRequired: false,
      updatedAt: stamp,
    },
  };
}

describe('the latest time seen after a restore (R-EVAL-4)', () => {
  it('a backup from the far future moves it to now at most, so no evaluation looks tampered with', async () => {
    await database().meta.put({ key: LATEST_SEEN_KEY, value: '2026-11-20T00:00:00.000Z' });
    await restored(backup({ meta: [{ key: LATEST_SEEN_KEY, value: '2099-01-01T00:00:00.000Z' }] }));
    expect(await latestSeen()).toBe(now.toISOString());
  });

  it('is the later of this computer’s and the backup’s', async () => {
    await database().meta.put({ key: LATEST_SEEN_KEY, value: '2026-11-24T00:00:00.000Z' });
    await restored(backup({ meta: [{ key: LATEST_SEEN_KEY, value: '2026-11-10T00:00:00.000Z' }] }));
    expect(await latestSeen()).toBe('2026-11-24T00:00:00.000Z');
    await database().meta.delete(LATEST_SEEN_KEY);
    await restored(backup({ meta: [{ key: LATEST_SEEN_KEY, value: '2026-11-10T00:00:00.000Z' }] }), 'merge');
    expect(await latestSeen()).toBe('2026-11-10T00:00:00.000Z');
  });

  it('never lowers this computer’s mark, even one later than now (its clock was set back)', async () => {
    await database().meta.put({ key: LATEST_SEEN_KEY, value: '2026-12-30T00:00:00.000Z' });
    await restored(backup({ meta: [{ key: LATEST_SEEN_KEY, value: '2099-01-01T00:00:00.000Z' }] }));
    expect(await latestSeen()).toBe('2026-12-30T00:00:00.000Z');
  });
});

describe('a restore writes the user’s data only (issue 14)', () => {
  it('never writes the sync machinery, the API address or the backup folder, and leaves this computer’s own as they were', async () => {
    await database().settings.bulkPut([
      { key: 'apiUrl', value: 'https://api.conex.example' },
      { key: 'backup.auto', value: { enabled: true, folder: '/this/machine', intervalHours: 24, keep: 5 } },
      { key: 'theme', value: 'light' },
    ]);
    await database().syncState.bulkPut([
      { key: 'account', value: { id: 'acc-1', email: 'it@univ.example' } },
      { key: 'cursor.quotes', value: 'c-42' },
      { key: 'cursor.licenses', value: 'c-7' },
    ]);
    const report = await restored(
      backup({
        settings: [
          { key: 'theme', value: 'dark' },
          { key: 'apiUrl', value: 'https://attacker.example' },
          { key: 'backup.auto', value: { enabled: true, folder: '/their/share', intervalHours: 1, keep: 1 } },
        ],
        outbox: [{ objectId: 'account', idempotencyKey: 'k', change: { kind: 'account.update', update: { email: 'x@attacker.example' } } }],
        syncState: [{ key: 'account', value: { id: 'attacker' } }],
        quoteShadows: [{ id: 'q', remote: {}, localRevision: 0 }],
        pendingKeys: [{ sen: 'SEN-00000001', licenseId: 'l', key: 'k', issued: stamp, detectedAt: stamp }],
      }),
    );
    expect(report.tables).not.toHaveProperty('outbox');
    expect(await database().outbox.count()).toBe(0);
    expect(await database().pendingKeys.count()).toBe(0);
    expect(await database().quoteShadows.count()).toBe(0);
    expect((await database().settings.get('apiUrl'))?.value).toBe('https://api.conex.example');
    expect((await database().settings.get('backup.auto'))?.value).toMatchObject({ folder: '/this/machine' });
    expect((await database().settings.get('theme'))?.value).toBe('dark');
    // Still signed in as before; the pull starts over, so the next sync takes the server's truth again.
    expect((await database().syncState.get('account'))?.value).toEqual({ id: 'acc-1', email: 'it@univ.example' });
    expect(await database().syncState.get('cursor.quotes')).toBeUndefined();
    expect(await database().syncState.get('cursor.licenses')).toBeUndefined();
  });

  it('a quote waiting to be submitted comes back as a draft, so nothing restored is submitted without the user', async () => {
    const queued = { ...newDraft('q-new', new Date(stamp), 'en', book), status: 'queued' as const, revision: 3 };
    await restored(backup({ quotes: [queued] }));
    expect((await database().quotes.get('q-new'))?.status).toBe('draft');
    expect(await reconcileQuotes(database(), now, newKey)).toEqual([]);
  });

  it('a quote this computer holds the very same, still waiting to be submitted, stays so', async () => {
    const queued = { ...newDraft('q-mine', new Date(stamp), 'en', book), status: 'queued' as const, revision: 3 };
    await database().quotes.put(queued);
    await restored(backup({ quotes: [queued] }));
    expect((await database().quotes.get('q-mine'))?.status).toBe('queued');
  });

  it('R-LIC-6 a Consent To Assign request whose signed form was waiting to be sent comes back incomplete (the form is not in a backup)', async () => {
    const request = {
      id: 'c1',
      licenseIds: ['lic-1'],
      sens: ['SEN-00000001'],
      fromEntityId: 'ent-1',
      toEntityName: 'Elsewhere',
      signatoryEmail: 'x@attacker.example',
      reason: '',
      status: 'recorded',
      createdAt: stamp,
    };
    await restored(backup({ consentRequests: [request] }), 'merge');
    expect((await database().consentRequests.get('c1'))?.status).toBe('incomplete');
  });

  it('replace with an older backup never deletes on the server the quotes it lacks, nor sends the older PO numbers', async () => {
    const kept = submitted('q-kept', 'PO-1');
    const changed = submitted('q-changed', 'PO-NEW');
    const missing = submitted('q-missing', 'PO-3');
    await database().quotes.bulkPut([kept, changed, missing]);
    await database().quoteShadows.bulkPut([shadowOf(kept), shadowOf(changed), shadowOf(missing)]);

    await restored(backup({ quotes: [kept, { ...changed, poNumber: 'PO-OLD' }] }));

    // Without the restore forgetting those two server versions, this plans a PO change and a deletion.
    expect(await reconcileQuotes(database(), now, newKey)).toEqual([]);
    expect((await database().quoteShadows.toCollection().primaryKeys()).sort()).toEqual(['q-kept']);
  });

  it('records when it was made and when its backup was taken: the data counts as backed up as of then, never later than now', async () => {
    await restored(backup({ settings: [{ key: 'theme', value: 'dark' }] }, '2026-11-20T08:00:00.000Z'));
    const settings = await loadBackupSettings(database());
    expect(settings.lastRestore).toEqual({ at: now.toISOString(), backupCreatedAt: '2026-11-20T08:00:00.000Z', mode: 'replace' });
    expect(lastSuccessfulBackup(settings)).toBe('2026-11-20T08:00:00.000Z');
    await restored(backup({}, '2099-01-01T00:00:00.000Z'), 'merge');
    expect((await loadBackupSettings(database())).lastRestore?.backupCreatedAt).toBe(now.toISOString());
  });

  it('a record that fails its table’s strict schema is refused and nothing is written, even when handed over unchecked', async () => {
    await database().settings.put({ key: 'theme', value: 'light' });
    const result = await restoreBackup(
      database(),
      backup({ settings: [{ key: 'theme', value: 'dark' }], licenses: [{ id: 'l1', extra: 'field' }] }),
      'replace',
      { now },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'backup.recordInvalid', params: { table: 'licenses', record: 1 } } });
    expect((await database().settings.get('theme'))?.value).toBe('light');
  });
});
