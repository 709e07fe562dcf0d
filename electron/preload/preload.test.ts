import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const exposed = vi.hoisted(() => ({ calls: [] as Array<[string, unknown]> }));
const fakeIpc = vi.hoisted(() => ({ invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.calls.push([key, api]) },
  ipcRenderer: fakeIpc,
}));

import type { ConexPreloadApi } from '../../shared/ipc/contract';
import { createPreloadApi } from './api';

/** An ipcRenderer stand-in with real events. */
function fakeRenderer() {
  const emitter = new EventEmitter();
  return {
    emitter,
    ipc: {
      invoke: vi.fn(async (): Promise<unknown> => undefined),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => emitter.on(channel, listener)),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => emitter.removeListener(channel, listener)),
    },
  };
}

describe('the preload', () => {
  beforeEach(() => {
    exposed.calls.length = 0;
  });

  it('exposes one object, window.conex, with only invoke and on', async () => {
    vi.resetModules();
    await import('./index');
    expect(exposed.calls).toHaveLength(1);
    const [key, api] = exposed.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('conex');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('sends a valid request and returns the validated response', async () => {
    const { ipc } = fakeRenderer();
    ipc.invoke.mockResolvedValueOnce({ encrypted: true });
    const api: ConexPreloadApi = createPreloadApi(ipc as never);
    expect(await api.invoke('secret:set', { key: 'api.token', value: 'v' })).toEqual({ encrypted: true });
    expect(ipc.invoke).toHaveBeenCalledWith('secret:set', { key: 'api.token', value: 'v' });
  });

  it('refuses channels outside the contract and invalid requests without sending them', async () => {
    const { ipc } = fakeRenderer();
    const api = createPreloadApi(ipc as never);
    await expect(api.invoke('fs:read-any' as never, { path: '/etc/passwd' } as never)).rejects.toThrow(/Unknown IPC channel/);
    await expect(api.invoke('shell:open-external', { url: 'file:///etc/passwd' })).rejects.toThrow();
    await expect(api.invoke('secret:get', { key: 'A KEY WITH SPACES' })).rejects.toThrow();
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('refuses a response outside the contract', async () => {
    const { ipc } = fakeRenderer();
    ipc.invoke.mockResolvedValueOnce({ state: 'downloading', percent: 'lots' });
    await expect(createPreloadApi(ipc as never).invoke('updater:download', undefined)).rejects.toThrow();
  });

  it('passes only valid event payloads to listeners, without the Electron event', () => {
    const { ipc, emitter } = fakeRenderer();
    const api = createPreloadApi(ipc as never);
    const seen: unknown[] = [];
    const off = api.on('menu:command', (payload) => seen.push(payload));
    emitter.emit('menu:command', { sender: 'secret' }, { command: 'navigate', target: 'quotes' });
    emitter.emit('menu:command', { sender: 'secret' }, { command: 'format-disk' });
    off();
    emitter.emit('menu:command', {}, { command: 'new-quote' });
    expect(seen).toEqual([{ command: 'navigate', target: 'quotes' }]);
    expect(emitter.listenerCount('menu:command')).toBe(0);
  });

  it('refuses to listen to events outside the contract', () => {
    const { ipc } = fakeRenderer();
    expect(() => createPreloadApi(ipc as never).on('ELECTRON_BROWSER_WINDOW_ALERT' as never, () => undefined)).toThrow(/Unknown IPC event/);
    expect(ipc.on).not.toHaveBeenCalled();
  });
});
