import { defineConfig, type ConfigEnv, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { apiOrigin, buildApiUrl } from './electron/services/api-address';
import { connectSources } from './electron/main/csp';
import { webAppPlugins } from './pwa.config';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };

/**
 * The renderer, built once for Electron and for the plain web page. `--mode sandbox`
 * builds the variant that talks to the local Conex API sandbox and trusts its test key.
 * Only the web page gets the service worker (pwa.config.ts); electron.vite.config.ts asks for 'electron'.
 */
export function rendererConfig({ mode, command }: ConfigEnv, host: 'web' | 'electron'): UserConfig {
  const sandbox = mode === 'sandbox';
  const apiUrl = buildApiUrl(sandbox ? process.env.VITE_CONEX_API_URL : process.env.CONEX_API_URL, sandbox);
  return {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    publicDir: false,
    plugins: [
      react(),
      {
        // The page may connect to itself and to the one Conex API origin fixed for this build, as the desktop header says.
        name: 'conex-csp',
        transformIndexHtml: (html: string) => html.replace('__CONNECT_SRC__', connectSources(apiOrigin(apiUrl))),
      },
      ...(host === 'web' && command === 'build' ? webAppPlugins() : []),
    ],
    resolve: { alias: { '@resources': resolve(import.meta.dirname, 'resources') } },
    define: {
      __CONEX_SANDBOX__: JSON.stringify(sandbox),
      __CONEX_API_URL__: JSON.stringify(apiUrl),
      __APP_VERSION__: JSON.stringify(pkg.version),
    },
    build: {
      // CONEX_OUT_SUFFIX lets several e2e runs on one machine build side by side.
      outDir: resolve(import.meta.dirname, `out/web${mode === 'sandbox' ? '-sandbox' : ''}${process.env.CONEX_OUT_SUFFIX ?? ''}`),
      emptyOutDir: true,
      target: 'es2023',
      chunkSizeWarningLimit: 3000,
    },
    server: { host: '127.0.0.1', strictPort: false },
    preview: { host: '127.0.0.1' },
  };
}

export default defineConfig((env) => rendererConfig(env, 'web'));
