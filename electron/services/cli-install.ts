import { access, chmod, mkdir, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

/** Where the command line is, and where its launcher goes. Passed in, so tests install into a temporary folder. */
export interface CliInstallOptions {
  readonly platform: NodeJS.Platform;
  /** The app's resources folder (process.resourcesPath); the installers put conex.cjs in its cli/ folder. */
  readonly resourcesPath: string;
  readonly homeDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export type CliInstallResult =
  | { readonly ok: true; readonly path: string; readonly onPath: boolean }
  | { readonly ok: false; readonly code: 'missing' | 'write'; readonly reason?: string };

/**
 * Installs a `conex` launcher for the command line shipped with the app, as
 * editors install their shell command: ~/.local/bin/conex on Linux and macOS,
 * %LOCALAPPDATA%\Programs\Conex\bin\conex.cmd on Windows. No administrator
 * rights are asked for; the result says whether that folder is on the PATH.
 * The launcher runs the file with the system's Node (the app's own Electron
 * cannot run as Node: its RunAsNode fuse is off).
 */
export async function installCommandLine(options: CliInstallOptions): Promise<CliInstallResult> {
  const script = join(options.resourcesPath, 'cli', 'conex.cjs');
  try {
    await access(script);
  } catch {
    return { ok: false, code: 'missing' };
  }
  const windows = options.platform === 'win32';
  const folder = windows
    ? join(options.env.LOCALAPPDATA ?? join(options.homeDir, 'AppData', 'Local'), 'Programs', 'Conex', 'bin')
    : join(options.homeDir, '.local', 'bin');
  const path = join(folder, windows ? 'conex.cmd' : 'conex');
  const text = windows ? `@echo off\r\nnode "${script}" %*\r\n` : `#!/bin/sh\nexec node '${script.replace(/'/g, `'\\''`)}' "$@"\n`;
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(path, text);
    if (!windows) await chmod(path, 0o755);
  } catch (e) {
    return { ok: false, code: 'write', reason: String((e as { code?: string }).code ?? e) };
  }
  const pathVar = options.env.PATH ?? options.env.Path ?? '';
  const norm = (p: string) => (windows ? p.toLowerCase() : p).replace(/[\\/]+$/, '');
  return { ok: true, path, onPath: pathVar.split(windows ? ';' : delimiter).some((p) => norm(p) === norm(folder)) };
}
