import log from 'electron-log/main';
import type { IpcMain } from 'electron';
import { dirname } from 'node:path';
import { rotateLogFile } from '../services/log-rotation';
import { redactValue } from '../../shared/redact';

/** electron-log's own renderer-logging channel; the app never uses it, so it is removed. */
const ELECTRON_LOG_CHANNEL = '__ELECTRON_LOG__';

export type Logger = Pick<typeof log, 'info' | 'warn' | 'error' | 'debug'>;

/**
 * Logs to a file in the OS logs folder, rotated at 2 MB keeping three
 * archives, with every message scrubbed of tokens and license keys first.
 */
export function setUpLogging(ipcMain: Pick<IpcMain, 'removeAllListeners' | 'removeHandler'>, isPackaged: boolean): Logger {
  log.transports.file.level = 'info';
  log.transports.file.maxSize = 2 * 1024 * 1024;
  log.transports.file.archiveLogFn = (file) => rotateLogFile(file.path, 3);
  log.transports.console.level = isPackaged ? false : 'debug';
  log.hooks.push((message) => ({ ...message, data: message.data.map((value) => redactValue(value)) }));
  log.errorHandler.startCatching({ showDialog: false });
  // Renderer logging would be an IPC channel outside the contract, unchecked for its sender.
  ipcMain.removeAllListeners(ELECTRON_LOG_CHANNEL);
  ipcMain.removeHandler(ELECTRON_LOG_CHANNEL);
  return log;
}

/** The folder holding the log files ("Open logs folder" in Help). */
export function logsFolder(): string {
  return dirname(log.transports.file.getFile().path);
}
