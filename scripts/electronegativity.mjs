#!/usr/bin/env node
// `npm run security`: Electronegativity over electron/. Fails on any high or medium
// finding not explained in the reviewed exceptions file, on an exception that no
// longer matches a finding (so the file stays true), and on a file it could not parse.
// Options: --input <dir> (default electron), --exceptions <file> (default electron-security-exceptions.json).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const input = resolve(root, arg('input', 'electron'));
const exceptionsFile = resolve(root, arg('exceptions', 'electron-security-exceptions.json'));
const rel = (p) => relative(root, p).split('\\').join('/');

/** @returns {{ exceptions: Array<{ check: string, file: string, reason: string, reviewed: string }>, notes: Array<{ check: string, file: string, note: string }> }} */
function loadExceptions() {
  if (!existsSync(exceptionsFile)) return { exceptions: [], notes: [] };
  const { exceptions, notes = [] } = JSON.parse(readFileSync(exceptionsFile, 'utf8'));
  if (!Array.isArray(exceptions)) throw new Error(`${rel(exceptionsFile)}: "exceptions" must be a list`);
  for (const e of exceptions) {
    if (
      typeof e.check !== 'string' ||
      typeof e.file !== 'string' ||
      typeof e.reviewed !== 'string' ||
      typeof e.reason !== 'string' ||
      e.reason.trim().length < 40
    ) {
      throw new Error(
        `${rel(exceptionsFile)}: each exception needs a check, a file, a reviewed date and a reason of a sentence or more: ${JSON.stringify(e)}`,
      );
    }
  }
  return { exceptions, notes };
}

const { exceptions, notes } = loadExceptions();
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const electronegativity = require('@doyensec/electronegativity');
const result = await (electronegativity.default ?? electronegativity)({
  input,
  isRelative: true,
  // electron/ has no package.json to read the version from; the installed Electron is the one shipped.
  electronVersionOverride: electronVersion,
  // That check downloads Electron's release list; keeping Electron current is the dependency updates' job.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
});

const blocking = (issue) => issue.severity.name === 'HIGH' || issue.severity.name === 'MEDIUM';
const fileOf = (issue) => (issue.file === 'N/A' ? 'N/A' : rel(join(input, issue.file)));
const used = new Set();
const unexplained = [];
const explained = [];
for (const issue of result.issues) {
  if (!blocking(issue)) continue;
  const match = exceptions.find((e) => e.check === issue.id && e.file === fileOf(issue));
  if (match) {
    used.add(match);
    explained.push({ issue, match });
  } else unexplained.push(issue);
}
const stale = exceptions.filter((e) => !used.has(e));
const parseErrors = result.errors.filter((e) => !e.tolerable);
const count = (name) => result.issues.filter((i) => i.severity.name === name).length;
const where = (issue) => `${fileOf(issue)}:${issue.location.line}`;

console.log(
  `Electronegativity ${rel(input)}/ (Electron ${electronVersion}, ${result.globalChecks + result.atomicChecks} checks): ` +
    `${count('HIGH')} high, ${count('MEDIUM')} medium, ${count('LOW')} low, ${count('INFORMATIONAL')} informational.`,
);
for (const { issue, match } of explained)
  console.log(`  explained  ${issue.severity.name} ${issue.id} at ${where(issue)}: ${match.reason}`);
for (const issue of result.issues.filter((i) => !blocking(i))) {
  const note = notes.find((n) => n.check === issue.id && n.file === fileOf(issue));
  console.log(`  noted      ${issue.severity.name} ${issue.id} at ${where(issue)}: ${issue.description}${note ? ` (${note.note})` : ''}`);
}
for (const issue of unexplained)
  console.log(`  FAILED     ${issue.severity.name} ${issue.id} at ${where(issue)}: ${issue.description} (${issue.shortenedURL})`);
for (const e of stale)
  console.log(
    `  FAILED     stale exception ${e.check} in ${e.file}: it matches no finding any more; remove it from ${rel(exceptionsFile)}.`,
  );
for (const e of parseErrors) console.log(`  FAILED     could not parse ${e.file}: ${e.message}`);

const failures = unexplained.length + stale.length + parseErrors.length;
console.log(failures === 0 ? 'Security check passed.' : `Security check failed: ${failures} problem(s).`);
process.exit(failures === 0 ? 0 : 1);
