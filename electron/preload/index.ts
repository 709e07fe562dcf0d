import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './api';

// Sandboxed preload: bundled into one CommonJS file; exposes the contract and nothing else.
contextBridge.exposeInMainWorld('conex', createPreloadApi(ipcRenderer));
