import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../../scripts/build-cli.mjs';
import { writeKeysFile } from '../../shared/keys/keys-file';
import { makeTestKey, sandboxPublicFile } from '../fixtures/keys';
import { ratio, timing, type Benchmark } from './harness';

/**
 * Issue 19: the `conex` command line, run as a user runs it (a child process
 * of the built file), against baselines doing the same work in the same run,
 * alternating: `key verify` of 1,000 keys against a bare Node script that
 * reads, parses and verifies the same 1,000 keys with node:crypto (goal 1.2x);
 * `--version` and `check` of 100 licenses against `node -e ''`, Node starting
 * and doing nothing (goal 2x).
 */
const RUNS = 9;
const dir = mkdtempSync(join(tmpdir(), 'conex-bench-'));

async function keysFile(count: number, name: string): Promise<string> {
  const keys = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      makeTestKey({ sen: `SEN-${String(10_000_000 + i)}`, entity: `Library ${i}`, maintenanceEnd: '2099-01-01' }),
    ),
  );
  const path = join(dir, name);
  writeFileSync(
    path,
    writeKeysFile(keys.map((canonical, i) => ({ canonical, sen: `SEN-${String(10_000_000 + i)}`, entity: `Library ${i}` }))),
  );
  return path;
}

/**
 * The raw baseline, the least work that verifies the same keys: read the file, take each armoured block, split the
 * key into its signed part and signature, decode the payload and parse its JSON, pick the public key its kid names
 * (each trusted key imported once), and verify. It prints nothing and fails unless every key is genuine; `conex`
 * also checks every field and prints every key, which is its own work to make cheap.
 */
const RAW_VERIFY = `
const { readFileSync } = require('node:fs');
const { createPublicKey, verify } = require('node:crypto');
const keys = new Map([[process.argv[3], createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: process.argv[4] }, format: 'jwk' })]]);
const blocks = readFileSync(process.argv[2], 'utf8').split('-----BEGIN CONEX LICENSE-----').slice(1);
let good = 0;
for (const block of blocks) {
  const text = block.split('-----END CONEX LICENSE-----')[0].replace(/\\s+/g, '');
  const [prefix, payload, signature] = text.split('.');
  const { kid } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  const key = keys.get(kid);
  if (prefix === 'CX1' && key && verify(null, Buffer.from(prefix + '.' + payload), key, Buffer.from(signature, 'base64url'))) good++;
}
if (good !== blocks.length) throw new Error(good + ' of ' + blocks.length + ' genuine');
`;

function timed(args: string[], expectCode: number): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C.UTF-8' } });
  const ms = performance.now() - start;
  if (r.status !== expectCode) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Subject and baseline, alternating which goes first, after one untimed run of each. */
function paired(subject: () => number, baseline: () => number) {
  subject();
  baseline();
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (i % 2 === 0) {
      s.push(subject());
      b.push(baseline());
    } else {
      b.push(baseline());
      s.push(subject());
    }
  }
  return { s, b };
}

let built: Promise<{ bin: string; thousand: string; hundred: string }> | undefined;
function fixtures() {
  built ??= (async () => ({
    bin: await buildCli({ sandbox: true }),
    thousand: await keysFile(1000, 'thousand.conexkeys'),
    hundred: await keysFile(100, 'hundred.conexkeys'),
  }))();
  return built;
}

export const benchmarks: Benchmark[] = [
  {
    name: 'cli: conex key verify of 1,000 keys vs the same verifies with raw node:crypto',
    async run() {
      const { bin, thousand } = await fixtures();
      const raw = join(dir, 'raw-verify.cjs');
      writeFileSync(raw, RAW_VERIFY);
      const t = paired(
        () => timed([bin, 'key', 'verify', thousand], 0),
        () => timed([raw, thousand, sandboxPublicFile.kid, sandboxPublicFile.publicKey], 0),
      );
      return {
        ...ratio(timing('conex key verify (1,000 keys)', t.s), timing('node: read, parse, crypto.verify x1000', t.b), 1.2),
        details: { keys: 1000, runs: RUNS },
      };
    },
  },
  {
    name: "cli: conex --version vs node -e ''",
    async run() {
      const { bin } = await fixtures();
      const t = paired(
        () => timed([bin, '--version'], 0),
        () => timed(['-e', ''], 0),
      );
      return ratio(timing('conex --version', t.s), timing("node -e ''", t.b), 2);
    },
  },
  {
    name: "cli: conex check of 100 licenses vs node -e ''",
    async run() {
      const { bin, hundred } = await fixtures();
      const t = paired(
        () => timed([bin, 'check', hundred], 0),
        () => timed(['-e', ''], 0),
      );
      return { ...ratio(timing('conex check (100 licenses)', t.s), timing("node -e ''", t.b), 2), details: { licenses: 100, runs: RUNS } };
    },
  },
];
