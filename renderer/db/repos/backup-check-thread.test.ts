import { afterEach, describe, expect, it, vi } from 'vitest';
import { canonicalTable } from '../../../shared/backup';
import { checkWorkerHandler } from './backup-check';
import { CheckWorkers, startBackupCheck, type CheckWorker } from './backup-check-thread';
import { primaryKeysOf } from './backup-records';
import { ConexDb } from '../database';

const primaryKeys = primaryKeysOf(new ConexDb('backup-check-thread-test'));
const stamp = '2026-01-01T00:00:00.000Z';
const entity = (id: string, name = `Entity ${id}`) => ({
  id,
  name,
  kind: 'library',
  country: 'FR',
  notes: '',
  createdAt: stamp,
  updatedAt: stamp,
  nameKey: `FR|${name.toLowerCase()}`,
});
const good = canonicalTable([entity('e-1'), entity('e-2')]);
const bad = canonicalTable([entity('e-3'), { ...entity('e-4'), kind: 'castle' }]);

type Listener = (event: { data?: unknown; preventDefault: () => void }) => void;

/** A worker in this thread: messages go through the worker's own handler, or the worker fails as told. */
function fakeWorker(behaviour: 'answers' | 'fails to load' | 'answers nonsense'): CheckWorker & { terminated: boolean; seen: string[] } {
  const listeners: Record<string, Listener[]> = {};
  const emit = (type: string, data?: unknown) =>
    queueMicrotask(() => listeners[type]?.forEach((l) => l({ data, preventDefault: () => undefined })));
  const handle = checkWorkerHandler((verdict) => emit('message', verdict));
  const worker = {
    terminated: false,
    seen: [] as string[],
    postMessage(message: unknown) {
      worker.seen.push((message as { kind: string }).kind);
      if (behaviour === 'fails to load') emit('error');
      else if (behaviour === 'answers nonsense') emit('message', { ok: 'maybe' });
      else handle(message);
    },
    terminate() {
      worker.terminated = true;
    },
    addEventListener(type: string, listener: Listener) {
      (listeners[type] ??= []).push(listener);
    },
  };
  return worker as unknown as CheckWorker & { terminated: boolean; seen: string[] };
}

afterEach(() => vi.restoreAllMocks());

describe('checking a backup off the main thread', () => {
  it('the worker checks each table as it is handed in and names the first record a restore would refuse', async () => {
    const worker = fakeWorker('answers');
    const check = startBackupCheck(primaryKeys, 9, new CheckWorkers(() => worker));
    check.add('entities', bad);
    expect(await check.verdict()).toMatchObject({
      ok: false,
      error: {
        code: 'backup.recordInvalid',
        messageKey: 'backups:errors.recordInvalid',
        params: { table: 'entities', record: 2, path: 'kind' },
      },
    });
    expect(worker.seen).toEqual(['start', 'table', 'end']);
  });

  it('backups one after another and side by side share one worker, each getting its own verdict', async () => {
    const spawned: ReturnType<typeof fakeWorker>[] = [];
    const workers = new CheckWorkers(() => {
      spawned.push(fakeWorker('answers'));
      return spawned.at(-1);
    });
    const first = startBackupCheck(primaryKeys, 9, workers);
    const second = startBackupCheck(primaryKeys, 9, workers);
    first.add('entities', bad);
    second.add('entities', good);
    expect(await second.verdict()).toEqual({ ok: true });
    expect(await first.verdict()).toMatchObject({ ok: false });
    const third = startBackupCheck(primaryKeys, 9, workers);
    third.add('entities', good);
    expect(await third.verdict()).toEqual({ ok: true });
    expect(spawned).toHaveLength(1);
  });

  it('a worker that failed is replaced by the next backup', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const spawned: ReturnType<typeof fakeWorker>[] = [];
    const workers = new CheckWorkers(() => {
      spawned.push(fakeWorker(spawned.length === 0 ? 'fails to load' : 'answers'));
      return spawned.at(-1);
    });
    const first = startBackupCheck(primaryKeys, 9, workers);
    first.add('entities', bad);
    expect(await first.verdict()).toMatchObject({ ok: false });
    expect(spawned[0]?.terminated).toBe(true);
    const second = startBackupCheck(primaryKeys, 9, workers);
    second.add('entities', bad);
    expect(await second.verdict()).toMatchObject({ ok: false, error: { params: { record: 2 } } });
    expect(spawned).toHaveLength(2);
    expect(spawned[1]?.seen).toEqual(['start', 'table', 'end']);
  });

  it('a backup whose records all pass is vouched for', async () => {
    const check = startBackupCheck(primaryKeys, 9, new CheckWorkers(() => fakeWorker('answers')));
    check.add('entities', good);
    expect(await check.verdict()).toEqual({ ok: true });
  });

  it.each(['fails to load', 'answers nonsense'] as const)(
    'a worker that %s leaves the check to this thread, which still finds the bad record',
    async (behaviour) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const check = startBackupCheck(primaryKeys, 9, new CheckWorkers(() => fakeWorker(behaviour)));
      check.add('entities', good);
      check.add('entities', bad);
      expect(await check.verdict()).toMatchObject({ ok: false, error: { code: 'backup.recordInvalid', params: { record: 2 } } });
      expect(warn).toHaveBeenCalledOnce();
    },
  );

  it('where there is no worker at all, the check runs here', async () => {
    const check = startBackupCheck(primaryKeys, 9, new CheckWorkers(() => undefined));
    check.add('entities', bad);
    expect(await check.verdict()).toMatchObject({ ok: false, error: { code: 'backup.recordInvalid' } });
  });

  it('the worker answers nothing to an end without a start, and ignores what is not a request', () => {
    const post = vi.fn();
    const handle = checkWorkerHandler(post);
    handle({ kind: 'end', id: 1 });
    handle('hello');
    handle({ kind: 'table', id: 1, table: 'entities', text: bad });
    expect(post).not.toHaveBeenCalled();
  });
});
