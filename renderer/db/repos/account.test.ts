import { beforeEach, describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../../shared/account';
import { storePerTest } from '../../test/store';
import { bulkReplace, changeContact, contactsOf, getProfile, saveProfile } from './account';
import { listOutbox } from './outbox';

let n = 0;
const now = new Date('2026-11-25T10:00:00Z');
const newKey = () => `k${++n}`;
const database = storePerTest('account-test');

const input: ProfileInput = {
  email: 'ana@univ.example',
  name: 'Ana',
  organization: 'Univ',
  address: '',
  country: 'IN',
  phone: '',
  taxIds: [{ kind: 'PAN', value: 'abcde1234f' }],
  publicityOptOut: true,
};

describe('account profile store', () => {
  it('R-TAX-1 R-ACC-5 saves the profile and queues the fields Conex keeps when signed in', async () => {
    const r = await saveProfile(database(), input, { now, newKey, signedIn: true });
    expect(r.ok).toBe(true);
    expect((await getProfile(database()))?.taxIds).toEqual([{ kind: 'PAN', value: 'ABCDE1234F' }]);
    const queued = (await listOutbox(database())).map((row) => row.change);
    expect(queued).toEqual([{ kind: 'account.update', update: { email: 'ana@univ.example', name: 'Ana', publicityOptOut: true } }]);
  });

  it('R-ACC-1 queues only the email when only the email changes', async () => {
    await saveProfile(database(), input, { now, newKey, signedIn: true });
    await saveProfile(database(), { ...input, email: 'it@univ.example' }, { now, newKey, signedIn: true });
    expect((await listOutbox(database())).at(-1)?.change).toEqual({ kind: 'account.update', update: { email: 'it@univ.example' } });
  });

  it('R-TAX-1 refuses a bad tax ID and changes nothing', async () => {
    await saveProfile(database(), input, { now, newKey, signedIn: false });
    const r = await saveProfile(
      database(),
      { ...input, name: 'Other', taxIds: [{ kind: 'GST', value: '123' }] },
      { now, newKey, signedIn: true },
    );
    expect(r).toMatchObject({ ok: false, error: { messageKey: 'account:errors.taxIdFormat.GST' } });
    expect((await getProfile(database()))?.name).toBe('Ana');
    expect(await listOutbox(database())).toEqual([]);
  });
});

describe('license contacts store (R-ACC-2)', () => {
  const sen = 'SEN-12345678';
  beforeEach(async () => {
    await database().licenseContacts.put({
      sen,
      contacts: [
        { id: 'b1', email: 'ana@univ.example', role: 'billing', primary: true },
        { id: 't1', email: 'ana@univ.example', role: 'technical', primary: true },
      ],
      updatedAt: now.toISOString(),
    });
  });

  it('R-ACC-2 adds a technical contact, makes them primary, and queues both changes in order', async () => {
    const added = await changeContact(database(), sen, { kind: 'add', email: 'it@univ.example', role: 'technical' }, { now, newKey });
    expect(added.ok).toBe(true);
    const id = (await contactsOf(database(), sen)).find((c) => c.email === 'it@univ.example')?.id ?? '';
    expect((await changeContact(database(), sen, { kind: 'primary', contactId: id }, { now, newKey })).ok).toBe(true);
    expect((await contactsOf(database(), sen)).filter((c) => c.primary).map((c) => c.email)).toEqual([
      'ana@univ.example',
      'it@univ.example',
    ]);
    expect((await listOutbox(database())).map((r) => r.change)).toEqual([
      { kind: 'contact.add', sen, contact: { email: 'it@univ.example', role: 'technical', primary: false }, localId: id },
      { kind: 'contact.primary', sen, contactId: id },
    ]);
  });

  it('R-ACC-2 refuses to remove the last billing contact: nothing stored, nothing queued', async () => {
    const r = await changeContact(database(), sen, { kind: 'remove', contactId: 'b1' }, { now, newKey });
    expect(r).toMatchObject({ ok: false, error: { messageKey: 'account:errors.lastContact.billing' } });
    expect(await contactsOf(database(), sen)).toHaveLength(2);
    expect(await listOutbox(database())).toEqual([]);
  });
});

describe('bulk change of contacts across an entity (R-ACC-2)', () => {
  it('R-ACC-2 replaces the old email on the entity licenses, adding before removing in the outbox', async () => {
    const contacts = [
      { id: 'b1', email: 'ana@univ.example', role: 'billing' as const, primary: true },
      { id: 't1', email: 'it@univ.example', role: 'technical' as const, primary: true },
    ];
    await database().licenses.bulkPut([
      { id: 'l1', sen: 'SEN-00000001', entityId: 'lib' },
      { id: 'l2', sen: 'SEN-00000002', entityId: 'campus' },
    ] as never);
    await database().licenseContacts.bulkPut([
      { sen: 'SEN-00000001', contacts, updatedAt: now.toISOString() },
      { sen: 'SEN-00000002', contacts, updatedAt: now.toISOString() },
    ]);
    const r = await bulkReplace(database(), 'lib', 'ana@univ.example', 'new@univ.example', { now, newKey });
    expect(r).toEqual({ ok: true, value: 1 });
    expect((await contactsOf(database(), 'SEN-00000001')).map((c) => [c.email, c.role, c.primary])).toEqual([
      ['new@univ.example', 'billing', true],
      ['it@univ.example', 'technical', true],
    ]);
    expect((await contactsOf(database(), 'SEN-00000002')).map((c) => c.email)).toContain('ana@univ.example');
    expect((await listOutbox(database())).map((row) => row.change.kind)).toEqual(['contact.add', 'contact.remove']);
  });
});
