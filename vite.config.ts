import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };

/**
 * The renderer, built once for Electron and for the plain web page. `--mode sandbox`
 * builds the variant that talks to the local Conex API sandbox and trusts its test key.
 */
export default defineConfig(({ mode }) => ({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  publicDir: false,
  plugins: [
    react(),
    {
      // Only the sandbox build may reach the local Conex API sandbox over plain http; production allows https only.
      name: 'conex-csp',
      transformIndexHtml: (html: string) => html.replace('__SANDBOX_CONNECT__', mode === 'sandbox' ? ' http://127.0.0.1:*' : ''),
    },
  ],
  resolve: { alias: { '@resources': resolve(import.meta.dirname, 'resources') } },
  define: { __CONEX_SANDBOX__: JSON.stringify(mode === 'sandbox'), __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    // CONEX_OUT_SUFFIX lets several e2e runs on one machine build side by side.
    outDir: resolve(import.meta.dirname, `out/web${mode === 'sandbox' ? '-sandbox' : ''}${process.env.CONEX_OUT_SUFFIX ?? ''}`),
    emptyOutDir: true,
    target: 'es2023',
    chunkSizeWarningLimit: 3000,
  },
  server: { host: '127.0.0.1', strictPort: false },
  preview: { host: '127.0.0.1' },
}));
