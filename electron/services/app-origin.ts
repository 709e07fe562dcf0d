/**
 * Where the app's own pages live. In a packaged app the renderer is served from
 * the privileged custom scheme `app://conex/` (never file://); in development it
 * may also come from the electron-vite dev server, and only then.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'conex';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True when `raw` is one of the app's own pages: app://conex/..., or the dev server's origin when one is given. */
export function isAppUrl(raw: string, devServerUrl?: string | null): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  // Node gives custom schemes an opaque origin ("null"), so compare scheme and host instead.
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '') return true;
  if (!devServerUrl) return false;
  let dev: URL;
  try {
    dev = new URL(devServerUrl);
  } catch {
    return false;
  }
  return (dev.protocol === 'http:' || dev.protocol === 'https:') && url.origin === dev.origin;
}
