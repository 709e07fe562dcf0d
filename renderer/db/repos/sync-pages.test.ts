import { describe, expect, it } from 'vitest';
import { submissionOf, type ApiLicense, type ApiQuote } from '../../../shared/api';
import { readyQuote } from '../../../tests/sandbox/fixtures';
import { storePerTest } from '../../test/store';
import { checkCloseAccount } from '../../../shared/account/contacts';
import { bulkReplace, contactsOf, listLicenseContacts } from './account';
import { applyRemoteLicenses } from './sync-licenses';
import { applyRemoteQuotes } from './sync-quotes';

const stamp = '2026-03-10T09:00:00.000Z';
const now = new Date(stamp);
const database = storePerTest('sync-pages');

function apiLicense(i: number, patch: Partial<ApiLicense> = {}): ApiLicense {
  return {
    sen: `SEN-${String(30_000_000 + i)}`,
    product: 'conex-books',
    deployment: 'server',
    tier: 'Express',
    type: 'commercial',
    entity: `Library ${i % 7}`,
    country: 'FR',
    serverId: `SRV-${i}`,
    licensee: 'Université',
    issued: stamp,
    maintenanceStart: '2026-03-10',
    maintenanceEnd: '2027-03-10',
    majorVersion: 10,
    key: `CX1.key-${i}`,
    contacts: [{ id: `c${i}`, email: 'it@example.com', role: 'technical', primary: true }],
    updatedAt: stamp,
    ...patch,
  };
}

let ids = 0;
const newId = () => `id-${++ids}`;

describe('applying a full page of a feed in one transaction', () => {
  it('1,000 licenses: filed under their entities (created once each), with contacts and a key waiting for each (R-LIC-1, R-PAY-2)', async () => {
    const page = Array.from({ length: 1000 }, (_, i) => apiLicense(i));
    const report = await applyRemoteLicenses(database(), page, now, newId);
    expect(report).toMatchObject({ created: 1000, updated: 0, skipped: [] });
    expect(report.newKeys).toHaveLength(1000);
    expect(await database().licenses.count()).toBe(1000);
    expect((await database().entities.toArray()).map((e) => e.name).sort()).toEqual(Array.from({ length: 7 }, (_, i) => `Library ${i}`));
    expect(await database().licenseContacts.count()).toBe(1000);
    // The same page again changes nothing more.
    const again = await applyRemoteLicenses(database(), page, now, newId);
    expect(again).toMatchObject({ created: 0, updated: 1000 });
    expect(await database().entities.count()).toBe(7);
  });

  it('a license the server sends invalid is left out, the rest of the page is kept', async () => {
    const report = await applyRemoteLicenses(database(), [apiLicense(1), apiLicense(2, { maintenanceEnd: '2020-01-01' })], now, newId);
    expect(report.skipped).toEqual(['SEN-30000002']);
    expect(await database().licenses.count()).toBe(1);
  });

  it('1,000 quotes new to this computer', async () => {
    const page: ApiQuote[] = Array.from({ length: 1000 }, (_, i) => {
      const q = readyQuote(`q${i}`, now);
      return {
        id: q.id,
        deleted: false,
        revision: 1,
        status: 'submitted',
        officialNumber: `Q-2026-${String(i).padStart(6, '0')}`,
        issueDate: '2026-03-10',
        validUntil: '2026-04-09',
        poNumber: null,
        submission: submissionOf(q),
        totals: { list: { amount: 1, currency: 'EUR' }, discount: { amount: 0, currency: 'EUR' }, net: { amount: 1, currency: 'EUR' } },
        reviewRequired: false,
        updatedAt: stamp,
      };
    });
    const report = await applyRemoteQuotes(database(), page, now);
    expect(report.inserted).toBe(1000);
    expect(await database().quotes.where('status').equals('submitted').count()).toBe(1000);
    expect(await database().quoteShadows.count()).toBe(1000);
  });
});

describe('a pull that reads the server between a contact change here and its push', () => {
  it("R-ACC-2 R-ACC-3 keeps a handover not yet sent: the server's older contacts do not come back over it", async () => {
    const leaving = 'leaving@univ.example';
    const older = apiLicense(7, {
      entity: 'Main Library',
      contacts: [
        { id: 'b1', email: leaving, role: 'billing', primary: true },
        { id: 't1', email: leaving, role: 'technical', primary: true },
      ],
    });
    await applyRemoteLicenses(database(), [older], now, newId);
    const [license] = await database().licenses.toArray();
    const handover = await bulkReplace(database(), license?.entityId ?? '', leaving, 'successor@univ.example', { now, newKey: newId });
    expect(handover).toEqual({ ok: true, value: 1 });

    // A sync that started before the handover reads the server, which has not heard of it yet.
    await applyRemoteLicenses(database(), [older], now, newId);

    const contacts = await contactsOf(database(), older.sen);
    expect(contacts.map((c) => [c.email, c.role, c.primary])).toEqual([
      ['successor@univ.example', 'billing', true],
      ['successor@univ.example', 'technical', true],
    ]);
    expect(checkCloseAccount(leaving, await listLicenseContacts(database())).ok).toBe(true);
    // Sent later: the server's own list then comes as it is.
    await database().outbox.clear();
    const sent = apiLicense(7, {
      entity: 'Main Library',
      contacts: [
        { id: 's-b', email: 'successor@univ.example', role: 'billing', primary: true },
        { id: 's-t', email: 'successor@univ.example', role: 'technical', primary: true },
      ],
    });
    await applyRemoteLicenses(database(), [sent], now, newId);
    expect(await contactsOf(database(), older.sen)).toEqual(sent.contacts);
  });
});
