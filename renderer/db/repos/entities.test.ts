import { describe, expect, it, vi } from 'vitest';
import { storePerTest } from '../../test/store';
import { addEntity, deleteEntity, listEntities, restoreEntity, updateEntity } from './entities';

const now = new Date('2026-11-25T10:00:00Z');
const database = storePerTest('entities-test');

const library = { name: 'Main Library', kind: 'library' as const, country: 'FR', notes: '' };

describe('entities repository', () => {
  it('adds, renames and deletes an entity', async () => {
    const added = await addEntity(database(), library, now, 'id-1');
    expect(added.ok).toBe(true);
    const renamed = await updateEntity(database(), 'id-1', { ...library, name: 'Bibliothèque centrale' }, now);
    expect(renamed.ok && renamed.value.name).toBe('Bibliothèque centrale');
    expect((await listEntities(database())).map((e) => e.name)).toEqual(['Bibliothèque centrale']);
    const removed = await deleteEntity(database(), 'id-1');
    expect(removed.ok).toBe(true);
    expect(await listEntities(database())).toEqual([]);
    if (removed.ok) await restoreEntity(database(), removed.value);
    expect((await listEntities(database())).map((e) => e.id)).toEqual(['id-1']);
  });

  it('refuses an entity without a name, saving nothing', async () => {
    const result = await addEntity(database(), { ...library, name: '   ' }, now, 'id-1');
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: 'entities:errors.nameRequired' } });
    expect(await database().entities.count()).toBe(0);
  });

  it('refuses a name longer than 200 characters', async () => {
    const result = await addEntity(database(), { ...library, name: 'x'.repeat(201) }, now, 'id-1');
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: 'entities:errors.nameTooLong' } });
    expect((await addEntity(database(), { ...library, name: 'x'.repeat(200) }, now, 'id-2')).ok).toBe(true);
  });

  it('refuses a duplicate name in the same country, whatever the case, but allows it in another country', async () => {
    await addEntity(database(), library, now, 'id-1');
    const clash = await addEntity(database(), { ...library, name: ' main LIBRARY' }, now, 'id-2');
    expect(clash).toMatchObject({ ok: false, error: { messageKey: 'entities:errors.duplicate' } });
    expect((await addEntity(database(), { ...library, country: 'DZ' }, now, 'id-3')).ok).toBe(true);
    expect(await database().entities.count()).toBe(2);
  });

  it('refuses renaming onto another entity’s name', async () => {
    await addEntity(database(), library, now, 'id-1');
    await addEntity(database(), { ...library, name: 'Science Faculty', kind: 'faculty' }, now, 'id-2');
    const result = await updateEntity(database(), 'id-2', { ...library, kind: 'faculty' }, now);
    expect(result.ok).toBe(false);
    expect((await database().entities.get('id-2'))?.name).toBe('Science Faculty');
  });

  it('refuses a country that is not an ISO code', async () => {
    const result = await addEntity(database(), { ...library, country: '' }, now, 'id-1');
    expect(result).toMatchObject({ ok: false, fieldErrors: { country: 'entities:errors.country' } });
  });

  it('a full disk gives a clear message and loses nothing already stored', async () => {
    await addEntity(database(), library, now, 'id-1');
    // The write goes to IndexedDB itself (renderer/db/native-add.ts): the store refuses it there.
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementationOnce(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const result = await addEntity(database(), { ...library, name: 'Another' }, now, 'id-2');
    spy.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { messageKey: 'common:errors.storageFull' } });
    expect((await listEntities(database())).map((e) => e.id)).toEqual(['id-1']);
  });
});
