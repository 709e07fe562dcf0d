import type { Session, WebContents } from 'electron';
import { isSafeExternalUrl } from '../services/external-url';
import { securityHeaders } from './csp';

export interface HardeningOptions {
  /** True for the app's own pages (app://conex/, or the dev server in development). */
  isAppUrl(url: string): boolean;
  /** Opens an https page in the system browser. */
  openInBrowser(url: string): void;
  warn(message: string): void;
}

/**
 * Locks down one web contents: no navigation away from the app, no new windows
 * (https links go to the system browser instead), no <webview>.
 */
export function hardenWebContents(contents: WebContents, options: HardeningOptions): void {
  const { isAppUrl, openInBrowser, warn } = options;
  const leaveApp = (url: string) => {
    if (isSafeExternalUrl(url)) openInBrowser(url);
    else warn(`Blocked navigation to ${url}`);
  };
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    leaveApp(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    warn(`Blocked redirect to ${url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    warn('Blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    leaveApp(url);
    return { action: 'deny' };
  });
}

/**
 * Locks down the session: every permission request and check is denied (the app
 * needs none; notifications come from main), no device access, and app pages get
 * the CSP header even when served by the dev server.
 */
export function hardenSession(session: Session, options: Pick<HardeningOptions, 'isAppUrl' | 'warn'> & { csp: string }): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    options.warn(`Denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!options.isAppUrl(details.url)) return callback({});
    const headers = Object.fromEntries(Object.entries(securityHeaders(options.csp)).map(([name, value]) => [name, [value]]));
    // The CSP is named once more on its own line so Electronegativity's CSP check sees it.
    callback({ responseHeaders: { ...details.responseHeaders, ...headers, 'Content-Security-Policy': [options.csp] } });
  });
}
