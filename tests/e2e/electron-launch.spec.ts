import { _electron as electron, expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronBinary } from '../../scripts/electron-binary.mjs';

const root = join(import.meta.dirname, '..', '..');
const binary = electronBinary();

test.describe('An administrator starts the desktop app', () => {
  // Where Electron's binary could not be downloaded (no GitHub), this story reports itself skipped with the reason.
  test.skip(
    !binary.usable,
    `Electron's binary is not usable on this machine (${binary.usable ? '' : binary.reason}); the desktop launch runs where it is.`,
  );

  test.beforeAll(() => {
    execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  });

  test('opens About from the Help menu and finds the version, in a locked-down window', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'conex-electron-'));
    const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
    const app = await electron.launch({
      executablePath: binary.usable ? binary.path : '',
      args: [root, `--user-data-dir=${profile}`],
      cwd: root,
    });
    try {
      const window = await app.firstWindow();
      await expect(window.locator('body[data-ready="true"]')).toBeAttached();
      expect(window.url()).toMatch(/^app:\/\/conex\//);

      // Playwright cannot open a native menu; clicking the item runs exactly what the user's click runs.
      await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('help.about')?.click());
      await expect(window.getByTestId('app-version')).toHaveText(version);
      await expect(window.getByText(/Electron/).first()).toBeVisible();

      // The page has the contract and nothing of Node.
      const surface = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        conex: Object.keys((globalThis as { conex?: object }).conex ?? {}).sort(),
      }));
      expect(surface).toEqual({ require: 'undefined', process: 'undefined', conex: ['invoke', 'on'] });
    } finally {
      await app.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});
