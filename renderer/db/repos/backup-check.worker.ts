import { z } from 'zod';
import { checkWorkerHandler } from './backup-check';

// A worker runs under the app's Content-Security-Policy too (no eval): zod checks as it does on the page.
z.config({ jitless: true });

/** Checks a backup's tables while the page goes on writing the file (see backup-check-thread.ts). */
const scope = globalThis as unknown as { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: unknown): void };
const handle = checkWorkerHandler((answer) => scope.postMessage(answer));
scope.onmessage = (event) => handle(event.data);
