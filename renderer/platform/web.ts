import type { IpcEventName, IpcEventPayload, UpdateStatus } from '../../shared/ipc/contract';
import { err, ok } from '../../shared/errors';
import { ipcError, reasonOf } from '../../shared/ipc/results';
import type { PlatformBridge } from './bridge';

type Listener = (payload: unknown) => void;

/** The bridge for the plain web page: downloads, file inputs, the Notification API, session-only secrets. */
export function createWebBridge(win: Window = window): PlatformBridge {
  const listeners = new Map<string, Set<Listener>>();
  const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));
  const disabled: UpdateStatus = { state: 'disabled', reason: 'web' };

  return {
    kind: 'web',
    async appInfo() {
      const chrome = /Chrom(?:e|ium)\/([\d.]+)/.exec(win.navigator.userAgent)?.[1] ?? '';
      return {
        name: 'Conex License Manager',
        version: __APP_VERSION__,
        electron: '',
        chrome,
        node: '',
        platform: 'web',
        sandboxMode: __CONEX_SANDBOX__,
      };
    },
    async systemLocale() {
      return win.navigator.language || 'en';
    },
    // The browser draws its own menus in its own language.
    async setLanguage() {},
    async saveFile({ suggestedName, data, mimeType }) {
      const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: mimeType });
      const url = URL.createObjectURL(blob);
      const a = win.document.createElement('a');
      a.href = url;
      a.download = suggestedName;
      a.rel = 'noopener';
      win.document.body.append(a);
      a.click();
      a.remove();
      // Revoking at once can cancel the download in some browsers.
      win.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return ok({ saved: true });
    },
    openFile({ filters }) {
      return new Promise((resolve) => {
        const input = win.document.createElement('input');
        input.type = 'file';
        input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
        input.style.display = 'none';
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          input.remove();
          if (!file) return resolve(ok(null));
          file
            .arrayBuffer()
            .then((buf) => resolve(ok({ name: file.name, data: new Uint8Array(buf) })))
            // Removed or changed on disk since it was picked: the user's to fix, as on the desktop.
            .catch((error: unknown) => resolve(err(ipcError('file-unreadable', { name: file.name, reason: reasonOf(error) }))));
        });
        input.addEventListener('cancel', () => {
          input.remove();
          resolve(ok(null));
        });
        win.document.body.append(input);
        input.click();
      });
    },
    async takeOpenedFile() {
      return null;
    },
    async notify({ id, title, body }) {
      const Notify = (win as Window & { Notification?: typeof Notification }).Notification;
      if (!Notify) return false;
      let permission = Notify.permission;
      if (permission === 'default') permission = await Notify.requestPermission();
      if (permission !== 'granted') return false;
      const n = new Notify(title, { body, tag: id });
      n.onclick = () => {
        win.focus();
        emit('notify:clicked', { id });
      };
      return true;
    },
    onNotificationClick(listener) {
      return this.on('notify:clicked', ({ id }) => listener(id));
    },
    async getSecret(key) {
      return win.sessionStorage.getItem(`secret.${key}`);
    },
    async setSecret(key, value) {
      win.sessionStorage.setItem(`secret.${key}`, value);
      return { encrypted: false };
    },
    async deleteSecret(key) {
      win.sessionStorage.removeItem(`secret.${key}`);
    },
    async openExternal(url) {
      if (!/^https:\/\//.test(url)) throw new Error(`refusing to open a non-https address: ${url}`);
      win.open(url, '_blank', 'noopener,noreferrer');
    },
    supportsBackupFolder: false,
    async chooseBackupFolder() {
      return null;
    },
    async writeAutoBackup() {
      // Callers check supportsBackupFolder first: reaching this is a bug, not something a user did.
      throw new Error('Automatic backups to a folder need the desktop app.');
    },
    async checkForUpdates() {
      return disabled;
    },
    async downloadUpdate() {
      return disabled;
    },
    async installUpdate() {},
    async setUpdateChannel() {},
    async openLogsFolder() {},
    async reportError(report) {
      // The page has no log file: the browser's console is where its failures are read.
      console.error(`Conex ${report.kind}: ${report.message}`, ...[report.stack, report.componentStack].filter(Boolean));
    },
    on<E extends IpcEventName>(event: E, listener: (payload: IpcEventPayload<E>) => void) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener as Listener);
      return () => set.delete(listener as Listener);
    },
  };
}
