import type { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenedFile } from '../services/opened-files';
import { receiveOpenedFiles } from './opened-file-inbox';

const fake = vi.hoisted(() => ({ app: null as unknown as EventEmitter }));
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  fake.app = new Emitter();
  return { app: fake.app };
});

let dir: string;
let ready: boolean;
let delivered: string[];
let warnings: string[];
let focused: number;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conex-inbox-'));
  await writeFile(join(dir, 'site.conexbackup'), '{}');
  await writeFile(join(dir, 'all.conexkeys'), '# SEN-00000001 Main Library');
  await writeFile(join(dir, 'server.conexrequest'), '{}');
  ready = false;
  delivered = [];
  warnings = [];
  focused = 0;
  fake.app.removeAllListeners();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const inbox = () =>
  receiveOpenedFiles({
    pageReady: () => ready,
    deliver: (file: OpenedFile) => delivered.push(file.name),
    focusWindow: () => focused++,
    warn: (message) => warnings.push(message),
  });

describe('files the system asks the app to open', () => {
  it('a keys file on the launch command line waits for the page, which takes it once', async () => {
    const files = inbox();
    await files.openFromArgv(['--no-sandbox', join(dir, 'all.conexkeys')]);
    expect(delivered).toEqual([]);
    expect(files.take()?.name).toBe('all.conexkeys');
    expect(files.take()).toBeNull();
  });

  it('a second launch with a key request and a backup hands both to the running page and focuses it', async () => {
    inbox();
    ready = true;
    fake.app.emit('second-instance', {}, ['conex-license-manager', join(dir, 'server.conexrequest'), join(dir, 'site.conexbackup')]);
    await vi.waitFor(() => expect(delivered).toEqual(['server.conexrequest', 'site.conexbackup']));
    expect(focused).toBe(1);
  });

  it("macOS 'open-file' delivers a keys file and keeps the system from handling it", async () => {
    inbox();
    ready = true;
    const preventDefault = vi.fn();
    fake.app.emit('open-file', { preventDefault }, join(dir, 'all.conexkeys'));
    await vi.waitFor(() => expect(delivered).toEqual(['all.conexkeys']));
    expect(preventDefault).toHaveBeenCalled();
  });

  it('a missing or foreign file is logged and never reaches the page', async () => {
    inbox();
    ready = true;
    fake.app.emit('open-file', { preventDefault() {} }, join(dir, 'gone.conexkeys'));
    fake.app.emit('open-file', { preventDefault() {} }, join(dir, 'notes.txt'));
    await vi.waitFor(() => expect(warnings).toHaveLength(2));
    expect(delivered).toEqual([]);
  });
});
