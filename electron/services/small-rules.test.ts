import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesktopSettingsStore } from './desktop-settings';
import { isSafeExternalUrl } from './external-url';
import { parseUpdateFeedUrl } from './update-feed';

describe('opening links in the system browser', () => {
  it('allows https links only', () => {
    expect(isSafeExternalUrl('https://conex.dz/pricing')).toBe(true);
    for (const url of [
      'http://conex.dz',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://share/x',
      'https://user:pw@conex.dz',
      'nonsense',
      'ms-msdt:/id',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('the update feed set at build time', () => {
  it('is null when unset or empty', () => {
    expect(parseUpdateFeedUrl(undefined)).toBeNull();
    expect(parseUpdateFeedUrl('  ')).toBeNull();
  });

  it('accepts https only and normalises the trailing slash', () => {
    expect(parseUpdateFeedUrl('https://updates.conex.dz/license-manager')).toBe('https://updates.conex.dz/license-manager/');
    expect(parseUpdateFeedUrl('http://updates.conex.dz/')).toBeNull();
    expect(parseUpdateFeedUrl('https://u:p@updates.conex.dz/')).toBeNull();
    expect(parseUpdateFeedUrl('updates.conex.dz')).toBeNull();
  });
});

describe('desktop settings', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'conex-settings-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('defaults to the stable update channel and remembers a change', async () => {
    const file = join(dir, 'desktop-settings.json');
    expect((await createDesktopSettingsStore(file).read()).updateChannel).toBe('stable');
    await createDesktopSettingsStore(file).setUpdateChannel('beta');
    expect((await createDesktopSettingsStore(file).read()).updateChannel).toBe('beta');
  });

  it('allows automatic backups only into folders the user chose', async () => {
    const store = createDesktopSettingsStore(join(dir, 'desktop-settings.json'));
    const chosen = join(dir, 'backups');
    expect(await store.isBackupFolderAllowed(chosen)).toBe(false);
    await store.allowBackupFolder(chosen);
    expect(await store.isBackupFolderAllowed(chosen)).toBe(true);
    expect(await store.isBackupFolderAllowed(join(chosen, 'sub', '..'))).toBe(true);
    expect(await store.isBackupFolderAllowed(join(dir, 'elsewhere'))).toBe(false);
  });
});
