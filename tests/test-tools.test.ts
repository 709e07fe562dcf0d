import { describe, expect, it } from 'vitest';
import { ensureTestTools, type Probes } from '../scripts/test-tools.mjs';

/**
 * A machine as the probes see it: which commands exist, which binaries start, whether apt-get works
 * as root and whether Playwright's Chromium can be downloaded. Installers change the machine as the
 * real ones would, and every call is recorded.
 */
function machine(
  start: {
    commands?: string[];
    broken?: string[];
    root?: boolean;
    aptWorks?: boolean;
    playwrightDownloads?: boolean;
    playwrightChromium?: string;
    chromiumPath?: string;
  } = {},
) {
  const commands = new Set(start.commands ?? []);
  const broken = new Set(start.broken ?? []);
  let own = start.playwrightChromium ?? null;
  const calls: string[] = [];
  const lines: string[] = [];
  const path = (c: string) => (c.startsWith('/') ? c : `/usr/bin/${c}`);
  const probes: Probes = {
    chromiumPath: start.chromiumPath,
    which: (c) => (commands.has(c) ? path(c) : null),
    runs: (p) => !broken.has(p) && ([...commands].map(path).includes(p) || p === own || p === start.chromiumPath),
    canApt: () => start.root ?? false,
    aptInstall: (packages) => {
      calls.push(`apt-get install ${packages.join(' ')}`);
      if (!start.aptWorks) return false;
      if (packages.includes('chromium')) commands.add('chromium');
      if (packages.includes('poppler-utils')) commands.add('pdftotext');
      return true;
    },
    playwrightChromium: () => own,
    downloadPlaywrightChromium: () => {
      calls.push('playwright install chromium');
      if (start.playwrightDownloads) own = '/root/.cache/ms-playwright/chromium/chrome';
      return start.playwrightDownloads ?? false;
    },
    log: (line) => lines.push(line),
  };
  return { probes, calls, lines };
}

describe('what npm test makes sure of before anything runs', () => {
  it('uses Debianʼs chromium and pdftotext when both are there, installing nothing', () => {
    const m = machine({ commands: ['chromium', 'pdftotext'], root: true, aptWorks: true });
    expect(ensureTestTools(m.probes)).toEqual({ ok: true, chromiumPath: '/usr/bin/chromium', source: 'system' });
    expect(m.calls).toEqual([]);
  });

  it('uses the Chromium CHROMIUM_PATH names, even where none is on the PATH', () => {
    const m = machine({ commands: ['pdftotext'], chromiumPath: '/opt/chromium/chrome' });
    expect(ensureTestTools(m.probes)).toEqual({ ok: true, chromiumPath: '/opt/chromium/chrome', source: 'system' });
    expect(m.calls).toEqual([]);
  });

  it('installs only what is missing with apt-get when it runs as root on Debian', () => {
    const m = machine({ commands: [], root: true, aptWorks: true, playwrightDownloads: true });
    expect(ensureTestTools(m.probes)).toEqual({ ok: true, chromiumPath: '/usr/bin/chromium', source: 'system' });
    expect(m.calls).toEqual(['apt-get install chromium poppler-utils']);
    expect(m.lines).toEqual(['npm test: installing chromium and poppler-utils from Debian (apt-get)']);

    const onlyPoppler = machine({ commands: ['chromium'], root: true, aptWorks: true });
    expect(ensureTestTools(onlyPoppler.probes)).toMatchObject({ ok: true });
    expect(onlyPoppler.calls).toEqual(['apt-get install poppler-utils']);
  });

  it('reinstalls a chromium that is on the PATH but does not start', () => {
    const m = machine({ commands: ['chromium', 'pdftotext'], broken: ['/usr/bin/chromium'], root: true, aptWorks: false });
    m.probes.aptInstall = (packages) => {
      m.calls.push(`apt-get install ${packages.join(' ')}`);
      m.probes.runs = () => true;
      return true;
    };
    expect(ensureTestTools(m.probes)).toEqual({ ok: true, chromiumPath: '/usr/bin/chromium', source: 'system' });
    expect(m.calls).toEqual(['apt-get install chromium']);
  });

  it('downloads Playwrightʼs own Chromium when no system one can be had, and points the tests at it', () => {
    const notRoot = machine({ commands: ['pdftotext'], root: false, playwrightDownloads: true });
    expect(ensureTestTools(notRoot.probes)).toEqual({
      ok: true,
      chromiumPath: '/root/.cache/ms-playwright/chromium/chrome',
      source: 'playwright',
    });
    expect(notRoot.calls).toEqual(['playwright install chromium']);

    // apt-get failing (no network to Debian's mirrors) falls back the same way.
    const aptFails = machine({ commands: ['pdftotext'], root: true, aptWorks: false, playwrightDownloads: true });
    expect(ensureTestTools(aptFails.probes)).toMatchObject({ ok: true, source: 'playwright' });
    expect(aptFails.calls).toEqual(['apt-get install chromium', 'playwright install chromium']);
    expect(aptFails.lines).toContain('npm test: apt-get could not install chromium');
  });

  it('uses Playwrightʼs Chromium already downloaded without downloading it again', () => {
    const m = machine({ commands: ['pdftotext'], playwrightChromium: '/cache/chrome' });
    expect(ensureTestTools(m.probes)).toEqual({ ok: true, chromiumPath: '/cache/chrome', source: 'playwright' });
    expect(m.calls).toEqual([]);
  });

  it('stops at once with one line naming what to install and how when nothing can be installed', () => {
    const m = machine({ commands: [], root: false, playwrightDownloads: false });
    const result = ensureTestTools(m.probes);
    expect(result).toEqual({
      ok: false,
      message:
        'npm test needs a Chromium browser and pdftotext: install them with `sudo apt-get install -y chromium poppler-utils` on Debian or Ubuntu, or point CHROMIUM_PATH at a Chromium binary, then run npm test again.',
    });
    expect(m.calls).toEqual(['playwright install chromium']);
    if (!result.ok) expect(result.message).not.toContain('\n');
  });

  it('names only pdftotext when Chromium was found but poppler-utils cannot be installed', () => {
    const m = machine({ commands: [], root: false, playwrightDownloads: true });
    expect(ensureTestTools(m.probes)).toEqual({
      ok: false,
      message:
        'npm test needs pdftotext: install it with `sudo apt-get install -y poppler-utils` on Debian or Ubuntu, then run npm test again.',
    });
  });
});
