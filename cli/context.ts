import type { Translate } from '../shared/calendar/maintenance-events';
import type { Ed25519SyncVerifier, Ed25519Verifier } from '../shared/keys/crypto-ports';
import type { TrustedKeySet } from '../shared/keys/trust';
import type { Lang } from './i18n/translate';

/** Everything a command needs from outside, passed in so tests run commands with real parts and a fixed clock. */
export interface Context {
  readonly lang: Lang;
  readonly t: Translate;
  readonly now: Date;
  readonly trustedKeys: TrustedKeySet;
  readonly verifier: Ed25519SyncVerifier;
  /** The same verification on the thread pool, for commands that read every key before printing. */
  readonly poolVerifier: Ed25519Verifier;
  readonly json: boolean;
  /** Whether standard output is a terminal that takes colour; asked only when colour would be used. */
  readonly colour: () => boolean;
  /** Standard input, opened only when read: creating Node's stdin stream costs start-up time. */
  readonly stdin: () => AsyncIterable<Uint8Array>;
}

/** What a command prints and the exit code it ends with. */
export interface Outcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

/** An outcome of one line on standard error. */
export function failure(line: string, code: number): Outcome {
  return { stdout: '', stderr: `${line}\n`, code };
}
