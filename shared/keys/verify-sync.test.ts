import { describe, expect, it, vi } from 'vitest';
import {
  makeRawTestKey,
  makeTestKey,
  productionTrustedKeys,
  rogueSigner,
  samplePayload,
  sandboxTrustedKeys,
  testSyncVerifier,
  testVerifier,
} from '../../tests/fixtures/keys';
import type { Ed25519SyncVerifier } from './crypto-ports';
import { armourKey } from './normalize';
import type { TrustedKeySet } from './trust';
import { verifyKey, verifyKeySync } from './verify';

const sandbox = sandboxTrustedKeys();
const production = productionTrustedKeys();
const key = await makeTestKey();
const { kid: _kid, ...withoutKid } = samplePayload();

/** The same text read by both: the async verifier the app uses and the synchronous one of the command line. */
async function both(text: string, trustedKeys: TrustedKeySet = sandbox) {
  const asynchronous = await verifyKey(text, { trustedKeys, verifier: testVerifier });
  const synchronous = verifyKeySync(text, { trustedKeys, verifier: testSyncVerifier });
  return { asynchronous, synchronous };
}

describe('verifyKeySync gives the answer verifyKey gives (the command line verifies synchronously)', () => {
  it.each([
    ['a genuine key', async () => key, 'ok'],
    ['a genuine key, pasted armoured', async () => armourKey(key), 'ok'],
    [
      'a tampered payload',
      async () => key.replace(/^(CX1\.....)./, (m, head: string) => head + (m.endsWith('A') ? 'B' : 'A')),
      'badSignature',
    ],
    ['a tampered signature', async () => key.slice(0, -3) + (key.at(-3) === 'A' ? 'B' : 'A') + key.slice(-2), 'badSignature'],
    ['a key signed by an unknown kid', async () => makeTestKey({ kid: 'conex-2031' }, rogueSigner()), 'unknownKid'],
    ['a key claiming the production kid, signed by another key', async () => makeTestKey({ kid: 'conex-2026' }), 'badSignature'],
    ['a signed payload that is not JSON', async () => makeRawTestKey('tier=Enterprise'), 'notJson'],
    ['an unsigned payload that is not JSON', async () => makeRawTestKey('tier=Enterprise', rogueSigner()), 'badSignature'],
    ['a signed payload without a kid', async () => makeRawTestKey(JSON.stringify(withoutKid)), 'missingFields'],
    [
      'a signed payload with an invalid field',
      async () => makeRawTestKey(JSON.stringify({ ...samplePayload(), tier: 'Gold' })),
      'invalidFields',
    ],
    ['a truncated key', async () => key.slice(0, -10), 'truncated'],
    ['an empty paste', async () => '  ', 'empty'],
  ])('%s', async (_name, make, expected) => {
    const { asynchronous, synchronous } = await both(await make());
    expect(synchronous).toEqual(asynchronous);
    expect(synchronous.ok ? 'ok' : synchronous.error.code).toBe(expected);
  });

  it('a sandbox key in a production build: both refuse it as sandboxInProduction', async () => {
    const { asynchronous, synchronous } = await both(key, production);
    expect(synchronous).toEqual(asynchronous);
    expect(synchronous).toMatchObject({ ok: false, error: { code: 'sandboxInProduction' } });
  });

  it('asks the synchronous verifier what it asks the asynchronous one: the kid’s key once, or each trusted key without a kid', async () => {
    const sync = vi.fn<Ed25519SyncVerifier>(testSyncVerifier);
    verifyKeySync(key, { trustedKeys: sandbox, verifier: sync });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(sync.mock.calls[0]![0]).toBe(sandbox.keys.get('conex-sandbox-test')!.publicKey);
    sync.mockClear();
    verifyKeySync(await makeRawTestKey('tier=Enterprise', rogueSigner()), { trustedKeys: sandbox, verifier: sync });
    expect(sync).toHaveBeenCalledTimes(sandbox.keys.size);
  });
});
