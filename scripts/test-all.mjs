#!/usr/bin/env node
// Every check there is, in one command (`npm test`): static checks, Vitest, Playwright.
// Runs them all even when one fails, then prints one plain line: "N passed, N failed[, N skipped]",
// counting Vitest and Playwright tests together (a failed static check counts as one failure).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runKept } from './run-kept.mjs';
import { ensureTestTools, systemProbes } from './test-tools.mjs';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const only = process.argv.slice(2);
const want = (step) => only.length === 0 || only.includes(step);

const staticChecks = [
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ...(pkg.scripts?.security ? [['security', 'npm', ['run', '--silent', 'security']]] : []),
];

// Before anything runs: the stories' Chromium and pdftotext, installed when missing and possible, or one line saying what to install.
let chromiumPath;
if (want('e2e')) {
  const tools = ensureTestTools(systemProbes());
  if (!tools.ok) {
    console.error(tools.message);
    process.exit(1);
  }
  chromiumPath = tools.chromiumPath;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const summary = [];

function run(name, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  return { ok: r.status === 0, seconds };
}

/** Runs one check with its output kept, printed whole when it ends, so that checks running side by side do not interleave. */
async function runQuietly(name, cmd, args) {
  const started = Date.now();
  const { ok, output } = await runKept(cmd, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')} (${seconds}s)`);
  if (output.trim()) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  return { ok, seconds };
}

// The static checks run side by side: ESLint, Prettier and electronegativity are single-threaded, and one after
// another they left one of two cores idle for about 40 s while the type check waited its turn.
const checks = staticChecks.filter(([name]) => want(name));
const results = await Promise.all(checks.map(([name, cmd, args]) => runQuietly(name, cmd, args)));
checks.forEach(([name], i) => {
  const r = results[i];
  if (!r.ok) failed++;
  summary.push(`${name}: ${r.ok ? 'ok' : 'FAILED'} (${r.seconds}s)`);
});

if (want('unit')) {
  const file = join(reports, 'vitest.json');
  const r = run('vitest', 'npx', ['vitest', 'run'], { VITEST_JSON: file });
  if (existsSync(file)) {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    passed += j.numPassedTests ?? 0;
    failed += (j.numFailedTests ?? 0) + suitesThatFailedToLoad(j);
    skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
    summary.push(`vitest: ${j.numPassedTests} passed, ${j.numFailedTests} failed, ${j.numPendingTests} skipped (${r.seconds}s)`);
  } else {
    failed++;
    summary.push(`vitest: no report (${r.seconds}s)`);
  }
}

// A test file that fails to load has no failed test to count: count it once.
function suitesThatFailedToLoad(j) {
  return (j.testResults ?? []).filter((s) => s.status === 'failed' && !(s.assertionResults ?? []).some((a) => a.status === 'failed'))
    .length;
}

if (want('e2e')) {
  const file = join(reports, 'playwright.json');
  const r = run('playwright', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON: file, CHROMIUM_PATH: chromiumPath });
  if (existsSync(file)) {
    const s = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
    passed += (s.expected ?? 0) + (s.flaky ?? 0);
    failed += s.unexpected ?? 0;
    skipped += s.skipped ?? 0;
    summary.push(`playwright: ${s.expected ?? 0} passed, ${s.unexpected ?? 0} failed, ${s.skipped ?? 0} skipped (${r.seconds}s)`);
    if (!r.ok && !s.unexpected) failed++;
  } else {
    failed++;
    summary.push(`playwright: no report (${r.seconds}s)`);
  }
}

console.log('\n' + summary.join('\n'));
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
