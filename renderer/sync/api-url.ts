/**
 * The Conex API address this build talks to, fixed when it was built
 * (electron/services/api-address.ts: `CONEX_API_URL` for a production build, the
 * local sandbox for the sandbox build); "" when none was given, and the app then
 * works offline. Nothing at run time can change it, and the Content-Security-Policy
 * lets the page reach that origin alone.
 */
export function buildApiUrl(): string {
  return __CONEX_API_URL__;
}
