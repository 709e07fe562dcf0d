import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The window module is the real one; only Electron's classes are stand-ins that record what they are given.
const created = vi.hoisted(() => ({ options: [] as unknown[] }));
vi.mock('electron', () => {
  class BrowserWindow {
    constructor(options: unknown) {
      created.options.push(options);
    }
    maximize() {}
    once() {}
    on() {}
    isDestroyed() {
      return false;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1000, height: 700 };
    }
    async loadURL() {}
  }
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  return { BrowserWindow, screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] } };
});

import { isAppUrl } from '../services/app-origin';
import { serveAppProtocol } from './app-protocol';
import { contentSecurityPolicy } from './csp';

const CONTENT_SECURITY_POLICY = contentSecurityPolicy('https://api.conex.example');
import { hardenSession, hardenWebContents } from './hardening';
import { createMainWindow } from './main-window';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conex-security-'));
  created.options.length = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the app window (Electron security checklist)', () => {
  async function webPreferences(devTools = false) {
    await createMainWindow({
      stateFile: join(dir, 'w.json'),
      preload: '/app/out/preload/index.cjs',
      devTools,
      title: 'Conex',
      url: 'app://conex/index.html',
      onError: () => undefined,
    });
    expect(created.options).toHaveLength(1);
    return (created.options[0] as { webPreferences: Record<string, unknown> }).webPreferences;
  }

  it('isolates and sandboxes the renderer, with no Node in it', async () => {
    const prefs = await webPreferences();
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content, experimental features and <webview>', async () => {
    const prefs = await webPreferences();
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(String(prefs.disableBlinkFeatures)).toContain('Auxclick');
  });

  it('sets nothing else in the web preferences, and developer tools only when asked', async () => {
    expect(Object.keys(await webPreferences(false)).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'devTools',
        'disableBlinkFeatures',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
    created.options.length = 0;
    expect((await webPreferences(true)).devTools).toBe(true);
  });
});

type Listener = (...args: unknown[]) => void;
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    fire(event: string, url?: string) {
      const e = { preventDefault: vi.fn() };
      listeners.get(event)?.(e, url);
      return e.preventDefault.mock.calls.length > 0;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('navigation and new windows', () => {
  function harden() {
    const contents = fakeContents();
    const openInBrowser = vi.fn();
    hardenWebContents(contents as never, { isAppUrl: (u) => isAppUrl(u), openInBrowser, warn: vi.fn() });
    return { contents, openInBrowser };
  }

  it('stays inside the app and sends https links to the system browser', () => {
    const { contents, openInBrowser } = harden();
    expect(contents.fire('will-navigate', 'app://conex/index.html#/quotes')).toBe(false);
    expect(contents.fire('will-navigate', 'https://conex.dz/pricing')).toBe(true);
    expect(openInBrowser).toHaveBeenCalledWith('https://conex.dz/pricing');
  });

  it('blocks navigation to files, other schemes and redirects away from the app', () => {
    const { contents, openInBrowser } = harden();
    for (const url of ['file:///etc/passwd', 'http://conex.dz/', 'javascript:alert(1)', 'app://other/index.html']) {
      expect(contents.fire('will-navigate', url), url).toBe(true);
    }
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(openInBrowser).not.toHaveBeenCalled();
  });

  it('denies every new window, and never attaches a <webview>', () => {
    const { contents, openInBrowser } = harden();
    expect(contents.open('https://conex.dz/')).toEqual({ action: 'deny' });
    expect(contents.open('app://conex/index.html')).toEqual({ action: 'deny' });
    expect(contents.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openInBrowser).toHaveBeenCalledTimes(1);
    expect(contents.fire('will-attach-webview')).toBe(true);
  });
});

describe('permissions and headers', () => {
  function harden() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
      webRequest: { onHeadersReceived: (h: never) => (handlers.headers = h) },
    };
    hardenSession(session as never, { isAppUrl: (u) => isAppUrl(u), warn: vi.fn(), csp: CONTENT_SECURITY_POLICY });
    return handlers as Record<string, (...args: unknown[]) => unknown>;
  }

  it('denies every permission request and check by default', () => {
    const handlers = harden();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      handlers.request?.({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(handlers.check?.({}, permission)).toBe(false);
    }
    expect(handlers.device?.({})).toBe(false);
  });

  it('adds the CSP header to the app pages only', () => {
    const handlers = harden();
    const callback = vi.fn();
    handlers.headers?.({ url: 'app://conex/index.html', responseHeaders: {} }, callback);
    expect(callback.mock.calls[0]?.[0].responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    handlers.headers?.({ url: 'https://api.conex.dz/v1/licenses', responseHeaders: {} }, callback);
    expect(callback.mock.calls[1]?.[0]).toEqual({});
  });
});

describe('the app:// protocol', () => {
  it('serves the app files with the CSP header, and nothing outside them', async () => {
    let handler: ((request: { url: string; method: string }) => Promise<Response>) | undefined;
    serveAppProtocol({ handle: (_scheme: string, h: never) => (handler = h) } as never, dir, CONTENT_SECURITY_POLICY);
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Conex</title>');
    await writeFile(join(tmpdir(), 'conex-outside.txt'), 'secret');
    const get = (url: string, method = 'GET') => (handler as NonNullable<typeof handler>)({ url, method });

    const page = await get('app://conex/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>Conex</title>');
    expect((await get('app://conex/assets/..%2F..%2Fconex-outside.txt')).status).toBe(404);
    expect((await get('app://conex/missing.js')).status).toBe(404);
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://conex/index.html', 'POST')).status).toBe(404);
    await rm(join(tmpdir(), 'conex-outside.txt'), { force: true });
  });
});
