import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft, type Quote } from '../../../shared/quote';
import { ConexDb } from '../../db/database';
import { getQuote, saveDraft } from '../../db/repos/quotes';
import { clearJournal, newerJournal, recoverDraft, writeJournal } from './draft-journal';

const bundled = bundledPriceBook();
if (!bundled.ok) throw new Error('bundled price book is invalid');
const draft = (revision: number, name = 'ACME'): Quote => ({
  ...newDraft('q1', new Date('2026-03-10T09:00:00Z'), 'en', bundled.value),
  organization: { licensee: '', name, address: '', country: '' },
  revision,
});

let database: ConexDb;
beforeEach(async () => {
  localStorage.clear();
  database = new ConexDb(`journal-test-${Math.random()}`);
  await database.open();
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

describe('draft journal', () => {
  it('a keystroke whose put was cut off by a reload is recovered from the journal and stored', async () => {
    await saveDraft(database, draft(4, 'ACM'));
    // The last keystroke: journalled, but its put never committed.
    writeJournal(draft(5, 'ACME'));
    expect(await recoverDraft(database, 'q1')).toMatchObject({ revision: 5, organization: { name: 'ACME' } });
    expect(await getQuote(database, 'q1')).toMatchObject({ ok: true, value: { revision: 5 } });
  });

  it('keeps the stored draft when the journal is older, for another quote, or gone', async () => {
    await saveDraft(database, draft(7));
    writeJournal(draft(6, 'older'));
    expect(await recoverDraft(database, 'q1')).toMatchObject({ revision: 7, organization: { name: 'ACME' } });
    expect(newerJournal('other', undefined)).toBeUndefined();
    clearJournal();
    expect(newerJournal('q1', undefined)).toBeUndefined();
    expect(await recoverDraft(database, 'q1')).toMatchObject({ revision: 7 });
  });

  it('a draft never stored but journalled is recovered; a journal that is not a valid draft is ignored', async () => {
    writeJournal(draft(1));
    expect(await recoverDraft(database, 'q1')).toMatchObject({ revision: 1 });
    localStorage.setItem('conex.quotes.journal', '{"id":"q1","revision":99}');
    expect(newerJournal('q1', draft(1))).toBeUndefined();
    localStorage.setItem('conex.quotes.journal', 'not json');
    expect(newerJournal('q1', undefined)).toBeUndefined();
  });

  it('a full storage loses only the journal copy, never throws', () => {
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect(() => writeJournal(draft(1), full)).not.toThrow();
  });
});
