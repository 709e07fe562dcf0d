import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIERS } from '../catalog';
import { makeTestKey, sandboxSigner, sandboxTrustedKeys, samplePayload, testSyncVerifier, testVerifier } from '../../tests/fixtures/keys';
import { KEY_ERROR_CODES } from './key-errors';
import { normalizeKeyText } from './normalize';
import { signKey } from './sign';
import { verifyKey, verifyKeySync } from './verify';

const options = { trustedKeys: sandboxTrustedKeys(), verifier: testVerifier };
const key = await makeTestKey();
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Runs verifyKey and checks the contract every input must meet: a typed Result, never a throw, and the same from verifyKeySync. */
async function check(text: string) {
  const result = await verifyKey(text, options);
  expect(verifyKeySync(text, { ...options, verifier: testSyncVerifier })).toEqual(result);
  if (!result.ok) {
    expect(KEY_ERROR_CODES).toContain(result.error.code);
    expect(result.error.messageKey).toBe(`keys:errors.${result.error.code}`);
  }
  return result;
}

describe('verifyKey under fuzzing (fast-check)', () => {
  it('random text never throws and is never accepted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 600 }), fc.string({ maxLength: 600 })), async (text) => {
        expect((await check(text)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('random bytes, read as text the way a bad paste might arrive, never throw and are never accepted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 700 }), async (bytes) => {
        const asLatin1 = String.fromCharCode(...bytes);
        const asUtf8 = new TextDecoder().decode(bytes);
        expect((await check(asLatin1)).ok).toBe(false);
        expect((await check(asUtf8)).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('well-formed keys with random payload and signature bytes are never accepted', async () => {
    const part = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...B64), minLength: min, maxLength: max });
    await fc.assert(
      fc.asyncProperty(part(1, 600), part(86, 86), async (payload, signature) => {
        expect((await check(`CX1.${payload}.${signature}`)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('a signed genuine payload with its JSON re-encoded is refused: the signature covers the exact bytes', async () => {
    const [, , signature] = key.split('.');
    const reencoded = Buffer.from(JSON.stringify(samplePayload(), null, 1)).toString('base64url');
    expect(await check(`CX1.${reencoded}.${signature}`)).toMatchObject({ ok: false, error: { code: 'badSignature' } });
  });

  it('every single-bit change of any character, and a dot put anywhere, is refused (exhaustive over bits and positions)', async () => {
    // Every bit of every position: the six bits a base64url character carries (those the last character of a part
    // pads with included), and the part separator. All 64 letters at every position (35,000 verifications, twice)
    // took 20 to 45 s of a CI worker and mostly re-tested Ed25519 on multi-bit changes of the same bits.
    let accepted = 0;
    let tried = 0;
    for (let i = 0; i < key.length; i++) {
      const at = B64.indexOf(key[i] as string);
      const variants = at < 0 ? [...B64] : [...Array.from({ length: 6 }, (_, bit) => B64[at ^ (1 << bit)] as string), '.'];
      for (const c of variants) {
        const edited = key.slice(0, i) + c + key.slice(i + 1);
        tried++;
        if ((await check(edited)).ok) accepted++;
      }
    }
    expect(tried).toBeGreaterThan(key.length * 6);
    expect(accepted).toBe(0);
  }, 60_000);

  it('random edits of a valid key are accepted only when they normalise back to the same key', async () => {
    const anyChar = fc.oneof(
      fc.constantFrom(...B64, '.', ' ', '\n', '\t', '"', '“', '=', '+', '/', '\u200B'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    );
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(key.length - 1), text: anyChar }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(key.length), text: anyChar }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(key.length - 1), text: fc.constant('') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        let edited = key;
        for (const e of edits) {
          const at = Math.min(e.at, edited.length);
          edited = edited.slice(0, at) + e.text + edited.slice(e.kind === 'insert' ? at : at + 1);
        }
        const result = await check(edited);
        if (result.ok) {
          expect(normalizeKeyText(edited)).toBe(key);
          expect(result.value.canonical).toBe(key);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('any payload the schema allows round-trips through signKey and verifyKey; flipping any signature bit breaks it', async () => {
    const day = fc
      .date({ min: new Date('2020-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const payload = fc.record({
      sen: fc.integer({ min: 0, max: 99_999_999 }).map((n) => `SEN-${String(n).padStart(8, '0')}`),
      product: fc.constantFrom('conex-books', 'conex-data-center' as const),
      deployment: fc.constantFrom('server', 'cloud' as const),
      tier: fc.constantFrom(...TIERS),
      type: fc.constantFrom('commercial', 'academic' as const),
      entity: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((s) => s.trim() === s && s.length > 0),
      licensee: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).filter((s) => s.trim() === s && s.length > 0),
      maintenanceStart: day,
      majorVersion: fc.integer({ min: 1, max: 999 }),
    });
    await fc.assert(
      fc.asyncProperty(payload, fc.nat(511), async (p, bit) => {
        const full = samplePayload({ ...p, maintenanceEnd: p.maintenanceStart });
        const signed = await signKey(full, sandboxSigner);
        const good = await check(signed);
        expect(good.ok && good.value.payload).toEqual(full);

        const [prefix, body, signature] = signed.split('.') as [string, string, string];
        const bytes = Buffer.from(signature, 'base64url');
        bytes[bit >> 3]! ^= 1 << (bit & 7);
        expect((await check(`${prefix}.${body}.${bytes.toString('base64url')}`)).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
