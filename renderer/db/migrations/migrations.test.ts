import { describe, expect, it } from 'vitest';
import { dbNamesPerTest } from '../../test/store';
import { ConexDb } from '../database';
import { migrations } from './index';

const freshName = dbNamesPerTest('migration-test');

describe('schema migrations', () => {
  it('versions are numbered 1, 2, 3… with no gap', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('v1 → v2: every entity survives and gets its unique name-per-country key', async () => {
    const name = freshName();
    const old = new ConexDb(name, 1);
    await old.open();
    const stamp = '2026-01-01T00:00:00.000Z';
    await old.table('entities').bulkAdd([
      { id: 'a', name: 'Main Library', kind: 'library', country: 'FR', notes: '', createdAt: stamp, updatedAt: stamp },
      { id: 'b', name: 'Faculty of Science', kind: 'faculty', country: 'DZ', notes: 'north wing', createdAt: stamp, updatedAt: stamp },
      // v1 had no unique index, so this clash could exist: it must be kept, renamed, not dropped.
      { id: 'c', name: 'main library ', kind: 'library', country: 'FR', notes: '', createdAt: stamp, updatedAt: stamp },
    ]);
    await old.table('settings').put({ key: 'language', value: 'fr' });
    old.close();

    const upgraded = new ConexDb(name, 2);
    await upgraded.open();
    const rows = await upgraded.entities.orderBy('id').toArray();
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rows[0]).toMatchObject({ name: 'Main Library', nameKey: 'FR|main library' });
    expect(rows[1]).toMatchObject({ notes: 'north wing', nameKey: 'DZ|faculty of science' });
    expect(rows[2]?.nameKey).not.toBe(rows[0]?.nameKey);
    expect(await upgraded.settings.get('language')).toEqual({ key: 'language', value: 'fr' });
    upgraded.close();
  });

  it('a v1 database filled with data opens at the latest version with every record', async () => {
    const name = freshName();
    const old = new ConexDb(name, 1);
    await old.open();
    const stamp = '2026-01-01T00:00:00.000Z';
    const entities = Array.from({ length: 50 }, (_, i) => ({
      id: `e${i}`,
      name: `Entity ${i}`,
      kind: 'campus',
      country: 'FR',
      notes: '',
      createdAt: stamp,
      updatedAt: stamp,
    }));
    await old.table('entities').bulkAdd(entities);
    old.close();

    const latest = new ConexDb(name);
    await latest.open();
    expect(latest.verno).toBe(migrations.at(-1)?.version);
    expect(await latest.entities.count()).toBe(50);
    latest.close();
  });

  it('v2 → v3: entities and settings are kept, and the license, key history and meta tables exist empty', async () => {
    const name = freshName();
    const old = new ConexDb(name, 2);
    await old.open();
    const stamp = '2026-01-01T00:00:00.000Z';
    await old.entities.add({
      id: 'a',
      name: 'Main Library',
      kind: 'library',
      country: 'FR',
      notes: '',
      createdAt: stamp,
      updatedAt: stamp,
      nameKey: 'FR|main library',
    });
    await old.settings.put({ key: 'theme', value: 'dark' });
    old.close();

    const upgraded = new ConexDb(name, 3);
    await upgraded.open();
    expect(await upgraded.entities.get('a')).toMatchObject({ name: 'Main Library' });
    expect(await upgraded.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
    expect(upgraded.tables.map((t) => t.name).sort()).toEqual(['entities', 'keyHistory', 'licenses', 'meta', 'settings']);
    expect(await upgraded.table('licenses').count()).toBe(0);
    upgraded.close();
  });
});
