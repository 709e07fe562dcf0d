import { join } from 'node:path';
import { build, preview } from 'vite';

const root = join(import.meta.dirname, '..', '..');

/** Builds the app in sandbox mode with the API address fixed in it, and serves it on 127.0.0.1 at `port` exactly (the sandbox lets that origin alone call it). */
export async function serveSandboxApp(options: { apiUrl: string; port: number }): Promise<{ url: string; close: () => Promise<void> }> {
  process.env.VITE_CONEX_API_URL = options.apiUrl;
  const configFile = join(root, 'vite.config.ts');
  await build({ configFile, mode: 'sandbox', logLevel: 'warn' });
  const server = await preview({
    configFile,
    mode: 'sandbox',
    preview: { port: options.port, host: '127.0.0.1', strictPort: true },
    logLevel: 'warn',
  });
  return { url: server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${options.port}/`, close: () => server.close() };
}
