/**
 * The renderer's Content-Security-Policy, sent as a response header for every
 * app page. Styles allow 'unsafe-inline' because MUI (emotion) injects style
 * tags; scripts never run inline or through eval. connect-src names the app
 * itself and the one Conex API origin the build was made for
 * (electron/services/api-address.ts), never any other host: a token cannot be
 * sent elsewhere even by a changed store.
 */
export function contentSecurityPolicy(apiOrigin: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connectSources(apiOrigin)}`,
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** connect-src's list: the app itself, and the Conex API origin when the build has one. The web build's meta tag uses it too. */
export function connectSources(apiOrigin: string): string {
  return apiOrigin ? `'self' ${apiOrigin}` : "'self'";
}

/** Headers every app page is served with. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}
