import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../../scripts/build-cli.mjs';
import { bundledVersions, productName } from '../../cli/catalogue';
import { licenseDescriber } from '../../cli/describe';
import { en } from '../../cli/i18n/en';
import { translator } from '../../cli/i18n/translate';
import { PRODUCT_IDS as PRODUCTS } from '../../shared/catalog-lists';
import { writeKeysFile } from '../../shared/keys/keys-file';
import { makeTestKey, samplePayload, sandboxPublicFile } from '../fixtures/keys';
import { ratio, timing, type Benchmark } from './harness';

/**
 * Issue 19: the `conex` command line, run as a user runs it (a child process
 * of the built file), against baselines doing the same work in the same run,
 * alternating: `key verify` of 1,000 keys against a bare Node script that
 * reads, parses and verifies the same 1,000 keys with node:crypto and prints
 * the same text (goal 1.2x);
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
 * The raw baseline, the least work that does what `conex key verify` does for this file: read it, take each armoured
 * block and the line it starts on, split the key into its signed part and signature, decode the payload and parse its
 * JSON, pick the public key its kid names (each trusted key imported once), verify, and print what `conex` prints of a
 * genuine key: its fields under padded labels, its version's support and its status (days left counted per key), then
 * the summary, in one blocking write. The texts `conex` makes once per run (product names, the version line, computed
 * with the app's own rules by the bench) come as an argument; the rest is English written in. The bench checks that
 * both print the same bytes, so neither does less than the other. It fails unless every key is genuine and active.
 */
const RAW_VERIFY = `
const { readFileSync, writeSync } = require('node:fs');
const { createPublicKey, verify } = require('node:crypto');
const [file, trustedKid, x, perRun] = process.argv.slice(2);
const { products, versions } = JSON.parse(perRun);
const keys = new Map([[trustedKid, createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' })]]);
const labels = ['Support Entitlement Number (SEN)', 'Entity', 'Product', 'Tier', 'License type', 'Server ID', 'Licensee', 'Issued',
  'Maintenance start', 'Maintenance end', 'Evaluation end', 'Major version', 'Status'];
const width = Math.max(...labels.map((l) => l.length));
const [sen, entity, product, tier, type, serverId, licensee, issued, start, end, , major, status] = labels.map((l) => '  ' + l.padEnd(width) + '  ');
const TYPES = { commercial: 'Commercial', academic: 'Academic', evaluation: 'Evaluation' };
const DEPLOYMENTS = { server: 'Server', cloud: 'Cloud' };
const now = new Date();
const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86400000;
const newlines = (text) => { let n = 0; for (let i = text.indexOf('\\n'); i >= 0; i = text.indexOf('\\n', i + 1)) n++; return n; };
const chunks = readFileSync(file, 'utf8').split('-----BEGIN CONEX LICENSE-----');
const out = [];
let line = 1 + newlines(chunks[0]);
for (let i = 1; i < chunks.length; i++) {
  const at = line;
  line += newlines(chunks[i]);
  const text = chunks[i].split('-----END CONEX LICENSE-----')[0].replace(/\\s+/g, '');
  const [prefix, payload, signature] = text.split('.');
  const p = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  const key = keys.get(p.kid);
  if (prefix !== 'CX1' || !key || !verify(null, Buffer.from(prefix + '.' + payload), key, Buffer.from(signature, 'base64url'))) throw new Error('key ' + i + ' refused');
  const left = Date.parse(p.maintenanceEnd) / 86400000 - today;
  if (p.type === 'evaluation' || left <= 90) throw new Error('the baseline prints active licenses only');
  out.push((i > 1 ? '\\n' : '') + file + ', key ' + i + ' (line ' + at + '): Genuine key' + (p.kid === 'conex-sandbox-test' ? ' (Test key from the Conex sandbox)' : '') + '\\n' +
    sen + p.sen + '\\n' + entity + p.entity + '\\n' + product + products[p.product] + ', ' + DEPLOYMENTS[p.deployment] + '\\n' +
    tier + p.tier + '\\n' + type + TYPES[p.type] + '\\n' + serverId + p.serverId + '\\n' + licensee + p.licensee + '\\n' + issued + p.issued + '\\n' +
    start + p.maintenanceStart + '\\n' + end + p.maintenanceEnd + '\\n' + major + versions[p.majorVersion] + '\\n' +
    status + 'Active: ends in ' + left + (left === 1 ? ' day' : ' days') + '\\n');
}
out.push('\\n' + (chunks.length - 1) + ' of ' + (chunks.length - 1) + ' keys genuine.\\n');
const bytes = Buffer.from(out.join(''));
for (let o = 0; o < bytes.length; ) o += writeSync(1, bytes, o);
`;

/** What `conex` makes once per run and the baseline is handed: product names, and each version's line as the app words it today. */
function perRunTexts(): string {
  const describe = licenseDescriber({ t: translator('en', en), now: new Date() }, bundledVersions());
  const versions = Object.fromEntries(
    bundledVersions().map((v) => [
      v.major,
      describe({ ...samplePayload({ majorVersion: v.major }), maintenanceEnd: '2099-01-01' }).eolText,
    ]),
  );
  return JSON.stringify({ products: Object.fromEntries(PRODUCTS.map((id) => [id, productName(id)])), versions });
}

function output(args: string[]): string {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C.UTF-8' } });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

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
      const subject = [bin, 'key', 'verify', thousand];
      const baseline = [raw, thousand, sandboxPublicFile.kid, sandboxPublicFile.publicKey, perRunTexts()];
      const printed = output(subject);
      if (output(baseline) !== printed) throw new Error('The raw baseline no longer prints what conex key verify prints: make them match.');
      const t = paired(
        () => timed(subject, 0),
        () => timed(baseline, 0),
      );
      return {
        ...ratio(timing('conex key verify (1,000 keys)', t.s), timing('node: read, parse, crypto.verify, print x1000', t.b), 1.2),
        details: { keys: 1000, runs: RUNS, stdoutBytes: Buffer.byteLength(printed) },
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
