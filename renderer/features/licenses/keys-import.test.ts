import { describe, expect, it } from 'vitest';
import { checkKeyForLicense } from '../../../shared/keys/apply-check';
import { writeKeysFile } from '../../../shared/keys/keys-file';
import { verifyKey } from '../../../shared/keys/verify';
import type { License } from '../../../shared/license';
import { makeTestKey, sandboxTrustedKeys, testVerifier } from '../../../tests/fixtures/keys';
import { planKeysImport, type KeyChecker } from './keys-import';

const now = new Date('2026-12-04T10:00:00Z');
const check: KeyChecker = async (text, current) => {
  const verified = await verifyKey(text, { trustedKeys: sandboxTrustedKeys(), verifier: testVerifier });
  return verified.ok ? checkKeyForLicense(verified.value, current, now) : verified;
};
const stamp = '2026-01-01T00:00:00.000Z';
const stored = (sen: string, key?: string): License => ({
  id: `id-${sen}`,
  sen,
  product: 'conex-books',
  deployment: 'server',
  tier: 'Professional',
  type: 'commercial',
  entityId: 'lib',
  serverId: 'BX7Q-2M4K-9PLD-T3RW',
  licensee: 'Université Lumière Lyon 2',
  issued: '2026-01-01T00:00:00Z',
  maintenanceStart: '2026-01-01',
  maintenanceEnd: '2027-01-01',
  majorVersion: 9,
  ...(key ? { key } : {}),
  createdAt: stamp,
  updatedAt: stamp,
});

describe('importing a license keys file', () => {
  it('each key gets the checks and diff of a paste: new, update with its diff, unchanged, unknown entity, refused (R-LIC-3, R-LIC-1)', async () => {
    const same = await makeTestKey({ sen: 'SEN-00000003' });
    const keys = [
      await makeTestKey({ sen: 'SEN-00000001', entity: 'Main Library' }),
      await makeTestKey({ sen: 'SEN-00000002', maintenanceEnd: '2028-01-01', serverId: 'NEW-SERVER' }),
      same,
      await makeTestKey({ sen: 'SEN-00000004', entity: 'Unknown Campus' }),
      await makeTestKey({ sen: 'SEN-00000005', product: 'conex-data-center' }),
    ];
    const text =
      writeKeysFile(keys.map((canonical, i) => ({ canonical, sen: `SEN-0000000${i + 1}`, entity: 'x' }))) +
      '\n-----BEGIN CONEX LICENSE-----\nCX1.broken\n-----END CONEX LICENSE-----\n';
    const items = await planKeysImport(
      text,
      [stored('SEN-00000002'), stored('SEN-00000003', same), stored('SEN-00000005')],
      [{ id: 'lib', name: 'Main Library' }],
      check,
    );
    expect(items.map((i) => i.kind)).toEqual(['new', 'update', 'unchanged', 'needsEntity', 'refused', 'refused']);
    const update = items[1]!;
    if (update.kind !== 'update') throw new Error('expected an update');
    expect(update.check.warnings.map((w) => w.code)).toContain('serverIdDiffers');
    expect(items[4]).toMatchObject({ error: { code: 'otherProduct' } });
    expect(items[5]).toMatchObject({ index: 6, error: { code: 'truncated' } });
  });
});
