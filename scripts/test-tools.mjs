#!/usr/bin/env node
// What `npm test` needs beyond npm's packages, made sure of before anything runs: a Chromium for the
// Playwright stories and pdftotext (Debian's poppler-utils) for the stories that read quote PDFs.
// On a fresh machine the README's command must do its own set-up, or stop at once with one line that
// says what to install, rather than fail every story one by one.
// `node scripts/test-tools.mjs` runs this step alone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The Debian packages the tests use, by the command each provides. */
const DEBIAN = { chromium: 'chromium', pdftotext: 'poppler-utils' };

/**
 * Finds or installs the tools, in this order: what is already there (CHROMIUM_PATH, then `chromium` on the
 * PATH); Debian's packages through apt-get when this is root on Debian; Playwright's own Chromium when no
 * system one could be had. Every check and installer comes from `probes`, so each path can be tested.
 * @param {import('./test-tools.d.mts').Probes} probes
 * @returns {import('./test-tools.d.mts').ToolsResult}
 */
export function ensureTestTools(probes) {
  const systemChromium = () => {
    if (probes.chromiumPath && probes.runs(probes.chromiumPath)) return probes.chromiumPath;
    const found = probes.which('chromium');
    return found && probes.runs(found) ? found : null;
  };
  let chromium = systemChromium();
  let pdftotext = probes.which('pdftotext') !== null;

  const debs = [...(chromium ? [] : [DEBIAN.chromium]), ...(pdftotext ? [] : [DEBIAN.pdftotext])];
  if (debs.length > 0 && probes.canApt()) {
    probes.log(`npm test: installing ${debs.join(' and ')} from Debian (apt-get)`);
    if (!probes.aptInstall(debs)) probes.log(`npm test: apt-get could not install ${debs.join(' and ')}`);
    chromium = systemChromium();
    pdftotext = probes.which('pdftotext') !== null;
  }

  let source = 'system';
  if (!chromium) {
    let own = probes.playwrightChromium();
    if (!own || !probes.runs(own)) {
      probes.log("npm test: no system Chromium; downloading Playwright's own Chromium");
      if (probes.downloadPlaywrightChromium()) own = probes.playwrightChromium();
    }
    if (own && probes.runs(own)) {
      chromium = own;
      source = 'playwright';
    }
  }

  const missing = [...(chromium ? [] : ['a Chromium browser']), ...(pdftotext ? [] : ['pdftotext'])];
  if (missing.length > 0) {
    const debNames = [...(chromium ? [] : [DEBIAN.chromium]), ...(pdftotext ? [] : [DEBIAN.pdftotext])].join(' ');
    return {
      ok: false,
      message:
        `npm test needs ${missing.join(' and ')}: install ${missing.length > 1 ? 'them' : 'it'} with \`sudo apt-get install -y ${debNames}\` on Debian or Ubuntu` +
        (chromium ? '' : ', or point CHROMIUM_PATH at a Chromium binary') +
        ', then run npm test again.',
    };
  }
  return { ok: true, chromiumPath: /** @type {string} */ (chromium), source };
}

/** @param {string} command @returns {string | null} the command's path on the PATH, or null */
function which(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, command))) return join(dir, command);
  }
  return null;
}

/** @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
function quiet(command, args, env) {
  const r = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 15 * 60_000 });
  return r.status === 0;
}

/** @returns {import('./test-tools.d.mts').Probes} the probes of this machine */
export function systemProbes() {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  return {
    chromiumPath: process.env.CHROMIUM_PATH || undefined,
    which,
    // A browser that is on disk but lacks its libraries is as good as none.
    runs: (path) => existsSync(path) && quiet(path, ['--headless', '--no-sandbox', '--version']),
    canApt: () => process.getuid?.() === 0 && existsSync('/etc/debian_version') && which('apt-get') !== null,
    aptInstall: (packages) =>
      quiet('apt-get', ['update', '-qq']) &&
      quiet('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { DEBIAN_FRONTEND: 'noninteractive' }),
    playwrightChromium: () => {
      // Where Playwright keeps the Chromium it downloads (its browsers folder); the path is known before the download.
      const path = /** @type {{ chromium: { executablePath(): string } }} */ (require('playwright-core')).chromium.executablePath();
      return existsSync(path) ? path : null;
    },
    downloadPlaywrightChromium: () => quiet(npx, ['playwright', 'install', 'chromium']),
    log: (line) => console.log(line),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = ensureTestTools(systemProbes());
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
  console.log(`npm test: Chromium at ${result.chromiumPath}${result.source === 'playwright' ? " (Playwright's own)" : ''}`);
}
