import type { Transaction } from 'dexie';

/** One schema version: the stores it declares (Dexie syntax) and the data upgrade from the version before. Append-only: never edit a shipped one. */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}
