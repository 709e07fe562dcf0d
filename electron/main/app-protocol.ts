import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { contentTypeFor, resolveAppFile } from '../services/app-files';
import { APP_SCHEME } from '../services/app-origin';
import { securityHeaders } from './csp';

/** The privileges app:// needs to behave like a secure https origin (storage, fetch); registered before `ready`. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
} as const;

/**
 * Serves app://conex/ from the renderer build folder and nothing else: paths
 * that leave the folder or name another host get 404, and every response
 * carries the security headers (CSP included).
 */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string, csp: string): void {
  const headers = securityHeaders(csp);
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file || request.method !== 'GET') return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, { status: 200, headers: { 'Content-Type': contentTypeFor(file), ...headers } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
