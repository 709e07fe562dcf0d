import { afterFirstScreen } from './after-first-screen';
import { onUnexpectedError } from './unexpected-error';

/**
 * When a service starts (VS Code's workbench contribution phases):
 * - 'ready': as soon as the app is drawn, for what must not wait (a file double-clicked to open the app);
 * - 'afterFirstScreen': once the first screen is up and the window idle, for background work that would compete
 *   with that screen for the one thread (sync, reminders, backups).
 */
export type ServicePhase = 'ready' | 'afterFirstScreen';

/** Work the app runs for as long as the window is open, named so a failure to start says which. */
export interface AppService {
  readonly id: string;
  readonly phase: ServicePhase;
  /** Starts the work; returns what stops it. */
  start(): () => void;
}

function startOne(service: AppService): () => void {
  // One service that fails to start must not keep the others from starting, nor go unseen.
  try {
    return service.start();
  } catch (error) {
    onUnexpectedError(error, { context: `service ${service.id} failed to start` });
    return () => undefined;
  }
}

/**
 * A service's start for work whose code loads only when it starts, so it is no part of the first screen's JavaScript:
 * `load` brings the code and returns its start. A stop before the code has come means it never starts.
 */
export function loadThenStart(id: string, load: () => Promise<() => () => void>): () => () => void {
  return () => {
    let stopped = false;
    let stop: (() => void) | undefined;
    load().then(
      (start) => {
        if (!stopped) stop = startOne({ id, phase: 'afterFirstScreen', start });
      },
      (error: unknown) => onUnexpectedError(error, { context: `service ${id} failed to load` }),
    );
    return () => {
      stopped = true;
      stop?.();
    };
  };
}

/** Starts each service in its phase; returns one function that stops them all, the last started first. */
export function startServiceList(services: readonly AppService[]): () => void {
  const stops = services.map((service) => (service.phase === 'ready' ? startOne(service) : afterFirstScreen(() => startOne(service))));
  return () => {
    for (const stop of stops.reverse()) {
      try {
        stop();
      } catch (error) {
        onUnexpectedError(error, { context: 'a service failed to stop' });
      }
    }
  };
}
