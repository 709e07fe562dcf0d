import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import { createNodeEd25519Verifier } from '../../electron/services/ed25519-node';
import { createWebCryptoEd25519Verifier } from '../../renderer/lib/ed25519-webcrypto';
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

type Run = (from: number, to: number) => Promise<void>;

/** verifyKey over keys[from, to), failing loudly if any genuine key is refused. */
function verifyKeys(keys: string[], options: Parameters<typeof verifyKey>[1]): Run {
  return async (from, to) => {
    for (let i = from; i < to; i++) {
      const r = await verifyKey(keys[i]!, options);
      if (!r.ok) throw new Error(`a fixture key was refused: ${r.error.code}`);
    }
  };
}

/**
 * Times `subject` and `baseline` over the 1,000 keys in blocks of 100,
 * alternating which goes first, for `rounds` rounds; each side's time is the
 * sum over blocks of the block's median. Short alternating blocks put both
 * sides under the same load on a busy two-core machine.
 */
async function pairedTimes(subject: Run, baseline: Run, rounds = 15): Promise<{ subject: number; baseline: number }> {
  const BLOCK = 100;
  const blocks = COUNT / BLOCK;
  await subject(0, COUNT);
  await baseline(0, COUNT);
  const times = {
    subject: Array.from({ length: blocks }, (): number[] => []),
    baseline: Array.from({ length: blocks }, (): number[] => []),
  };
  for (let r = 0; r < rounds; r++) {
    for (let b = 0; b < blocks; b++) {
      const order = (r + b) % 2 === 0 ? (['subject', 'baseline'] as const) : (['baseline', 'subject'] as const);
      for (const side of order) {
        const run = side === 'subject' ? subject : baseline;
        const start = performance.now();
        await run(b * BLOCK, (b + 1) * BLOCK);
        times[side][b]!.push(performance.now() - start);
      }
    }
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const total = (per: number[][]) => per.reduce((sum, xs) => sum + median(xs), 0);
  return { subject: total(times.subject), baseline: total(times.baseline) };
}

export const benchmarks: Benchmark[] = [
  {
    name: 'keys: verify 1,000 keys, main (node:crypto) vs raw verify',
    async run() {
      const { keys, signed, trustedKeys } = await fixtures();
      const keyObject = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: sandboxPublicFile.publicKey }, format: 'jwk' });
      const raw: Run = async (from, to) => {
        for (let i = from; i < to; i++)
          if (!nodeVerify(null, signed[i]!.message, keyObject, signed[i]!.signature)) throw new Error('a raw verify failed');
      };
      const t = await pairedTimes(verifyKeys(keys, { trustedKeys, verifier: createNodeEd25519Verifier() }), raw);
      return {
        ...ratio({ label: 'verifyKey x1000 (node:crypto)', ms: t.subject }, { label: 'crypto.verify x1000', ms: t.baseline }, GOAL),
        details: { keys: COUNT, keyChars: keys[0]!.length },
      };
    },
  },
  {
    name: 'keys: verify 1,000 keys, renderer (WebCrypto) vs raw verify',
    async run() {
      const { keys, signed, trustedKeys, publicKey } = await fixtures();
      const subtle = globalThis.crypto.subtle;
      const cryptoKey = await subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
      const raw: Run = async (from, to) => {
        for (let i = from; i < to; i++) {
          if (!(await subtle.verify({ name: 'Ed25519' }, cryptoKey, signed[i]!.signature, signed[i]!.message)))
            throw new Error('a raw verify failed');
        }
      };
      const t = await pairedTimes(verifyKeys(keys, { trustedKeys, verifier: createWebCryptoEd25519Verifier(subtle) }), raw);
      return {
        ...ratio({ label: 'verifyKey x1000 (WebCrypto)', ms: t.subject }, { label: 'subtle.verify x1000', ms: t.baseline }, GOAL),
        details: { keys: COUNT, keyChars: keys[0]!.length, engine: `Node ${process.version} WebCrypto (stands in for the renderer's)` },
      };
    },
  },
];
