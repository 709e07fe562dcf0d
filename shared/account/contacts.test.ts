import { describe, expect, it } from 'vitest';
import type { ApiContact } from '../api/licenses';
import {
  addLicenseContact,
  bulkReplaceContact,
  checkCloseAccount,
  licensesBlockingClose,
  makePrimary,
  removeLicenseContact,
  withPendingContactChanges,
  type ContactChange,
  type LicenseContacts,
} from './contacts';

const c = (id: string, email: string, role: 'billing' | 'technical', primary = false): ApiContact => ({ id, email, role, primary });
const base = [c('b1', 'ana@univ.example', 'billing', true), c('t1', 'ana@univ.example', 'technical', true)];

describe('license contacts (R-ACC-2)', () => {
  it('R-ACC-2 adds a technical contact by email, not primary when one exists', () => {
    const r = addLicenseContact(base, ' it@univ.example ', 'technical', 't2');
    expect(r).toEqual({ ok: true, value: [...base, c('t2', 'it@univ.example', 'technical', false)] });
  });

  it('R-ACC-2 makes the first contact of a role primary', () => {
    expect(addLicenseContact([], 'ana@univ.example', 'billing', 'b1')).toEqual({
      ok: true,
      value: [c('b1', 'ana@univ.example', 'billing', true)],
    });
  });

  it('R-ACC-2 refuses an invalid email and the same contact twice', () => {
    expect(addLicenseContact(base, 'not-an-email', 'billing', 'x')).toMatchObject({
      ok: false,
      error: { messageKey: 'account:errors.emailInvalid' },
    });
    expect(addLicenseContact(base, 'ANA@univ.example', 'billing', 'x')).toMatchObject({
      ok: false,
      error: { messageKey: 'account:errors.contactDuplicate' },
    });
  });

  it('R-ACC-2 makes a contact primary; the previous primary of that role stops being it, the other role is untouched', () => {
    const withTwo = [...base, c('t2', 'it@univ.example', 'technical')];
    expect(makePrimary(withTwo, 't2')).toEqual({
      ok: true,
      value: [
        c('b1', 'ana@univ.example', 'billing', true),
        c('t1', 'ana@univ.example', 'technical', false),
        c('t2', 'it@univ.example', 'technical', true),
      ],
    });
    expect(makePrimary(withTwo, 'nope').ok).toBe(false);
  });

  it('R-ACC-2 refuses to remove the last billing or the last technical contact', () => {
    expect(removeLicenseContact(base, 'b1')).toMatchObject({ ok: false, error: { messageKey: 'account:errors.lastContact.billing' } });
    expect(removeLicenseContact(base, 't1')).toMatchObject({ ok: false, error: { messageKey: 'account:errors.lastContact.technical' } });
  });

  it('R-ACC-2 removes a primary contact and promotes the next of its role', () => {
    const withTwo = [...base, c('t2', 'it@univ.example', 'technical')];
    expect(removeLicenseContact(withTwo, 't1')).toEqual({ ok: true, value: [base[0], c('t2', 'it@univ.example', 'technical', true)] });
  });
});

const lic = (licenseId: string, entityId: string, contacts: ApiContact[]): LicenseContacts => ({
  licenseId,
  sen: `SEN-${licenseId}`,
  entityId,
  contacts,
});

describe('bulk change of contacts across an entity', () => {
  const licenses = [
    lic('1', 'lib', base),
    lic('2', 'lib', [c('b2', 'ana@univ.example', 'billing', true), c('t2', 'it@univ.example', 'technical', true)]),
    lic('3', 'lib', [c('b3', 'other@univ.example', 'billing', true), c('t3', 'other@univ.example', 'technical', true)]),
    lic('4', 'campus', base),
  ];

  it('R-ACC-2 replaces the old email on the entity licenses only, keeping role and primary', () => {
    const r = bulkReplaceContact(licenses, 'lib', 'ana@univ.example', 'it@univ.example', (l, role) => `${l}-${role}`);
    expect(r).toEqual({
      ok: true,
      value: [
        {
          licenseId: '1',
          sen: 'SEN-1',
          contacts: [c('1-billing', 'it@univ.example', 'billing', true), c('1-technical', 'it@univ.example', 'technical', true)],
        },
        // it@ was already the technical contact of license 2: ana@ goes, nothing is doubled.
        {
          licenseId: '2',
          sen: 'SEN-2',
          contacts: [c('2-billing', 'it@univ.example', 'billing', true), c('t2', 'it@univ.example', 'technical', true)],
        },
      ],
    });
  });

  it('moves the primary flag to the new email when it was already a non-primary contact', () => {
    const one = [
      lic('5', 'lib', [
        c('b', 'ana@univ.example', 'billing', true),
        c('b2', 'it@univ.example', 'billing'),
        c('t', 'x@univ.example', 'technical', true),
      ]),
    ];
    const r = bulkReplaceContact(one, 'lib', 'ana@univ.example', 'it@univ.example', () => 'new');
    expect(r).toEqual({
      ok: true,
      value: [
        {
          licenseId: '5',
          sen: 'SEN-5',
          contacts: [c('b2', 'it@univ.example', 'billing', true), c('t', 'x@univ.example', 'technical', true)],
        },
      ],
    });
  });

  it('refuses a bad new email, the same email, or an email that is no contact there', () => {
    expect(bulkReplaceContact(licenses, 'lib', 'ana@univ.example', 'bad', () => 'x')).toMatchObject({
      ok: false,
      error: { messageKey: 'account:errors.emailInvalid' },
    });
    expect(bulkReplaceContact(licenses, 'lib', 'ana@univ.example', 'ANA@univ.example', () => 'x')).toMatchObject({
      ok: false,
      error: { messageKey: 'account:errors.sameEmail' },
    });
    expect(bulkReplaceContact(licenses, 'lib', 'nobody@univ.example', 'it@univ.example', () => 'x')).toMatchObject({
      ok: false,
      error: { messageKey: 'account:errors.noneToChange' },
    });
  });
});

describe('closing the account (R-ACC-3)', () => {
  it('R-ACC-3 refuses while a license has no other billing or technical contact, listing those licenses', () => {
    const licenses = [
      lic('1', 'lib', base),
      lic('2', 'lib', [...base, c('b9', 'boss@univ.example', 'billing')]),
      lic('3', 'lib', [...base, c('b8', 'boss@univ.example', 'billing'), c('t8', 'it@univ.example', 'technical')]),
      lic('4', 'lib', [c('b7', 'someone@univ.example', 'billing'), c('t7', 'someone@univ.example', 'technical')]),
    ];
    expect(licensesBlockingClose('Ana@univ.example', licenses).map((l) => l.sen)).toEqual(['SEN-1', 'SEN-2']);
    expect(checkCloseAccount('ana@univ.example', licenses)).toEqual({
      ok: false,
      error: { code: 'account.closeBlocked', messageKey: 'account:errors.closeBlocked', params: { count: 2, sens: 'SEN-1, SEN-2' } },
    });
  });

  it('R-ACC-3 allows closing once every license has other billing and technical contacts', () => {
    const moved = [lic('3', 'lib', [...base, c('b8', 'boss@univ.example', 'billing'), c('t8', 'it@univ.example', 'technical')])];
    expect(checkCloseAccount('ana@univ.example', moved)).toEqual({ ok: true, value: true });
    expect(checkCloseAccount('ana@univ.example', [])).toEqual({ ok: true, value: true });
  });
});

describe('a pull keeps the contact changes still waiting to be sent (R-ACC-2, R-ACC-3)', () => {
  const sen = 'SEN-20000007';
  const server = [c('b1', 'leaving@univ.example', 'billing', true), c('t1', 'leaving@univ.example', 'technical', true)];
  // What "Replace on every license" queues: the successor added first, then the leaving account removed.
  const handover: ContactChange[] = [
    { kind: 'contact.add', sen, contact: { email: 'successor@univ.example', role: 'billing', primary: true }, localId: 'local-b' },
    { kind: 'contact.add', sen, contact: { email: 'successor@univ.example', role: 'technical', primary: true }, localId: 'local-t' },
    { kind: 'contact.remove', sen, contactId: 'b1' },
    { kind: 'contact.remove', sen, contactId: 't1' },
  ];

  it("R-ACC-3 replays a handover not yet sent on the server's older list, so the leaving account no longer blocks closing", () => {
    const contacts = withPendingContactChanges(server, handover);
    expect(contacts).toEqual([
      c('local-b', 'successor@univ.example', 'billing', true),
      c('local-t', 'successor@univ.example', 'technical', true),
    ]);
    const licenses: LicenseContacts[] = [{ licenseId: 'l7', sen, entityId: 'main', contacts }];
    expect(checkCloseAccount('leaving@univ.example', licenses).ok).toBe(true);
    // Without the replay, the server's older list blocks it: what the pull used to write.
    expect(checkCloseAccount('leaving@univ.example', [{ licenseId: 'l7', sen, entityId: 'main', contacts: server }]).ok).toBe(false);
  });

  it("R-ACC-2 with nothing waiting, the server's list is kept as it is", () => {
    expect(withPendingContactChanges(server, [])).toEqual(server);
  });

  it('R-ACC-2 changes the server already shows change nothing: an add already there, a removal of a contact gone', () => {
    const after = [c('s-b', 'successor@univ.example', 'billing', true), c('s-t', 'successor@univ.example', 'technical', true)];
    expect(withPendingContactChanges(after, handover)).toEqual(after);
  });

  it('R-ACC-2 a primary change waiting moves the primary flag within its role; removing a primary hands it to the next of its role', () => {
    const two = [...server, c('t2', 'it@univ.example', 'technical')];
    expect(withPendingContactChanges(two, [{ kind: 'contact.primary', sen, contactId: 't2' }])).toEqual([
      server[0],
      { ...server[1], primary: false },
      c('t2', 'it@univ.example', 'technical', true),
    ]);
    expect(withPendingContactChanges(two, [{ kind: 'contact.remove', sen, contactId: 't1' }])).toEqual([
      server[0],
      c('t2', 'it@univ.example', 'technical', true),
    ]);
  });

  it('R-ACC-2 a contact added and then removed here before any sync leaves no trace', () => {
    const added: ContactChange[] = [
      { kind: 'contact.add', sen, contact: { email: 'temp@univ.example', role: 'technical', primary: false }, localId: 'local-x' },
      { kind: 'contact.remove', sen, contactId: 'local-x' },
    ];
    expect(withPendingContactChanges(server, added)).toEqual(server);
  });
});
