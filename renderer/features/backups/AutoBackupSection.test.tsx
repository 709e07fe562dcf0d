import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ok } from '../../../shared/errors';
import { createWebBridge } from '../../platform/web';
import { setPlatformForTests, type PlatformBridge } from '../../platform';
import { componentStorePerTest } from '../../test/component-store';
import BackupsScreen from './BackupsScreen';

const writes: { folder: string; data: string; keep: number }[] = [];

/** The desktop bridge as the Backups screen sees it: a folder picker and automatic backup writes. */
function desktopBridge(): PlatformBridge {
  return {
    ...createWebBridge(window),
    kind: 'electron',
    supportsBackupFolder: true,
    chooseBackupFolder: async () => '/home/it/Backups',
    writeAutoBackup: async (options) => {
      writes.push(options);
      return ok({ path: `${options.folder}/conex-backup-2026.conexbackup`, removed: [] });
    },
  };
}

beforeEach(() => {
  writes.length = 0;
});
const database = componentStorePerTest('backups-screen', { release: () => setPlatformForTests(undefined) });

describe('automatic backups on the Backups screen', () => {
  it('the desktop app picks a folder, a schedule and how many to keep, and writes a backup there on demand', async () => {
    setPlatformForTests(desktopBridge());
    render(<BackupsScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Choose a folder…' }));
    await screen.findByText('Folder: /home/it/Backups');
    fireEvent.click(screen.getByRole('switch', { name: 'Back up automatically' }));
    const keep = screen.getByRole('textbox', { name: 'Keep the last' });
    fireEvent.change(keep, { target: { value: '5' } });
    fireEvent.blur(keep);
    await waitFor(async () =>
      expect((await database().settings.get('backup.auto'))?.value).toEqual({
        enabled: true,
        folder: '/home/it/Backups',
        intervalHours: 24,
        keep: 5,
      }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Back up to the folder now' }));
    await screen.findByText(/Last automatic backup: .*\/home\/it\/Backups\/conex-backup-2026\.conexbackup/);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ folder: '/home/it/Backups', keep: 5 });
    expect(JSON.parse(writes[0]?.data ?? '{}')).toMatchObject({ format: 'conex-license-manager-backup' });
  });

  it('refuses to keep 0 or more than 100 backups', async () => {
    setPlatformForTests(desktopBridge());
    render(<BackupsScreen />);
    const keep = await screen.findByRole('textbox', { name: 'Keep the last' });
    fireEvent.change(keep, { target: { value: '0' } });
    fireEvent.blur(keep);
    expect(keep.getAttribute('aria-invalid')).toBe('true');
    expect(await database().settings.get('backup.auto')).toBeUndefined();
  });

  it('the web build says it downloads and uploads files instead', async () => {
    setPlatformForTests(createWebBridge(window));
    render(<BackupsScreen />);
    await screen.findByText(/In the web version the app cannot write to a folder by itself/);
    expect(screen.queryByRole('button', { name: 'Choose a folder…' })).toBeNull();
  });
});
