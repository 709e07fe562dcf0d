import { describe, expect, it } from 'vitest';
import { listenForOpenedBackups, useOpenedBackup } from './opened-backup';

describe('a backup file opened from the system', () => {
  it('waits for the Backups screen, which takes it once', () => {
    let emit: ((file: { name: string; data: Uint8Array }) => void) | undefined;
    const went: unknown[] = [];
    const stop = listenForOpenedBackups(
      {
        takeOpenedFile: async () => null,
        on: ((_event: string, listener: (file: { name: string; data: Uint8Array }) => void) => {
          emit = listener;
          return () => (emit = undefined);
        }) as never,
      },
      (screen, params) => went.push([screen, params?.restore]),
    );
    emit?.({ name: 'a.conexbackup', data: new Uint8Array([123, 125]) });
    expect(went).toEqual([['backups', 'opened']]);
    expect(useOpenedBackup.getState().take()?.name).toBe('a.conexbackup');
    expect(useOpenedBackup.getState().take()).toBeNull();
    stop();
    expect(emit).toBeUndefined();
  });

  it('a file that started the app is taken once the app listens', async () => {
    const went: unknown[] = [];
    const stop = listenForOpenedBackups(
      { takeOpenedFile: async () => ({ name: 'launch.conexbackup', data: new Uint8Array([123, 125]) }), on: (() => () => {}) as never },
      (screen, params) => went.push([screen, params?.restore]),
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(went).toEqual([['backups', 'opened']]);
    expect(useOpenedBackup.getState().take()?.name).toBe('launch.conexbackup');
    stop();
  });
});
