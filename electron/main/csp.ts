/**
 * The renderer's Content-Security-Policy, sent as a response header for every
 * app page. Styles allow 'unsafe-inline' because MUI (emotion) injects style
 * tags; scripts never run inline or through eval. connect-src allows the Conex
 * API over https only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https:",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The sandbox build (`--mode sandbox`) also reaches the local Conex API sandbox over http on 127.0.0.1; production builds never do. */
export const SANDBOX_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "connect-src 'self' https:",
  "connect-src 'self' https: http://127.0.0.1:*",
);

/** The policy for a build. */
export function contentSecurityPolicy(sandbox: boolean): string {
  return sandbox ? SANDBOX_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
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
