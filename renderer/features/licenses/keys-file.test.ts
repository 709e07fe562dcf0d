import { describe, expect, it } from 'vitest';
import { splitKeyBlocks } from '../../../shared/keys/keys-file';
import type { License } from '../../../shared/license';
import { verifyKey } from '../../../shared/keys/verify';
import { makeTestKey, sandboxTrustedKeys, testVerifier } from '../../../tests/fixtures/keys';
import { keysExport } from './keys-file';

const stamp = '2026-01-01T00:00:00.000Z';
function license(sen: string, key?: string): License {
  return {
    id: `id-${sen}`,
    sen,
    product: 'conex-books',
    deployment: 'server',
    tier: 'Professional',
    type: 'commercial',
    entityId: 'lib',
    serverId: 'BX7Q-2M4K-9PLD-T3RW',
    licensee: 'Université Lumière Lyon 2',
    issued: stamp,
    maintenanceStart: '2026-03-02',
    maintenanceEnd: '2027-03-02',
    majorVersion: 9,
    ...(key ? { key } : {}),
    createdAt: stamp,
    updatedAt: stamp,
  };
}

describe('license keys file export', () => {
  it('writes each applied key armoured after a comment naming its SEN and entity; every key still verifies (R-LIC-3)', async () => {
    const a = await makeTestKey({ sen: 'SEN-00000002' });
    const b = await makeTestKey({ sen: 'SEN-00000001' });
    const file = keysExport(
      [license('SEN-00000002', a), license('SEN-00000009'), license('SEN-00000001', b)],
      () => 'Main Library',
      'all',
      new Date(2026, 11, 4),
    );
    expect(file.count).toBe(2);
    expect(file.fileName).toBe('conex-keys-all-2026-12-04.conexkeys');
    expect(file.text).toContain('# SEN-00000001 · Main Library\n-----BEGIN CONEX LICENSE-----');
    const blocks = splitKeyBlocks(file.text);
    expect(blocks).toHaveLength(2);
    for (const block of blocks)
      expect((await verifyKey(block.text, { trustedKeys: sandboxTrustedKeys(), verifier: testVerifier })).ok).toBe(true);
  });

  it('names the file after a SEN or an entity, safely', () => {
    expect(keysExport([], () => '', 'Main Library / Paris', new Date(2026, 0, 2)).fileName).toBe(
      'conex-keys-Main-Library-Paris-2026-01-02.conexkeys',
    );
    expect(keysExport([], () => '', 'SEN-12345678', new Date(2026, 0, 2)).count).toBe(0);
  });
});
