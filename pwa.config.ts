import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const icons = resolve(import.meta.dirname, 'resources/icons');
const ICON_FILES = ['icon.svg', '256x256.png', '512x512.png'] as const;

/**
 * What only the web page has: a Workbox service worker that precaches every file of the build, so every screen opens
 * offline after the first visit and the page installs as an app. Built for `vite build` only (never in dev), and
 * never for Electron, whose renderer is served from app:// out of the installed files.
 */
export function webAppPlugins(): PluginOption[] {
  return [
    {
      // The build has no public folder: the manifest's icons are emitted here, so they are in the build and precached.
      name: 'conex-web-app-icons',
      apply: 'build',
      generateBundle() {
        for (const file of ICON_FILES) {
          this.emitFile({ type: 'asset', fileName: `icons/${file}`, source: readFileSync(resolve(icons, file)) });
        }
      },
    },
    VitePWA({
      // registerSW.js, a file of its own: the CSP allows scripts from 'self' only, never inline ones.
      injectRegister: 'script',
      // A new version takes over at once; a screen whose old code is gone then says so and offers a reload.
      registerType: 'autoUpdate',
      manifest: {
        name: 'Conex License Manager',
        short_name: 'Conex Licenses',
        description: 'Buy, install and look after Conex Server licenses, offline first.',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#0b4f9c',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icons/256x256.png', sizes: '256x256', type: 'image/png' },
          { src: 'icons/512x512.png', sizes: '512x512', type: 'image/png' },
        ],
      },
      workbox: {
        // Every file of the build: each screen's code, both languages, the PDF maker and its fonts.
        globPatterns: ['**/*'],
        globIgnores: ['**/*.map', 'manifest.webmanifest'],
        // pdfmake's chunk is about 1 MB; anything the build makes is meant to be there offline.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Take over at once, the first visit included: a screen first opened after going offline comes from the cache.
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ];
}
