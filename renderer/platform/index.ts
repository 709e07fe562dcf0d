import type { ConexPreloadApi } from '../../shared/ipc/contract';
import type { PlatformBridge } from './bridge';
import { createElectronBridge } from './electron';
import { createWebBridge } from './web';

declare global {
  interface Window {
    conex?: ConexPreloadApi;
  }
}

let current: PlatformBridge | undefined;

/** The bridge for this host, picked once at start: Electron when the preload exposed `window.conex`, the web otherwise. */
export function platform(): PlatformBridge {
  if (!current) current = window.conex ? createElectronBridge(window.conex) : createWebBridge(window);
  return current;
}

/** Tests swap in their own bridge. */
export function setPlatformForTests(bridge: PlatformBridge | undefined): void {
  current = bridge;
}

export type { PlatformBridge } from './bridge';
