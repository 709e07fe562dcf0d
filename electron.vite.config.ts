import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'electron-vite';
import type { UserConfig as ViteConfig } from 'vite';
import { rendererConfig } from './vite.config';
import { parseUpdateFeedUrl } from './electron/services/update-feed';
import { buildApiUrl } from './electron/services/api-address';

const root = import.meta.dirname;

/** The update feed is fixed at build time from CONEX_UPDATE_FEED_URL; anything but https stops the build. */
function updateFeedUrl(): string {
  const raw = process.env.CONEX_UPDATE_FEED_URL;
  const feed = parseUpdateFeedUrl(raw);
  if (raw?.trim() && !feed) throw new Error(`CONEX_UPDATE_FEED_URL must be an https URL, got "${raw}"`);
  return feed ?? '';
}

/**
 * Main, preload and renderer for Electron. The renderer is the same Vite app as
 * the web build (its config is reused), written to out/renderer. The preload runs
 * sandboxed, so it is one self-contained CommonJS file with its dependencies inlined.
 */
export default defineConfig(async (env): Promise<UserConfig> => {
  const web: ViteConfig = rendererConfig(env, 'electron');
  const sandbox = env.mode === 'sandbox';
  // The same address the renderer is built with (vite.config.ts): main's CSP header names its origin alone.
  const apiUrl = buildApiUrl(sandbox ? process.env.VITE_CONEX_API_URL : process.env.CONEX_API_URL, sandbox);
  const define = {
    __UPDATE_FEED_URL__: JSON.stringify(updateFeedUrl()),
    __CONEX_SANDBOX__: JSON.stringify(sandbox),
    __CONEX_API_URL__: JSON.stringify(apiUrl),
  };
  return {
    main: {
      define,
      build: {
        outDir: resolve(root, 'out/main'),
        rolldownOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
      },
    },
    preload: {
      build: {
        outDir: resolve(root, 'out/preload'),
        externalizeDeps: false,
        rolldownOptions: {
          input: { index: resolve(root, 'electron/preload/index.ts') },
          output: { format: 'cjs', entryFileNames: '[name].cjs' },
        },
      },
    },
    renderer: {
      ...web,
      build: {
        ...web.build,
        outDir: resolve(root, 'out/renderer'),
        emptyOutDir: true,
        rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
      },
    },
  };
});
