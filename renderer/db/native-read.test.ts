import { describe, expect, it } from 'vitest';
import { storePerTest } from '../test/store';
import { readSnapshot } from './native-read';
import { addEntity } from './repos/entities';

const database = storePerTest('native-read');
const now = new Date('2026-12-05T10:00:00Z');

async function seed(names: string[]) {
  for (const name of names) {
    const added = await addEntity(database(), { name, kind: 'library', country: 'FR', notes: '' }, now, `id-${name}`);
    expect(added.ok).toBe(true);
  }
}

async function settle(snapshot: Awaited<ReturnType<typeof readSnapshot>>) {
  return Promise.all(snapshot.map(async (t) => ({ name: t.name, count: await t.count, rows: await t.rows })));
}

describe('reading a snapshot of whole tables (issue 18: the backup reads through IndexedDB itself)', () => {
  it('gives each table the rows and count Dexie gives', async () => {
    await seed(['Alpha', 'Beta', 'Gamma']);
    const read = await settle(await readSnapshot(database(), ['entities', 'licenses']));
    expect(read.map((t) => t.name)).toEqual(['entities', 'licenses']);
    expect(read[0]!.rows).toEqual(await database().entities.toArray());
    expect(read[0]!.count).toBe(3);
    expect(read[1]!).toMatchObject({ count: 0, rows: [] });
  });

  it('is one snapshot: a write made after the read was asked for is not in it', async () => {
    await seed(['Alpha']);
    const snapshot = await readSnapshot(database(), ['entities']);
    const later = seed(['Beta']);
    expect((await snapshot[0]!.rows).length).toBe(1);
    await later;
    expect(await database().entities.count()).toBe(2);
  });

  it('inside a Dexie transaction, reads through it', async () => {
    await seed(['Alpha']);
    const read = await database().transaction('rw', database().entities, async () => {
      await database().entities.update('id-Alpha', { notes: 'seen inside' });
      return settle(await readSnapshot(database(), ['entities']));
    });
    expect(read[0]!.rows).toMatchObject([{ notes: 'seen inside' }]);
  });

  it('refuses a table the store does not have, as the store does', async () => {
    await expect(readSnapshot(database(), ['no-such-table'])).rejects.toThrow();
  });
});
