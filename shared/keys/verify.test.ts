import { describe, expect, it, vi } from 'vitest';
import {
  makeRawTestKey,
  makeTestKey,
  productionTrustedKeys,
  rogueSigner,
  samplePayload,
  sandboxTrustedKeys,
  testVerifier,
} from '../../tests/fixtures/keys';
import type { Ed25519Verifier } from './crypto-ports';
import { armourKey } from './normalize';
import { verifyKey } from './verify';

const sandbox = { trustedKeys: sandboxTrustedKeys(), verifier: testVerifier };
const production = { trustedKeys: productionTrustedKeys(), verifier: testVerifier };

async function failure(text: string, options = sandbox) {
  const r = await verifyKey(text, options);
  if (r.ok) throw new Error('expected the key to be refused');
  return r.error;
}

/** Replaces the character at `index` with another base64url character that keeps the text canonical. */
function changeCharAt(text: string, index: number): string {
  const c = text[index]!;
  return text.slice(0, index) + (c === 'A' ? 'B' : 'A') + text.slice(index + 1);
}

const key = await makeTestKey();

describe('verifyKey: genuine keys (R-LIC-3)', () => {
  it('accepts a sandbox-signed key in a sandbox build and returns its payload', async () => {
    const r = await verifyKey(key, sandbox);
    expect(r).toEqual({ ok: true, value: { canonical: key, payload: samplePayload(), sandbox: true } });
  });

  it('accepts the key pasted with spaces, line breaks, quotes and armour', async () => {
    const pasted = `"${armourKey(key).replace(/\n/g, '\r\n  ')}"`;
    const r = await verifyKey(pasted, sandbox);
    expect(r.ok && r.value.canonical).toBe(key);
  });

  it('keeps non-ASCII licensee names intact through UTF-8', async () => {
    const r = await verifyKey(await makeTestKey({ licensee: 'Bibliothèque « Ézéchiel » 図書館' }), sandbox);
    expect(r.ok && r.value.payload.licensee).toBe('Bibliothèque « Ézéchiel » 図書館');
  });

  it('ignores payload fields it does not know, so newer keys still read', async () => {
    const r = await verifyKey(await makeRawTestKey(JSON.stringify({ ...samplePayload(), seats: 250 })), sandbox);
    expect(r.ok && r.value.payload).toEqual(samplePayload());
  });
});

describe('verifyKey: each bad paste has its own message in the keys namespace', () => {
  it('an empty paste: keys:errors.empty', async () => {
    expect(await failure('   ')).toMatchObject({ code: 'empty', messageKey: 'keys:errors.empty' });
  });

  it('a truncated key: keys:errors.truncated', async () => {
    expect(await failure(key.slice(0, -10))).toMatchObject({ code: 'truncated', messageKey: 'keys:errors.truncated' });
    expect(await failure(key.slice(0, 40))).toMatchObject({ code: 'truncated' });
  });

  it('a changed character in the payload or the signature: keys:errors.badSignature', async () => {
    const payloadEnd = key.lastIndexOf('.');
    for (const index of [4, 10, Math.floor(payloadEnd / 2), payloadEnd - 2, payloadEnd + 1, payloadEnd + 40, key.length - 3]) {
      expect(await failure(changeCharAt(key, index)), `index ${index}`).toMatchObject({
        code: 'badSignature',
        messageKey: 'keys:errors.badSignature',
      });
    }
  });

  it('a key signed by an unknown kid: keys:errors.unknownKid, naming the kid', async () => {
    const stranger = await makeTestKey({ kid: 'conex-2031' }, rogueSigner());
    expect(await failure(stranger)).toEqual({ code: 'unknownKid', messageKey: 'keys:errors.unknownKid', params: { kid: 'conex-2031' } });
  });

  it('a sandbox key in a production build: keys:errors.sandboxInProduction, not unknownKid', async () => {
    expect(await failure(key, production)).toMatchObject({ code: 'sandboxInProduction', messageKey: 'keys:errors.sandboxInProduction' });
  });

  it('a key that claims the production kid but is signed by another key: keys:errors.badSignature', async () => {
    const forged = await makeTestKey({ kid: 'conex-2026' });
    expect(await failure(forged)).toMatchObject({ code: 'badSignature' });
    expect(await failure(forged, production)).toMatchObject({ code: 'badSignature' });
  });

  it('a signed payload that is not JSON, or not a JSON object: keys:errors.notJson', async () => {
    expect(await failure(await makeRawTestKey('tier=Enterprise'))).toMatchObject({ code: 'notJson', messageKey: 'keys:errors.notJson' });
    expect(await failure(await makeRawTestKey('["conex-sandbox-test"]'))).toMatchObject({ code: 'notJson' });
  });

  it('an unreadable payload nobody trusted signed is an altered key, not an issuer mistake: keys:errors.badSignature', async () => {
    expect(await failure(await makeRawTestKey('tier=Enterprise', rogueSigner()))).toMatchObject({ code: 'badSignature' });
  });

  it('a signed payload missing fields: keys:errors.missingFields with the field list', async () => {
    const { tier: _tier, serverId: _serverId, ...rest } = samplePayload();
    expect(await failure(await makeRawTestKey(JSON.stringify(rest)))).toEqual({
      code: 'missingFields',
      messageKey: 'keys:errors.missingFields',
      params: { fields: 'tier, serverId' },
    });
  });

  it('a signed payload without a kid: keys:errors.missingFields naming kid', async () => {
    const { kid: _kid, ...rest } = samplePayload();
    expect(await failure(await makeRawTestKey(JSON.stringify(rest)))).toMatchObject({ code: 'missingFields', params: { fields: 'kid' } });
  });

  it('an evaluation key without its end date: keys:errors.missingFields naming evaluationEnd (R-EVAL-1)', async () => {
    const payload = JSON.stringify(samplePayload({ type: 'evaluation' }));
    expect(await failure(await makeRawTestKey(payload))).toMatchObject({ code: 'missingFields', params: { fields: 'evaluationEnd' } });
  });

  it.each([
    ['an unknown tier', { tier: 'Gold' }, 'tier'],
    ['a malformed SEN', { sen: 'SEN-1' }, 'sen'],
    ['a product Conex does not sell', { product: 'conex-music' }, 'product'],
    ['a date that is not a date', { maintenanceEnd: '2027-02-30' }, 'maintenanceEnd'],
    ['maintenance ending before it starts', { maintenanceEnd: '2025-01-01' }, 'maintenanceEnd'],
    ['an end date on a commercial license', { evaluationEnd: '2026-03-12' }, 'evaluationEnd'],
    ['a fractional major version', { majorVersion: 9.5 }, 'majorVersion'],
    ['a blank entity', { entity: '  ' }, 'entity'],
  ])('a signed payload with %s: keys:errors.invalidFields', async (_name, change, field) => {
    const payload = JSON.stringify({ ...samplePayload(), ...change });
    expect(await failure(await makeRawTestKey(payload))).toEqual({
      code: 'invalidFields',
      messageKey: 'keys:errors.invalidFields',
      params: { fields: field },
    });
  });

  it('a malformed paste never reaches the verifier', async () => {
    const verifier = vi.fn<Ed25519Verifier>(testVerifier);
    await verifyKey('CX1.abc', { ...sandbox, verifier });
    await verifyKey('hello', { ...sandbox, verifier });
    expect(verifier).not.toHaveBeenCalled();
  });

  it('a known kid is checked against that kid’s key alone, once', async () => {
    const verifier = vi.fn<Ed25519Verifier>(testVerifier);
    await verifyKey(key, { ...sandbox, verifier });
    expect(verifier).toHaveBeenCalledTimes(1);
    expect(verifier.mock.calls[0]![0]).toBe(sandbox.trustedKeys.keys.get('conex-sandbox-test')!.publicKey);
  });
});
