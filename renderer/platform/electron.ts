import type { ConexPreloadApi } from '../../shared/ipc/contract';
import type { PlatformBridge } from './bridge';

/**
 * The bridge inside Electron: every call goes through the preload's typed
 * contract (`window.conex`), which validates it on both sides of the process
 * boundary. Nothing here touches Node or Electron directly.
 */
export function createElectronBridge(api: ConexPreloadApi): PlatformBridge {
  return {
    kind: 'electron',
    appInfo: () => api.invoke('app:info', undefined),
    systemLocale: () => api.invoke('app:system-locale', undefined),
    setLanguage: (language) => api.invoke('app:set-language', { language }),
    // The save dialog picks the type from the file name and filters; the MIME type only matters on the web.
    saveFile: ({ suggestedName, data, filters }) =>
      api.invoke('file:save', { suggestedName, data: typeof data === 'string' ? data : new Uint8Array(data), filters }),
    openFile: ({ filters }) => api.invoke('file:open', { filters }),
    takeOpenedFile: () => api.invoke('file:take-opened', undefined),
    notify: async (options) => (await api.invoke('notify:show', options)).shown,
    onNotificationClick: (listener) => api.on('notify:clicked', ({ id }) => listener(id)),
    getSecret: (key) => api.invoke('secret:get', { key }),
    setSecret: (key, value) => api.invoke('secret:set', { key, value }),
    deleteSecret: (key) => api.invoke('secret:delete', { key }),
    openExternal: (url) => api.invoke('shell:open-external', { url }),
    supportsBackupFolder: true,
    chooseBackupFolder: () => api.invoke('backup:choose-folder', undefined),
    writeAutoBackup: (options) => api.invoke('backup:write-auto', options),
    checkForUpdates: () => api.invoke('updater:check', undefined),
    downloadUpdate: () => api.invoke('updater:download', undefined),
    installUpdate: () => api.invoke('updater:install', undefined),
    setUpdateChannel: (channel) => api.invoke('updater:set-channel', { channel }),
    openLogsFolder: () => api.invoke('logs:open-folder', undefined),
    reportError: (report) => api.invoke('logs:report-error', report),
    on: (event, listener) => api.on(event, listener),
  };
}
