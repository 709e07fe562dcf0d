import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// electron-log needs a running Electron; a stand-in with the same shape records the configuration.
const fakeLog = vi.hoisted(() => ({
  transports: {
    file: { level: '', maxSize: 0, archiveLogFn: (_f: { path: string }) => undefined, getFile: () => ({ path: '/logs/main.log' }) },
    console: { level: '' as unknown },
  },
  hooks: [] as Array<(message: { data: unknown[] }) => { data: unknown[] }>,
  errorHandler: { startCatching: vi.fn() },
  info: vi.fn(),
  warn: vi.fn(),
  error: vi.fn(),
  debug: vi.fn(),
}));
vi.mock('electron-log/main', () => ({ default: fakeLog }));

import { logsFolder, setUpLogging } from './logging';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conex-log-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('logging', () => {
  const ipcMain = { removeAllListeners: vi.fn(), removeHandler: vi.fn() };
  setUpLogging(ipcMain as never, true);

  it('scrubs tokens and license keys from every message before it is written', () => {
    const hook = fakeLog.hooks[0];
    const out = hook?.({ data: ['sync failed', { licenseKey: 'CNX-SECRET', headers: { authorization: 'Bearer abcdefgh12345678' } }] });
    expect(JSON.stringify(out)).not.toMatch(/CNX-SECRET|abcdefgh12345678/);
  });

  it('rotates the file at 2 MB keeping three archives, and logs nothing to the console when packaged', async () => {
    expect(fakeLog.transports.file.maxSize).toBe(2 * 1024 * 1024);
    expect(fakeLog.transports.console.level).toBe(false);
    const file = join(dir, 'main.log');
    for (let i = 0; i < 5; i++) {
      await writeFile(file, `${i}`);
      fakeLog.transports.file.archiveLogFn({ path: file });
    }
    expect((await readdir(dir)).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log']);
  });

  it('removes electron-log’s own IPC channel, which nothing in the app uses', () => {
    expect(ipcMain.removeAllListeners).toHaveBeenCalledWith('__ELECTRON_LOG__');
    expect(ipcMain.removeHandler).toHaveBeenCalledWith('__ELECTRON_LOG__');
  });

  it('names the logs folder for Help > Open logs folder', () => {
    expect(logsFolder()).toBe('/logs');
  });
});
