import { describe, expect, it } from 'vitest';
import { listenForOpenedFiles, openedFileKind, useOpenedFile } from './opened-file';

type Listener = (file: { name: string; data: Uint8Array }) => void;
const bytes = new Uint8Array([123, 125]);

function listen(takeOpenedFile: () => Promise<{ name: string; data: Uint8Array } | null> = async () => null) {
  let emit: Listener | undefined;
  const went: unknown[] = [];
  const stop = listenForOpenedFiles(
    {
      takeOpenedFile,
      on: ((_event: string, listener: Listener) => {
        emit = listener;
        return () => (emit = undefined);
      }) as never,
    },
    (route) => void went.push(route),
  );
  return { emit: (name: string) => emit?.({ name, data: bytes }), went, stop, listening: () => emit !== undefined };
}

describe('a file opened from the system goes to the screen of its kind', () => {
  it('knows the kind by the extension, in any case', () => {
    expect(openedFileKind('site.conexbackup')).toBe('backup');
    expect(openedFileKind('All Keys.CONEXKEYS')).toBe('keys');
    expect(openedFileKind('server.ConexRequest')).toBe('request');
    expect(openedFileKind('notes.txt')).toBeNull();
    expect(openedFileKind('conexkeys')).toBeNull();
  });

  it('a backup waits for the Backups screen, which takes it once', () => {
    const opened = listen();
    opened.emit('a.conexbackup');
    expect(opened.went).toEqual([{ screen: 'backups', intent: { kind: 'restore-opened' } }]);
    expect(useOpenedFile.getState().take('keys')).toBeNull();
    expect(useOpenedFile.getState().take('backup')?.name).toBe('a.conexbackup');
    expect(useOpenedFile.getState().take('backup')).toBeNull();
    opened.stop();
    expect(opened.listening()).toBe(false);
  });

  it('a keys file opens Import keys file on the Licenses screen', () => {
    const opened = listen();
    opened.emit('licenses.conexkeys');
    expect(opened.went).toEqual([{ screen: 'licenses', intent: { kind: 'import-opened' } }]);
    expect(useOpenedFile.getState().take('backup')).toBeNull();
    expect(useOpenedFile.getState().take('keys')?.name).toBe('licenses.conexkeys');
    opened.stop();
  });

  it('a key request opens on the Licenses screen; a file that is not ours goes nowhere', () => {
    const opened = listen();
    opened.emit('server.conexrequest');
    opened.emit('notes.txt');
    expect(opened.went).toEqual([{ screen: 'licenses', intent: { kind: 'request-opened' } }]);
    expect(useOpenedFile.getState().take('request')?.name).toBe('server.conexrequest');
    opened.stop();
  });

  it('a file that started the app is taken once the app listens', async () => {
    const opened = listen(async () => ({ name: 'launch.conexkeys', data: bytes }));
    await new Promise((r) => setTimeout(r, 0));
    expect(opened.went).toEqual([{ screen: 'licenses', intent: { kind: 'import-opened' } }]);
    expect(useOpenedFile.getState().take('keys')?.name).toBe('launch.conexkeys');
    opened.stop();
  });
});
