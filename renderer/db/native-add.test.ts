import { liveQuery, RangeSet, type ObservabilitySet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { storePerTest } from '../test/store';
import { DEXIE_MUTATION_CHANNEL, NOTICE_GATHER_MS } from './mutation-notice';
import { addRow } from './native-add';
import { addEntity, listEntities } from './repos/entities';
import type { EntityRow } from './rows/entity-row';

const database = storePerTest('native-add');
const now = new Date('2026-12-05T10:00:00Z');

function row(id: string, name: string): EntityRow {
  const stamp = now.toISOString();
  return { id, name, kind: 'library', country: 'FR', notes: '', createdAt: stamp, updatedAt: stamp, nameKey: `FR|${name.toLowerCase()}` };
}

/** The values a live query gives, until `until` holds for one of them. */
function liveUntil<T>(query: () => Promise<T>, until: (value: T) => boolean): { seen: T[]; done: Promise<void> } {
  const seen: T[] = [];
  let sub: { unsubscribe(): void } | undefined;
  const done = new Promise<void>((resolve, reject) => {
    sub = liveQuery(query).subscribe({
      next: (value) => {
        seen.push(value);
        if (until(value)) resolve();
      },
      error: reject,
    });
  });
  void done.finally(() => sub?.unsubscribe());
  return { seen, done };
}

describe('adding a row outside Dexie’s write path', () => {
  it('updates a live query of this window that has already read the table (its cached result is dropped)', async () => {
    await addRow(database(), database().entities, row('a', 'Alpha'));
    const live = liveUntil(
      () => listEntities(database()),
      (list) => list.length === 2,
    );
    await expect.poll(() => live.seen.length).toBe(1);
    await addEntity(database(), { name: 'Beta', kind: 'library', country: 'FR', notes: '' }, now, 'b');
    await live.done;
    // Dexie may give the old list once more before the new one (its own writes do too); never anything else.
    const names = live.seen.map((list) => list.map((e) => e.name).join());
    expect(new Set(names)).toEqual(new Set(['Alpha', 'Alpha,Beta']));
    expect(names.at(-1)).toBe('Alpha,Beta');
  });

  it('is undone with the Dexie transaction it is called in', async () => {
    const d = database();
    await expect(
      d.transaction('rw', d.entities, async () => {
        await addRow(d, d.entities, row('a', 'Alpha'));
        throw new Error('refused later in the transaction');
      }),
    ).rejects.toThrow('refused later');
    expect(await d.entities.count()).toBe(0);
  });

  it('rejects a clash on a unique index with the ConstraintError Dexie would give, storing nothing', async () => {
    await addRow(database(), database().entities, row('a', 'Alpha'));
    await expect(addRow(database(), database().entities, row('b', 'ALPHA'))).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await database().entities.count()).toBe(1);
  });

  it('tells other tabs the first add at once and the adds right after it in one message, naming keys and index values', async () => {
    // Notices an earlier test left gathering go out first: this test starts after a quiet spell.
    await new Promise((resolve) => setTimeout(resolve, NOTICE_GATHER_MS * 3));
    const otherTab = new BroadcastChannel(DEXIE_MUTATION_CHANNEL);
    const messages: ObservabilitySet[] = [];
    otherTab.onmessage = (event: MessageEvent<ObservabilitySet>) => messages.push(event.data);
    try {
      for (const [id, name] of [
        ['a', 'Alpha'],
        ['b', 'Beta'],
        ['c', 'Gamma'],
      ] as const)
        await addRow(database(), database().entities, row(id, name));
      await new Promise((resolve) => setTimeout(resolve, NOTICE_GATHER_MS * 4));
      expect(messages).toHaveLength(2);
      const prefix = `idb://${database().name}/entities/`;
      const [first, rest] = messages as [ObservabilitySet, ObservabilitySet];
      expect(Object.keys(first).sort()).toEqual(
        [prefix, `${prefix}:dels`, `${prefix}country`, `${prefix}nameKey`, `${prefix}updatedAt`].sort(),
      );
      const keys = (part: ObservabilitySet[string] | undefined) => [...new RangeSet().add(part ?? { from: '', to: '' })].map((r) => r.from);
      expect(keys(first[prefix])).toEqual(['a']);
      expect(keys(rest[prefix])).toEqual(['b', 'c']);
      expect(keys(rest[`${prefix}nameKey`])).toEqual(['FR|beta', 'FR|gamma']);
    } finally {
      otherTab.close();
    }
  });

  it('speaks the channel the installed Dexie listens on: a notice posted there re-runs this window’s live queries', async () => {
    await addRow(database(), database().entities, row('a', 'Alpha'));
    const live = liveUntil(
      () => listEntities(database()),
      (list) => list.length === 2,
    );
    await expect.poll(() => live.seen.length).toBe(1);
    // Another tab's write: the row lands through raw IndexedDB (no notice from here), then its tab posts the notice.
    await new Promise<void>((resolve, reject) => {
      const tx = database().backendDB().transaction('entities', 'readwrite');
      tx.objectStore('entities').add(row('b', 'Beta'));
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error);
    });
    const otherTab = new BroadcastChannel(DEXIE_MUTATION_CHANNEL);
    try {
      const prefix = `idb://${database().name}/entities/`;
      otherTab.postMessage({ [prefix]: new RangeSet().addKey('b'), [`${prefix}:dels`]: new RangeSet().addKey('b') });
      await live.done;
    } finally {
      otherTab.close();
    }
    expect(live.seen.at(-1)?.map((e) => e.name)).toEqual(['Alpha', 'Beta']);
  });
});
