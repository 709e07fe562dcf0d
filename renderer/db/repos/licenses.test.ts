import { describe, expect, it } from 'vitest';
import type { KeyPayloadInput } from '../../../shared/keys/payload';
import { verifyKey } from '../../../shared/keys/verify';
import { makeTestKey, sampleEvaluationPayload, sandboxTrustedKeys, testVerifier } from '../../../tests/fixtures/keys';
import { licenseRow } from '../../test/rows';
import { storePerTest } from '../../test/store';
import { listKeyHistory } from './key-history';
import {
  addLicenseFromKey,
  applyKey,
  findLicenseBySen,
  getLicense,
  licenseFromKey,
  listLicenses,
  licensesOfEntity,
  listSoonestEnding,
  startEvaluation,
  type KeyToStore,
} from './licenses';

const now = new Date('2026-03-10T10:00:00Z');
const database = storePerTest('licenses-test');

async function key(overrides: Partial<KeyPayloadInput> = {}): Promise<KeyToStore> {
  const verified = await verifyKey(await makeTestKey(overrides), { trustedKeys: sandboxTrustedKeys(), verifier: testVerifier });
  if (!verified.ok) throw new Error(verified.error.code);
  return verified.value;
}

async function addFromKey(overrides: Partial<KeyPayloadInput> = {}, id = 'lic-1', entityId = 'library') {
  const k = await key(overrides);
  const added = await addLicenseFromKey(database(), id, { key: k, entityId, now, historyId: `h-${id}` });
  if (!added.ok) throw new Error(added.error.messageKey);
  return added.value;
}

describe('licenses repository', () => {
  it('adds the license a key describes, with the key and a first history entry (R-LIC-3)', async () => {
    const license = await addFromKey();
    expect(license).toMatchObject({
      id: 'lic-1',
      sen: 'SEN-12345678',
      tier: 'Professional',
      entityId: 'library',
      serverId: 'BX7Q-2M4K-9PLD-T3RW',
      maintenanceEnd: '2027-03-02',
      issued: '2026-03-02T09:30:00Z',
      createdAt: now.toISOString(),
    });
    expect(license.key).toMatch(/^CX1\./);
    expect((await listLicenses(database())).map((l) => l.id)).toEqual(['lic-1']);
    expect(await listKeyHistory(database(), 'lic-1')).toEqual([
      {
        id: 'h-lic-1',
        licenseId: 'lic-1',
        sen: 'SEN-12345678',
        key: license.key,
        issued: '2026-03-02T09:30:00Z',
        appliedAt: now.toISOString(),
      },
    ]);
  });

  it('refuses a second license for a SEN already stored (R-LIC-4) and stores nothing', async () => {
    await addFromKey();
    const again = await addLicenseFromKey(database(), 'lic-2', { key: await key(), entityId: 'faculty', now, historyId: 'h-2' });
    expect(again).toMatchObject({ ok: false, error: { messageKey: 'licenses:errors.senTaken', params: { sen: 'SEN-12345678' } } });
    expect(await database().licenses.count()).toBe(1);
    expect(await database().keyHistory.count()).toBe(1);
  });

  it('applying a newer key replaces the license fields and keeps the old key in the history (R-LIC-3)', async () => {
    const first = await addFromKey();
    const later = new Date('2026-04-01T10:00:00Z');
    const upgrade = await key({ tier: 'Enterprise', issued: '2026-03-30T09:00:00Z', maintenanceEnd: '2027-03-30' });
    const applied = await applyKey(database(), 'lic-1', { key: upgrade, entityId: 'library', now: later, historyId: 'h-2' });
    expect(applied).toMatchObject({
      ok: true,
      value: { tier: 'Enterprise', maintenanceEnd: '2027-03-30', key: upgrade.canonical, createdAt: first.createdAt },
    });
    const history = await listKeyHistory(database(), 'lic-1');
    expect(history.map((h) => [h.id, h.key === upgrade.canonical, h.replacedAt])).toEqual([
      ['h-2', true, undefined],
      ['h-lic-1', false, later.toISOString()],
    ]);
  });

  it('refuses a key issued before the applied one for the same SEN, changing nothing (R-LIC-3)', async () => {
    await addFromKey({ issued: '2026-03-02T09:30:00Z' });
    const older = await key({ tier: 'Starter', issued: '2026-02-01T09:00:00Z' });
    const result = await applyKey(database(), 'lic-1', { key: older, entityId: 'library', now, historyId: 'h-2' });
    expect(result).toMatchObject({ ok: false, error: { messageKey: 'keys:errors.olderThanApplied' } });
    expect((await getLicense(database(), 'lic-1')).ok && (await database().licenses.get('lic-1'))?.tier).toBe('Professional');
    expect(await database().keyHistory.count()).toBe(1);
  });

  it('restores an earlier key from the history even though it is older, and keeps both entries', async () => {
    const first = await addFromKey();
    const newer = await key({ tier: 'Enterprise', issued: '2026-03-30T09:00:00Z' });
    await applyKey(database(), 'lic-1', { key: newer, entityId: 'library', now, historyId: 'h-2' });
    const restoreAt = new Date('2026-04-02T10:00:00Z');
    const restored = await applyKey(
      database(),
      'lic-1',
      { key: await key(), entityId: 'library', now: restoreAt, historyId: 'h-3' },
      'h-lic-1',
    );
    expect(restored).toMatchObject({ ok: true, value: { tier: 'Professional', key: first.key } });
    const history = await listKeyHistory(database(), 'lic-1');
    expect(history.map((h) => [h.id, h.restoredFrom, h.replacedAt === undefined])).toEqual([
      ['h-3', 'h-lic-1', true],
      ['h-2', undefined, false],
      ['h-lic-1', undefined, false],
    ]);
  });

  it('moves the license to the entity the user confirmed', async () => {
    await addFromKey();
    const moved = await key({ entity: 'Faculty of Science', serverId: 'NEW-SERVER', issued: '2026-03-05T09:00:00Z' });
    const result = await applyKey(database(), 'lic-1', { key: moved, entityId: 'faculty', now, historyId: 'h-2' });
    expect(result).toMatchObject({ ok: true, value: { entityId: 'faculty', serverId: 'NEW-SERVER' } });
  });

  it('refuses a key whose SEN belongs to another stored license', async () => {
    await addFromKey();
    await addFromKey({ sen: 'SEN-87654321' }, 'lic-2');
    const result = await applyKey(database(), 'lic-1', {
      key: await key({ sen: 'SEN-87654321', issued: '2026-03-05T09:00:00Z' }),
      entityId: 'library',
      now,
      historyId: 'h-3',
    });
    expect(result).toMatchObject({ ok: false, error: { messageKey: 'licenses:errors.senTaken' } });
    expect((await findLicenseBySen(database(), 'SEN-12345678'))?.id).toBe('lic-1');
  });

  it('keeps in the history a key the license carried without an entry (a synced license)', async () => {
    const stored = await addFromKey();
    await database().keyHistory.clear();
    const newer = await key({ issued: '2026-03-30T09:00:00Z' });
    await applyKey(database(), 'lic-1', { key: newer, entityId: 'library', now, historyId: 'h-2' });
    const history = await listKeyHistory(database(), 'lic-1');
    expect(history.map((h) => h.key)).toEqual([newer.canonical, stored.key]);
    expect(history[1]).toMatchObject({ appliedAt: stored.updatedAt, replacedAt: now.toISOString() });
  });

  it('an evaluation key turns into a commercial license without its evaluation end', async () => {
    const evaluation = await addFromKey(sampleEvaluationPayload('2026-03-08'));
    expect(evaluation).toMatchObject({ type: 'evaluation', evaluationEnd: '2026-03-18', tier: 'Enterprise' });
    const bought = await key({ issued: '2026-03-09T09:00:00Z' });
    const result = await applyKey(database(), 'lic-1', { key: bought, entityId: 'library', now, historyId: 'h-2' });
    expect(result.ok && result.value).toMatchObject({ type: 'commercial', tier: 'Professional' });
    expect(result.ok && 'evaluationEnd' in result.value).toBe(false);
  });

  it('lists the licenses ending first, as many as asked', async () => {
    await addFromKey({ sen: 'SEN-00000001', maintenanceEnd: '2027-06-01' }, 'a');
    await addFromKey({ sen: 'SEN-00000002', maintenanceEnd: '2026-12-01' }, 'b');
    await addFromKey({ sen: 'SEN-00000003', maintenanceEnd: '2027-01-01' }, 'c');
    expect((await listSoonestEnding(database(), 2)).map((l) => l.id)).toEqual(['b', 'c']);
  });

  it('says a license is missing rather than creating one', async () => {
    expect(await getLicense(database(), 'nope')).toMatchObject({ ok: false, error: { messageKey: 'licenses:errors.missing' } });
    expect(await applyKey(database(), 'nope', { key: await key(), entityId: 'x', now, historyId: 'h' })).toMatchObject({ ok: false });
    expect(await database().licenses.count()).toBe(0);
  });

  it('licenseFromKey keeps what a key does not carry: installed version and purchase date', async () => {
    const result = licenseFromKey(
      await key(),
      { id: 'l', entityId: 'e', createdAt: now.toISOString(), installedMajorVersion: 8, purchaseDate: '2025-01-01' },
      now,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { installedMajorVersion: 8, purchaseDate: '2025-01-01', updatedAt: now.toISOString() },
    });
  });
});

describe('starting an evaluation (R-EVAL-1)', () => {
  const input = {
    entityId: 'library',
    product: 'conex-books' as const,
    deployment: 'server' as const,
    serverId: 'SRV-1',
    licensee: 'Université',
    majorVersion: 10,
  };

  it('creates a 10-day evaluation of the highest tier with a local SEN', async () => {
    const result = await startEvaluation(database(), input, now, 'eval-1', () => '00000042');
    expect(result).toMatchObject({
      ok: true,
      value: {
        sen: 'SEN-00000042',
        type: 'evaluation',
        tier: 'Enterprise',
        maintenanceStart: '2026-03-10',
        evaluationEnd: '2026-03-20',
        maintenanceEnd: '2026-03-20',
        serverId: 'SRV-1',
      },
    });
    expect(result.ok && result.value.key).toBeUndefined();
  });

  it('draws another SEN when the first one is taken', async () => {
    await startEvaluation(database(), input, now, 'eval-1', () => '00000042');
    const draws = ['00000042', '00000042', '00000043'];
    const second = await startEvaluation(database(), { ...input, serverId: 'SRV-2' }, now, 'eval-2', () => draws.shift() ?? '');
    expect(second.ok && second.value.sen).toBe('SEN-00000043');
  });

  it('refuses an empty server ID or licensee, saving nothing', async () => {
    const result = await startEvaluation(database(), { ...input, serverId: '  ', licensee: '' }, now, 'eval-1', () => '00000042');
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { serverId: 'licenses:evaluation.errors.serverId', licensee: 'licenses:evaluation.errors.licensee' },
    });
    expect(await database().licenses.count()).toBe(0);
  });
});

describe('the licenses of one entity', () => {
  it('are those of that entity only, by SEN', async () => {
    await database().licenses.bulkPut([
      licenseRow('c', 'SEN-00000003', { entityId: 'e1' }),
      licenseRow('a', 'SEN-00000001', { entityId: 'e1' }),
      licenseRow('b', 'SEN-00000002', { entityId: 'e2' }),
      licenseRow('d', 'SEN-00000000', { entityId: 'e1' }),
    ]);
    expect((await licensesOfEntity(database(), 'e1')).map((l) => l.sen)).toEqual(['SEN-00000000', 'SEN-00000001', 'SEN-00000003']);
  });
});
