import type { IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from '../services/app-origin';
import { createIpcRegistry, type IpcRegistry } from './ipc';

type Listener = (event: IpcMainInvokeEvent, request: unknown) => unknown;

/** A stand-in for ipcMain that records handlers and lets a test invoke them as a given frame. */
export function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const warnings: string[] = [];
  const ipcMain = {
    handle: (channel: string, listener: Listener) => {
      handlers.set(channel, listener);
    },
  };
  const registry: IpcRegistry = createIpcRegistry(
    ipcMain,
    (url) => isAppUrl(url),
    (m) => warnings.push(m),
  );
  const invoke = async (
    channel: string,
    request: unknown,
    frame: { url: string; parent: unknown } | null = { url: 'app://conex/index.html', parent: null },
  ) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ senderFrame: frame } as unknown as IpcMainInvokeEvent, request);
  };
  return { registry, invoke, handlers, warnings };
}
