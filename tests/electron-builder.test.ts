import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { load } from 'js-yaml';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../build/icon-formats';
import { BACKUP_EXTENSION } from '../electron/services/auto-backup';
import { OPENED_FILE_LIMITS } from '../electron/services/opened-files';
import { KEY_REQUEST_EXTENSION } from '../shared/keys/key-request';
import { KEYS_FILE_EXTENSION } from '../shared/keys/keys-file';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
type Target = string | { target: string };
type Config = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Config;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  productName: string;
  scripts: Record<string, string>;
  bin: Record<string, string>;
};
const targets = (list: Target[]) => list.map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it('is a valid electron-builder configuration', async () => {
    await expect(validateConfiguration(structuredClone(config) as never, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app', () => {
    expect(config.appId).toBe('com.conex.licensemanager');
    expect(config.productName).toBe('Conex License Manager');
    expect(pkg.productName).toBe(config.productName);
  });

  it('builds NSIS for Windows, DMG for macOS, AppImage and deb for Linux', () => {
    expect(targets(config.win.target)).toEqual(['nsis']);
    expect(targets(config.mac.target)).toEqual(['dmg']);
    expect(targets(config.linux.target).sort()).toEqual(['AppImage', 'deb']);
  });

  it('packs only the built app into an ASAR', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']));
    expect((config.files as string[]).some((f) => /^(electron|renderer|shared|src)\//.test(f))).toBe(false);
  });

  it('signs macOS builds with the hardened runtime and only the JIT entitlement', () => {
    expect(config.mac.hardenedRuntime).toBe(true);
    for (const file of [config.mac.entitlements, config.mac.entitlementsInherit] as string[]) {
      const plist = readFileSync(join(root, file), 'utf8');
      expect(plist).toContain('com.apple.security.cs.allow-jit');
      expect(plist).not.toMatch(
        /disable-library-validation|allow-unsigned-executable-memory|allow-dyld-environment-variables|device\.camera|device\.audio-input/,
      );
    }
  });

  it('installs Windows updates only when signed by the publisher', () => {
    expect(config.win.signtoolOptions.publisherName).toBeTruthy();
    expect(config.win.verifyUpdateCodeSignature).not.toBe(false);
  });

  it('has icons in every size, plus .ico and .icns', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const file = join(root, config.linux.icon, `${size}x${size}.png`);
      expect(pngSize(readFileSync(file)), file).toEqual({ width: size, height: size });
    }
    expect(config.win.icon).toMatch(/\.ico$/);
    expect(config.mac.icon).toMatch(/\.icns$/);
    expect(existsSync(join(root, config.win.icon))).toBe(true);
    expect(existsSync(join(root, config.mac.icon))).toBe(true);
  });

  it('associates backups, license keys files and key requests with the app, each with its own MIME type', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: BACKUP_EXTENSION, name: 'Conex Backup', mimeType: 'application/x-conex-backup' }),
      expect.objectContaining({ ext: KEYS_FILE_EXTENSION, name: 'Conex License Keys', mimeType: 'application/x-conex-keys' }),
      expect.objectContaining({ ext: KEY_REQUEST_EXTENSION, name: 'Conex Key Request', mimeType: 'application/x-conex-key-request' }),
    ]);
  });

  it('associates exactly the files main opens when double-clicked', () => {
    const associated = (config.fileAssociations as { ext: string }[]).map((a) => a.ext).sort();
    expect(associated).toEqual(Object.keys(OPENED_FILE_LIMITS).sort());
  });

  it('ships the conex command line beside the app, outside the ASAR, as npm run build:cli builds it', () => {
    expect(config.extraResources).toEqual([{ from: 'out/cli/conex.cjs', to: 'cli/conex.cjs' }]);
    expect(pkg.scripts['build:cli']).toBe('node scripts/build-cli.mjs');
    expect(pkg.scripts.dist).toMatch(/node scripts\/build-cli\.mjs.*electron-builder/);
    expect(pkg.bin).toEqual({ conex: 'out/cli/conex.cjs' });
  });

  it('publishes updates to a generic https feed', () => {
    expect(config.publish).toEqual([expect.objectContaining({ provider: 'generic' })]);
    expect(new URL(config.publish[0].url).protocol).toBe('https:');
  });

  it('has npm run dist build and package the app', () => {
    expect(pkg.scripts.dist).toMatch(/electron-vite build/);
    expect(pkg.scripts.dist).toMatch(/electron-builder --config electron-builder\.yml/);
  });
});

describe('Electron fuses at packaging', () => {
  const expected: Record<keyof typeof FuseV1Options, boolean> = {
    RunAsNode: false,
    EnableNodeOptionsEnvironmentVariable: false,
    EnableNodeCliInspectArguments: false,
    EnableCookieEncryption: true,
    EnableEmbeddedAsarIntegrityValidation: true,
    OnlyLoadAppFromAsar: true,
    LoadBrowserProcessSpecificV8Snapshot: false,
    GrantFileProtocolExtraPrivileges: false,
  };

  async function flipWith(platform: string) {
    expect(config.afterPack).toBe('build/after-pack.cjs');
    const afterPack = require(join(root, config.afterPack)) as (context: unknown) => Promise<void>;
    const flipped: unknown[] = [];
    const context = {
      electronPlatformName: platform,
      appOutDir: '/tmp/x',
      packager: { addElectronFuses: async (_ctx: unknown, fuses: unknown) => flipped.push(fuses) },
    };
    await afterPack(context);
    expect(flipped).toHaveLength(1);
    return flipped[0] as Record<string | number, unknown>;
  }

  it('the afterPack hook flips every fuse as the security posture asks', async () => {
    const fuses = await flipWith('linux');
    expect(fuses.version).toBe(FuseVersion.V1);
    for (const [name, value] of Object.entries(expected)) {
      expect(fuses[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(value);
    }
  });

  it('resets the ad-hoc signature on macOS only', async () => {
    expect((await flipWith('darwin')).resetAdHocDarwinSignature).toBe(true);
    expect((await flipWith('win32')).resetAdHocDarwinSignature).toBe(false);
  });

  it('the fuse list names every fuse this @electron/fuses knows', () => {
    const { FUSES } = require(join(root, 'build/fuses.cjs')) as { FUSES: Record<string, boolean> };
    const known = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)));
    expect(Object.keys(FUSES).sort()).toEqual(known.sort());
    expect(FUSES).toEqual(expected);
  });
});
