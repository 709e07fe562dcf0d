import { RangeSet, type DBCoreTable, type ObservabilitySet } from 'dexie';

/**
 * Dexie's name for its change notices, on the window's DOM events and on the BroadcastChannel between tabs. The
 * trailing "-1" is its protocol version: tabs running different Dexie copies share it, so it does not change lightly
 * (mutation-notice.test.ts fails if the installed Dexie stops listening on it).
 */
export const DEXIE_MUTATION_CHANNEL = 'x-storagemutated-1';

/** How long notices for other tabs are gathered before one message carries them all. */
export const OTHER_TABS_DELAY_MS = 50;

/**
 * The parts of the database one added row can change, in the form Dexie's observability middleware records for its
 * own writes: the primary key (also as a possible deletion, as Dexie marks an add) and the row's value in every index.
 */
export function partsOfAddedRow(dbName: string, table: DBCoreTable, row: unknown): ObservabilitySet {
  const prefix = `idb://${dbName}/${table.name}/`;
  const { primaryKey, indexes } = table.schema;
  const key = primaryKey.extractKey?.(row);
  const parts: ObservabilitySet = {};
  if (key != null) {
    parts[prefix] = new RangeSet().addKey(key);
    parts[`${prefix}:dels`] = new RangeSet().addKey(key);
  }
  for (const index of indexes) {
    const value: unknown = index.extractKey?.(row);
    if (value == null) continue;
    const set = new RangeSet();
    if (index.multiEntry && Array.isArray(value)) set.addKeys(value);
    else set.addKey(value as never);
    parts[`${prefix}${index.name ?? ''}`] = set;
  }
  return parts;
}

let pending: Record<string, RangeSet> | undefined;
let channel: BroadcastChannel | undefined;

function flushToOtherTabs(): void {
  if (!pending) return;
  const parts = pending;
  pending = undefined;
  if (!channel) {
    channel = new BroadcastChannel(DEXIE_MUTATION_CHANNEL);
    // Under Node (the tests) an open channel would keep the process alive; browsers have no unref.
    (channel as { unref?: () => void }).unref?.();
  }
  channel.postMessage(parts);
}

/**
 * Tells live queries that a write made outside Dexie's own write path changed `parts`. This window hears it at once,
 * through the DOM event Dexie listens to for changes from another Dexie copy in the same window (it drops the cached
 * results the change touches, then re-runs the live queries that read them). Other tabs hear it through Dexie's
 * BroadcastChannel, the notices of OTHER_TABS_DELAY_MS gathered into one message: a run of adds costs one message,
 * not one per row, and another tab's lists still follow within a blink.
 */
export function announceMutation(parts: ObservabilitySet): void {
  dispatchEvent(new CustomEvent(DEXIE_MUTATION_CHANNEL, { detail: parts }));
  if (typeof BroadcastChannel === 'undefined') return;
  if (!pending) {
    pending = {};
    setTimeout(flushToOtherTabs, OTHER_TABS_DELAY_MS);
  }
  for (const [part, set] of Object.entries(parts)) (pending[part] ??= new RangeSet()).add(set);
}

// A page going away sends what it still holds, so other tabs never miss its last writes.
if (typeof addEventListener === 'function') addEventListener('pagehide', flushToOtherTabs);
