/** The local Conex API sandbox's address when a sandbox build is given none (`npm run sandbox` and the e2e config give theirs). */
export const SANDBOX_API_URL = 'http://127.0.0.1:4010';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The Conex API address a build talks to, fixed at build time: for a
 * production build `CONEX_API_URL` (https only; "" when none is given, and the
 * app then works offline), for the sandbox build `VITE_CONEX_API_URL` or the
 * default sandbox address (plain http allowed, on this computer only). Anything
 * else stops the build: an address with credentials, a query or a fragment, or
 * plain http to another host. Returns the address without a trailing slash.
 */
export function buildApiUrl(raw: string | undefined, sandbox: boolean): string {
  const value = raw?.trim() || (sandbox ? SANDBOX_API_URL : '');
  if (!value) return '';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`The Conex API address "${value}" is not an address`);
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  const scheme = url.protocol === 'https:' || (sandbox && loopback && url.protocol === 'http:');
  if (!scheme) throw new Error(`The Conex API address "${value}" must be https${sandbox ? ', or http on this computer' : ''}`);
  if (sandbox && !loopback) throw new Error(`The sandbox build talks only to a sandbox on this computer, not "${value}"`);
  if (url.username || url.password || url.search || url.hash) {
    throw new Error(`The Conex API address "${value}" may not carry a user, a query or a fragment`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** The origin (scheme, host, port) of an address from buildApiUrl, or "" for none: the one the CSP's connect-src names. */
export function apiOrigin(apiUrl: string): string {
  return apiUrl ? new URL(apiUrl).origin : '';
}
