import { describe, expect, it } from 'vitest';
import { domainError, err, ok } from '../../shared/errors';
import { storePerTest } from '../test/store';
import { storageOutcome, storageResult } from './storage-errors';

const database = storePerTest('storage-errors');
const entity = (id: string, nameKey: string) => ({
  id,
  name: id,
  kind: 'library' as const,
  country: 'FR',
  notes: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  nameKey,
});
const taken = () => err(domainError('entity.duplicate', 'entities:errors.duplicate'));

describe('storage failures become results', () => {
  it('a value read or written is the ok value', async () => {
    await database().entities.add(entity('e1', 'FR|a'));
    expect(await storageResult(() => database().entities.count())).toEqual(ok(1));
  });

  it('a unique index refusing a record, alone or inside a bulk write, is the caller’s own error', async () => {
    await database().entities.add(entity('e1', 'FR|a'));
    expect(await storageResult(() => database().entities.add(entity('e2', 'FR|a')), taken)).toEqual(taken());
    const bulk = () => database().transaction('rw', database().entities, () => database().entities.bulkAdd([entity('e3', 'FR|a')]));
    expect(await storageResult(bulk, taken)).toEqual(taken());
  });

  it('without a meaning for it, a refused record is a storage failure with its detail', async () => {
    await database().entities.add(entity('e1', 'FR|a'));
    const result = await storageResult(() => database().entities.add(entity('e2', 'FR|a')));
    expect(result).toMatchObject({ ok: false, error: { code: 'storage.failed', messageKey: 'common:errors.storageFailed' } });
  });

  it('a full disk, even wrapped by Dexie, says so', async () => {
    const full = Object.assign(new Error('abort'), {
      name: 'AbortError',
      inner: Object.assign(new Error('quota'), { name: 'QuotaExceededError' }),
    });
    const result = await storageOutcome(() => Promise.reject(full));
    expect(result).toEqual(err({ code: 'storage.full', messageKey: 'common:errors.storageFull' }));
  });

  it('a result the operation decides itself passes through unchanged', async () => {
    const missing = err(domainError('license.missing', 'licenses:errors.missing'));
    expect(await storageOutcome(() => Promise.resolve(missing))).toBe(missing);
  });
});
