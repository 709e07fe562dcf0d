import { contextBridge, ipcRenderer } from 'electron';
import { z } from 'zod';
import { createPreloadApi } from './api';

// No eval in the page: zod would otherwise probe `new Function`, which the CSP reports as a violation.
z.config({ jitless: true });

// Sandboxed preload: bundled into one CommonJS file; exposes the contract and nothing else.
contextBridge.exposeInMainWorld('conex', createPreloadApi(ipcRenderer));
