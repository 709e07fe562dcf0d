import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import { createNodeEd25519Verifier } from '../../electron/services/ed25519-node';
import { createWebCryptoEd25519Verifier } from '../../renderer/lib/ed25519-webcrypto';
import type { Ed25519Verifier } from '../../shared/keys/crypto-ports';
import { parseKeyText } from '../../shared/keys/parse';
import { SANDBOX_KID } from '../../shared/keys/trust';
import { asciiBytes } from '../../shared/keys/utf8';
import { verifyKey } from '../../shared/keys/verify';
import { makeTestKey, sandboxPublicFile, sandboxTrustedKeys } from '../fixtures/keys';
import { ratio, type Benchmark } from './harness';

/**
 * Issue 5: verifying 1,000 keys, as a ratio to the same platform's raw Ed25519
 * verify of the same 1,000 signatures in the same run (goal: at most 1.2x).
 * Both run in Node: node:crypto is main's verifier; Node's WebCrypto stands in
 * for the renderer's (Chromium's WebCrypto cannot run here). Keys are checked
 * one after another, as a user pastes them.
 */
const COUNT = 1000;
const GOAL = 1.2;

async function fixtures() {
  const keys = await Promise.all(
    Array.from({ length: COUNT }, (_, i) => makeTestKey({ sen: `SEN-${String(10_000_000 + i)}`, entity: `Library ${i}` })),
  );
  const signed = keys.map((key) => {
    const parts = parseKeyText(key);
    if (!parts.ok) throw new Error('fixture key does not parse');
    return { message: asciiBytes(parts.value.signedText), signature: parts.value.signature };
  });
  const trustedKeys = sandboxTrustedKeys();
  const publicKey = trustedKeys.keys.get(SANDBOX_KID)!.publicKey;
  return { keys, signed, trustedKeys, publicKey };
}

async function verifyAll(keys: string[], options: Parameters<typeof verifyKey>[1]): Promise<void> {
  for (const key of keys) {
    const r = await verifyKey(key, options);
    if (!r.ok) throw new Error(`a fixture key was refused: ${r.error.code}`);
  }
}

/**
 * Medians of `a` and `b` timed in alternation, so a busy machine (two cores,
 * other work) slows both alike instead of whichever ran second.
 */
async function pairedMedians(
  a: () => Promise<unknown> | unknown,
  b: () => Promise<unknown> | unknown,
  runs = 15,
): Promise<[number, number]> {
  await a();
  await b();
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [slot, fn] of (i % 2 === 0
      ? [
          [0, a],
          [1, b],
        ]
      : [
          [1, b],
          [0, a],
        ]) as [0 | 1, typeof a][]) {
      const start = performance.now();
      await fn();
      times[slot].push(performance.now() - start);
    }
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return [median(times[0]), median(times[1])];
}

function verifiedAll(results: boolean[]): void {
  if (results.some((ok) => !ok)) throw new Error('a raw verify failed');
}

export const benchmarks: Benchmark[] = [
  {
    name: 'keys: verify 1,000 keys, main (node:crypto) vs raw verify',
    async run() {
      const { keys, signed, trustedKeys } = await fixtures();
      const verifier: Ed25519Verifier = createNodeEd25519Verifier();
      const keyObject = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: sandboxPublicFile.publicKey }, format: 'jwk' });
      const raw = async () => {
        const results: boolean[] = [];
        for (const s of signed) results.push(nodeVerify(null, s.message, keyObject, s.signature));
        verifiedAll(results);
      };
      const [subject, baseline] = await pairedMedians(() => verifyAll(keys, { trustedKeys, verifier }), raw);
      return {
        ...ratio({ label: 'verifyKey x1000 (node:crypto)', ms: subject }, { label: 'crypto.verify x1000', ms: baseline }, GOAL),
        details: { keys: COUNT, keyChars: keys[0]!.length },
      };
    },
  },
  {
    name: 'keys: verify 1,000 keys, renderer (WebCrypto) vs raw verify',
    async run() {
      const { keys, signed, trustedKeys, publicKey } = await fixtures();
      const subtle = globalThis.crypto.subtle;
      const verifier = createWebCryptoEd25519Verifier(subtle);
      const cryptoKey = await subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
      const raw = async () => {
        const results: boolean[] = [];
        for (const s of signed) results.push(await subtle.verify({ name: 'Ed25519' }, cryptoKey, s.signature, s.message));
        verifiedAll(results);
      };
      const [subject, baseline] = await pairedMedians(() => verifyAll(keys, { trustedKeys, verifier }), raw);
      return {
        ...ratio({ label: 'verifyKey x1000 (WebCrypto)', ms: subject }, { label: 'subtle.verify x1000', ms: baseline }, GOAL),
        details: { keys: COUNT, keyChars: keys[0]!.length, engine: `Node ${process.version} WebCrypto` },
      };
    },
  },
];
