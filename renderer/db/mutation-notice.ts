import { RangeSet, type DBCoreTable, type IndexableType, type ObservabilitySet } from 'dexie';

/**
 * Dexie's name for its change notices, on the window's DOM events and on the BroadcastChannel between tabs. The
 * trailing "-1" is its protocol version: tabs running different Dexie copies share it, so it does not change lightly
 * (native-add.test.ts fails if the installed Dexie stops listening on it).
 */
export const DEXIE_MUTATION_CHANNEL = 'x-storagemutated-1';

/** After a notice goes out, the ones that follow within this time are gathered into one message. */
export const NOTICE_GATHER_MS = 50;

/** Keys by database part (`idb://<db>/<table>/<index>`), as Dexie's notices name what a write changed. */
type PartKeys = Map<string, IndexableType[]>;

/**
 * What one added row can change, as Dexie's observability middleware records its own writes: the primary key (also
 * as a possible deletion, as Dexie marks an add) and the row's value in every index.
 */
function addKeysOfRow(into: PartKeys, dbName: string, table: DBCoreTable, row: unknown): void {
  const prefix = `idb://${dbName}/${table.name}/`;
  const push = (part: string, key: IndexableType) => {
    const keys = into.get(part);
    if (keys) keys.push(key);
    else into.set(part, [key]);
  };
  const key: unknown = table.schema.primaryKey.extractKey?.(row);
  if (key != null) {
    push(prefix, key as IndexableType);
    push(`${prefix}:dels`, key as IndexableType);
  }
  for (const index of table.schema.indexes) {
    const value: unknown = index.extractKey?.(row);
    if (value == null) continue;
    const part = `${prefix}${index.name ?? ''}`;
    if (index.multiEntry && Array.isArray(value)) for (const v of value as IndexableType[]) push(part, v);
    else push(part, value as IndexableType);
  }
}

function toParts(keys: PartKeys): ObservabilitySet {
  const parts: ObservabilitySet = {};
  for (const [part, list] of keys) parts[part] = new RangeSet().addKeys(list);
  return parts;
}

let pending: PartKeys | undefined;
let gathering: ReturnType<typeof setTimeout> | undefined;
let channel: BroadcastChannel | undefined;

function send(): void {
  if (!pending) return;
  const parts = toParts(pending);
  pending = undefined;
  if (!channel) {
    channel = new BroadcastChannel(DEXIE_MUTATION_CHANNEL);
    // Under Node (the tests) an open channel would keep the process alive; browsers have no unref.
    (channel as { unref?: () => void }).unref?.();
  }
  channel.postMessage(parts);
}

function endOfGathering(): void {
  gathering = undefined;
  if (!pending) return;
  send();
  gathering = setTimeout(endOfGathering, NOTICE_GATHER_MS);
}

/**
 * Tells live queries that a row was added outside Dexie's own write path, with the message Dexie sends for its
 * writes, on its channel. Every Dexie hears it, in other tabs and in this window (a BroadcastChannel reaches every
 * other channel object of its name, Dexie's own in this page included): each drops the cached results the change
 * touches and re-runs the live queries that read them. The first notice after a quiet spell goes at once; those of
 * the next NOTICE_GATHER_MS go together, so a run of adds costs a message per 50 ms, not one per row.
 */
export function announceAddedRow(dbName: string, table: DBCoreTable, row: unknown): void {
  if (typeof BroadcastChannel === 'undefined') {
    // No other tab can be told; this window's Dexie listens for notices from other Dexie copies on a DOM event.
    const keys: PartKeys = new Map();
    addKeysOfRow(keys, dbName, table, row);
    dispatchEvent(new CustomEvent(DEXIE_MUTATION_CHANNEL, { detail: toParts(keys) }));
    return;
  }
  pending ??= new Map();
  addKeysOfRow(pending, dbName, table, row);
  if (gathering !== undefined) return;
  send();
  gathering = setTimeout(endOfGathering, NOTICE_GATHER_MS);
}

// A page going away sends what it still holds, so other tabs never miss its last writes.
if (typeof addEventListener === 'function') addEventListener('pagehide', send);
