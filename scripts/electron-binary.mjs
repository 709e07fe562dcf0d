// Finds Electron's binary without triggering its download: `require('electron')`
// would try to fetch it when missing, which hangs or fails on machines without GitHub.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Whether Electron's binary is installed and runs.
 * @param {{ timeoutMs?: number, env?: NodeJS.ProcessEnv }} [options]
 * @returns {{ usable: true, path: string, version: string } | { usable: false, path: string | null, reason: string }}
 */
export function electronBinary(options = {}) {
  const env = options.env ?? process.env;
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { usable: false, path: null, reason: 'the electron package is not installed' };
  }
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!override && !relative) return { usable: false, path: null, reason: 'its binary was never downloaded' };
  const path = override ? join(override, relative || 'electron') : join(pkgDir, 'dist', relative);
  if (!existsSync(path)) return { usable: false, path, reason: `${path} does not exist` };
  const run = spawnSync(path, ['--version'], { timeout: options.timeoutMs ?? 15_000, encoding: 'utf8', env });
  const version = (run.stdout ?? '').trim();
  if (run.error || run.status !== 0 || !/^v?\d+\.\d+\.\d+/.test(version)) {
    return { usable: false, path, reason: `it does not run here (${run.error?.message ?? (run.stderr || `exit ${run.status}`).trim()})` };
  }
  return { usable: true, path, version };
}
