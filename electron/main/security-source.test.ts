import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApiUrl } from '../services/api-address';
import { contentSecurityPolicy } from './csp';

const CONTENT_SECURITY_POLICY = contentSecurityPolicy('https://api.conex.example');

/**
 * Reads the main-process and preload sources and fails when an item of the
 * Electron security checklist is lost: these are properties of how the code is
 * wired, which unit tests of single functions cannot see.
 */
const electronDir = join(import.meta.dirname, '..');
const root = join(electronDir, '..');
const sources = (function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return walk(path);
    return /\.ts$/.test(e.name) && !/\.test\.ts$|test-kit\.ts$/.test(e.name) ? [path] : [];
  });
})(electronDir);
const read = (file: string) => readFileSync(join(electronDir, file), 'utf8');
const filesMatching = (pattern: RegExp) =>
  sources.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => relative(electronDir, f));

describe('checklist items wired in the main process', () => {
  const main = read('main/index.ts');

  it('holds a single instance lock and quits a second copy', () => {
    expect(main).toMatch(/if \(!app\.requestSingleInstanceLock\(\)\) \{[\s\S]*?app\.quit\(\);/);
  });

  it('sandboxes every renderer and serves the app from its own privileged scheme', () => {
    expect(main).toContain('app.enableSandbox()');
    expect(main).toContain('protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])');
    expect(main).toMatch(/serveAppProtocol\(protocol, join\(import\.meta\.dirname, '\.\.\/renderer'\), csp\)/);
  });

  it('hardens every web contents and the session before any window opens', () => {
    expect(main).toMatch(/app\.on\('web-contents-created', \(_event, contents\) => \{\s*hardenWebContents\(contents/);
    expect(main.indexOf('hardenSession(session.defaultSession')).toBeGreaterThan(-1);
    expect(main.indexOf('hardenSession(session.defaultSession')).toBeLessThan(main.indexOf('await openWindow()'));
    const hardening = read('main/hardening.ts');
    for (const needle of [
      "'will-navigate'",
      "'will-redirect'",
      "'will-attach-webview'",
      'setWindowOpenHandler',
      "action: 'deny'",
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
      'setDevicePermissionHandler',
      "'Content-Security-Policy'",
    ]) {
      expect(hardening, needle).toContain(needle);
    }
  });

  it('loads only the app page, and trusts the dev server only in an unpackaged app', () => {
    expect(main).toContain('const devServerUrl = app.isPackaged ? null : (process.env.ELECTRON_RENDERER_URL ?? null);');
    expect(main).toContain('url: devServerUrl ?? APP_INDEX_URL');
    expect(filesMatching(/\.loadURL\(|\.loadFile\(/)).toEqual(['main/main-window.ts']);
    expect(filesMatching(/\.loadFile\(/)).toEqual([]);
  });

  it('creates windows in one place only, and never loosens a web preference anywhere', () => {
    expect(filesMatching(/new BrowserWindow\(|new BrowserView\(|new WebContentsView\(/)).toEqual(['main/main-window.ts']);
    const loosened =
      /nodeIntegration\w*:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false|allowRunningInsecureContent:\s*true|webviewTag:\s*true|experimentalFeatures:\s*true|enableBlinkFeatures/;
    expect(filesMatching(loosened)).toEqual([]);
  });

  it('answers IPC only through the checked registry, and removes electron-log’s own channel', () => {
    expect(filesMatching(/ipcMain\.(handle|handleOnce|on|once)\(/)).toEqual(['main/ipc.ts']);
    expect(read('main/ipc.ts')).toMatch(/if \(!isTrustedSender\(event\.senderFrame, isAppUrl\)\)/);
    expect(read('main/logging.ts')).toMatch(/removeAllListeners\(ELECTRON_LOG_CHANNEL\)[\s\S]*removeHandler\(ELECTRON_LOG_CHANNEL\)/);
    expect(main).toContain('setUpLogging(ipcMain');
  });

  it('opens the system browser from one guarded place only', () => {
    expect(filesMatching(/\.openExternal\(/)).toEqual(['main/external-links.ts']);
    expect(read('main/external-links.ts')).toMatch(/if \(!isSafeExternalUrl\(url\)\) return false;\s*await shell\.openExternal\(url\);/);
  });

  it('never turns off update signature checks', () => {
    expect(filesMatching(/verifyUpdateCodeSignature|disableWebInstaller\s*=\s*false|forceDevUpdateConfig/)).toEqual([]);
  });
});

describe('the preload', () => {
  const preload = read('preload/index.ts');
  const api = read('preload/api.ts');

  it('exposes one object through contextBridge, built from the contract alone', () => {
    expect(preload.match(/contextBridge\.exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toContain("contextBridge.exposeInMainWorld('conex', createPreloadApi(ipcRenderer));");
    expect(api).toContain('} satisfies ConexPreloadApi;');
  });

  it('imports no Node module and leaks no ipcRenderer', () => {
    const imports = [...(preload + api).matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.every((m) => m === 'electron' || m === 'zod' || m === './api' || m === '../../shared/ipc/contract')).toBe(true);
    // Outside comments, ipcRenderer appears only as the parameter and in its three calls: it is never handed out.
    const code = api.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const uses = [...code.matchAll(/ipcRenderer(?!\.(?:invoke|on|removeListener)\(|: Pick<)/g)];
    expect(uses).toHaveLength(0);
    expect(code).not.toMatch(/window\.|globalThis|process\./);
  });

  it('is bundled into one CommonJS file, as a sandboxed preload must be', () => {
    const config = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8');
    expect(config).toMatch(/preload: \{[\s\S]*?externalizeDeps: false[\s\S]*?format: 'cjs'/);
    expect(read('main/index.ts')).toContain("preload: join(import.meta.dirname, '../preload/index.cjs')");
  });
});

describe('the Content-Security-Policy', () => {
  const require = createRequire(import.meta.url);
  const csp = require('@doyensec/csp-evaluator') as {
    CspParser: new (policy: string) => { csp: unknown };
    CspEvaluator: new (
      csp: unknown,
      version: unknown,
    ) => { evaluate(): Array<{ severity: number; directive: string; description: string }> };
    Version: { CSP3: unknown };
    severities: Record<string, number>;
  };
  const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

  it('never allows eval, inline scripts, plugins, framing or base-URL changes', () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic|\*(?!:)/);
    expect(d.get('default-src')).toEqual(["'none'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
  });

  it('has no high or medium finding from the CSP evaluator Electronegativity uses', () => {
    const findings = new csp.CspEvaluator(new csp.CspParser(CONTENT_SECURITY_POLICY).csp, csp.Version.CSP3).evaluate();
    const serious = findings.filter((f) => f.severity === csp.severities.HIGH || f.severity === csp.severities.MEDIUM);
    expect(serious.map((f) => `${f.directive}: ${f.description}`)).toEqual([]);
  });

  it('connect-src names the app and the one Conex API origin of the build, never any https host', () => {
    expect(directives(CONTENT_SECURITY_POLICY).get('connect-src')).toEqual(["'self'", 'https://api.conex.example']);
    expect(directives(contentSecurityPolicy('')).get('connect-src')).toEqual(["'self'"]);
    const sandbox = contentSecurityPolicy(new URL(buildApiUrl('http://127.0.0.1:4312/', true)).origin);
    expect(directives(sandbox).get('connect-src')).toEqual(["'self'", 'http://127.0.0.1:4312']);
    for (const policy of [CONTENT_SECURITY_POLICY, sandbox]) expect(policy).not.toMatch(/https:(?!\/\/)|http:(?!\/\/)|\*/);
  });

  it('main builds its header from the address fixed at build time, and the web build its meta tag from the same list', () => {
    expect(read('main/index.ts')).toContain('contentSecurityPolicy(apiOrigin(__CONEX_API_URL__))');
    const html = readFileSync(join(root, 'renderer/index.html'), 'utf8');
    expect(html).toContain('connect-src __CONNECT_SRC__;');
    expect(readFileSync(join(root, 'vite.config.ts'), 'utf8')).toContain(
      "html.replace('__CONNECT_SRC__', connectSources(apiOrigin(apiUrl)))",
    );
  });
});
