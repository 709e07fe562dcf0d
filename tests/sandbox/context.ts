import type { Ed25519Signer } from '../../shared/keys/crypto-ports';
import type { PriceBook } from '../../shared/pricing/price-book';
import type { Db } from './store';

/** What every handler works with. The clock is a function so tests can set the date the sandbox lives on. */
export interface SandboxContext {
  db: Db;
  now: () => Date;
  book: PriceBook;
  /** Signs license keys with the sandbox key pair (tests/sandbox/keys/). */
  signer: Ed25519Signer;
}

/** A feed cursor as a sequence number (0 from the start). */
export function cursorOf(since: string | undefined): number | undefined {
  if (since === undefined || since === '') return 0;
  return /^\d{1,15}$/.test(since) ? Number(since) : undefined;
}
