import type { PrimaryKeys } from './backup-records';
import { answerFrom, backupChecker, type BackupVerdict, type CheckRequest } from './backup-check';

/** A backup's check under way: tables are handed in as they are written; the verdict comes once all are in. */
export interface BackupCheck {
  add(table: string, text: string): void;
  verdict(): Promise<BackupVerdict>;
  cancel(): void;
}

/** What the check needs of a worker; the browser's Worker has it. */
export type CheckWorker = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

function spawnCheckWorker(): CheckWorker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  // Vite sees this exact form and builds the worker as its own file, served from the app's origin (worker-src 'self').
  return new Worker(new URL('./backup-check.worker.ts', import.meta.url), { type: 'module', name: 'conex-backup-check' });
}

/** A worker left idle this long is let go; the next backup starts another. */
const IDLE_MS = 60_000;

/**
 * One check worker shared by every backup (manual and automatic), started on
 * the first and kept while backups come, so that only the first pays for
 * loading the checks. A worker that fails gives every waiting backup no
 * answer (they check on the page) and is replaced by the next backup.
 */
export class CheckWorkers {
  private current: { worker: CheckWorker; waiting: Map<number, (verdict: BackupVerdict | undefined) => void> } | undefined;
  private nextId = 1;
  private idle: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly spawn: () => CheckWorker | undefined = spawnCheckWorker) {}

  /** A session on the shared worker, or undefined where there can be no worker. */
  open(): { id: number; send: (request: CheckRequest) => void; answer: Promise<BackupVerdict | undefined> } | undefined {
    const channel = this.current ?? this.start();
    if (!channel) return undefined;
    clearTimeout(this.idle);
    const id = this.nextId++;
    const answer = new Promise<BackupVerdict | undefined>((resolve) => channel.waiting.set(id, resolve));
    void answer.then(() => this.letGoWhenIdle(channel));
    return { id, send: (request) => channel.worker.postMessage(request), answer };
  }

  private start(): CheckWorkers['current'] {
    let worker: CheckWorker | undefined;
    try {
      worker = this.spawn();
    } catch {
      worker = undefined;
    }
    if (!worker) return undefined;
    const channel = { worker, waiting: new Map<number, (verdict: BackupVerdict | undefined) => void>() };
    const fail = (event: Event) => {
      // Handled here (each backup is checked on the page instead): not an uncaught error in the console.
      event.preventDefault();
      if (this.current === channel) this.current = undefined;
      worker.terminate();
      for (const resolve of channel.waiting.values()) resolve(undefined);
      channel.waiting.clear();
    };
    worker.addEventListener('message', (event) => {
      const answer = answerFrom(event.data);
      if (!answer) return fail(event);
      channel.waiting.get(answer.id)?.(answer.verdict);
      channel.waiting.delete(answer.id);
    });
    worker.addEventListener('error', fail);
    worker.addEventListener('messageerror', fail);
    this.current = channel;
    return channel;
  }

  private letGoWhenIdle(channel: NonNullable<CheckWorkers['current']>): void {
    if (channel.waiting.size > 0 || this.current !== channel) return;
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (channel.waiting.size > 0 || this.current !== channel) return;
      this.current = undefined;
      channel.worker.terminate();
    }, IDLE_MS);
  }
}

const sharedWorkers = new CheckWorkers();

/**
 * Starts checking a backup off the main thread, so that checking 10,000
 * records runs beside reading and writing the file instead of after it. Where
 * there is no worker, or the worker fails or answers nonsense, the same check
 * runs here over the same texts: a backup is never left unchecked.
 */
export function startBackupCheck(primaryKeys: PrimaryKeys, schemaVersion: number, workers: CheckWorkers = sharedWorkers): BackupCheck {
  const texts: [string, string][] = [];
  const here = (): BackupVerdict => {
    const checker = backupChecker(primaryKeys, schemaVersion);
    for (const [table, text] of texts) checker.add(table, text);
    return checker.verdict();
  };
  const session = workers.open();
  if (!session)
    return { add: (table, text) => void texts.push([table, text]), verdict: () => Promise.resolve(here()), cancel: () => undefined };
  const { id, send, answer } = session;
  send({ kind: 'start', id, primaryKeys, schemaVersion });
  return {
    add(table, text) {
      texts.push([table, text]);
      send({ kind: 'table', id, table, text });
    },
    async verdict() {
      send({ kind: 'end', id });
      const verdict = await answer;
      if (verdict) return verdict;
      // Said, so that a worker that no longer loads (a build or policy change) shows up rather than only slowing backups.
      console.warn('The backup check worker did not answer: the backup was checked on the page instead.');
      return here();
    },
    // The worker forgets a backup it is told to end; its verdict is then not awaited.
    cancel: () => send({ kind: 'end', id }),
  };
}
