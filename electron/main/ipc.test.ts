import { describe, expect, it, vi } from 'vitest';
import { fakeIpcMain } from './ipc-test-kit';
import { isTrustedSender, sendEvent } from './ipc';
import { isAppUrl } from '../services/app-origin';

describe('IPC: one typed, checked entry point', () => {
  it('answers the app own top frame', async () => {
    const { registry, invoke } = fakeIpcMain();
    registry.handle('app:system-locale', () => 'fr-FR');
    expect(await invoke('app:system-locale', undefined)).toBe('fr-FR');
  });

  it.each([
    ['a page from the internet', { url: 'https://evil.example/', parent: null }],
    ['a local file', { url: 'file:///tmp/x.html', parent: null }],
    ['a subframe of the app', { url: 'app://conex/index.html', parent: { url: 'app://conex/index.html' } }],
    ['a frame that is gone', null],
  ])('refuses a message from %s', async (_name, frame) => {
    const { registry, invoke, warnings } = fakeIpcMain();
    const handler = vi.fn(() => 'en');
    registry.handle('app:system-locale', handler);
    await expect(invoke('app:system-locale', undefined, frame)).rejects.toThrow(/sender not allowed/);
    expect(handler).not.toHaveBeenCalled();
    expect(warnings).toHaveLength(1);
  });

  it('refuses a request that does not match the contract, before the handler runs', async () => {
    const { registry, invoke } = fakeIpcMain();
    const handler = vi.fn(async () => null);
    registry.handle('secret:get', handler);
    await expect(invoke('secret:get', { key: '../../etc/passwd' })).rejects.toThrow(/invalid request/);
    await expect(invoke('secret:get', 'api.token')).rejects.toThrow(/invalid request/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses to send a response outside the contract', async () => {
    const { registry, invoke } = fakeIpcMain();
    registry.handle('secret:set', async () => ({ encrypted: 'yes' }) as unknown as { encrypted: boolean });
    await expect(invoke('secret:set', { key: 'api.token', value: 'x' })).rejects.toThrow();
  });

  it('registers each channel once', () => {
    const { registry } = fakeIpcMain();
    registry.handle('app:system-locale', () => 'en');
    expect(() => registry.handle('app:system-locale', () => 'en')).toThrow(/twice/);
  });

  it('trusts the dev server only when it is the given origin', () => {
    const frame = { url: 'http://localhost:5173/', parent: null };
    expect(isTrustedSender(frame, (u) => isAppUrl(u))).toBe(false);
    expect(isTrustedSender(frame, (u) => isAppUrl(u, 'http://localhost:5173'))).toBe(true);
  });

  it('sends only events that match the contract, and none to a closed window', () => {
    const contents = { send: vi.fn(), isDestroyed: () => false };
    sendEvent(contents, 'notify:clicked', { id: 'maint-1' });
    expect(contents.send).toHaveBeenCalledWith('notify:clicked', { id: 'maint-1' });
    expect(() => sendEvent(contents, 'updater:status', { state: 'downloading', percent: 140 })).toThrow();
    const closed = { send: vi.fn(), isDestroyed: () => true };
    sendEvent(closed, 'notify:clicked', { id: 'x' });
    expect(closed.send).not.toHaveBeenCalled();
  });
});
