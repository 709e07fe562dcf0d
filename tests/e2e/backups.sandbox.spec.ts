import { expect, test, type APIRequestContext } from '@playwright/test';
import { ATTACKER_EMAIL, ordinaryTables, plantedMachinery, seal } from '../fixtures/hostile-backups/forge';
import { accountWithPaidOrder } from './pages/account';
import { BackupsPage } from './pages/backups';
import { LicensesPage } from './pages/licenses';
import { SANDBOX_API, serveSandboxAppFromDisk, SyncPage } from './pages/sync';

/** An address that is not the Conex API: a forged backup's "API address". Nothing listens there. */
const OTHER_API = 'http://127.0.0.1:4399';

/** What the sandbox holds for the account: the account itself, its quotes, the contacts of its license. */
async function serverState(request: APIRequestContext, token: string, sen: string) {
  const get = async (path: string) => {
    const res = await request.get(`${SANDBOX_API}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.ok(), path).toBe(true);
    return res.json() as Promise<unknown>;
  };
  return { account: await get('/v1/account'), quotes: await get('/v1/quotes'), contacts: await get(`/v1/licenses/${sen}/contacts`) };
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test.describe('A forged backup cannot turn sync against the user (issue 14, sandbox)', () => {
  test('signed in, restoring a backup that plants outbox changes, another API address and a far-future clock changes nothing at Conex, and no evaluation is flagged (R-EVAL-4)', async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    await serveSandboxAppFromDisk(context, baseURL ?? '');
    const email = `victim-${Date.now()}@example.com`;
    const { token, sen } = await accountWithPaidOrder(request, email);
    const before = await serverState(request, token, sen);
    const quoteIds = (before.quotes as { items: { id: string }[] }).items.map((q) => q.id);
    expect(quoteIds.length).toBeGreaterThan(0);

    // Every request the page makes, wherever it goes.
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));

    const sync = new SyncPage(page);
    await sync.signIn(email, token);
    await expect(sync.phase()).toHaveText('Synced', { timeout: 20_000 });

    // The forged file: changes that move the account and the license's contacts to the attacker and delete every
    // quote, a signed-in account at another address, that address as the API address, a clock in 2099, and an
    // evaluation running since yesterday.
    const machinery = plantedMachinery();
    const at = new Date().toISOString();
    const outbox = [
      ...machinery.outbox!,
      {
        seq: 10,
        objectId: `license:${sen}`,
        idempotencyKey: 'forged-10',
        createdAt: at,
        attempts: 0,
        change: { kind: 'contact.add', sen, contact: { email: ATTACKER_EMAIL, role: 'technical' }, localId: 'tmp-9' },
      },
      ...quoteIds.map((id, i) => ({
        seq: 20 + i,
        objectId: `quote:${id}`,
        idempotencyKey: `forged-q${i}`,
        createdAt: at,
        attempts: 0,
        change: { kind: 'quote.delete', quoteId: id },
      })),
    ];
    const tables = ordinaryTables();
    const evaluation = {
      ...(tables.licenses![0] as Record<string, unknown>),
      id: 'lic-eval',
      sen: 'SEN-90000009',
      type: 'evaluation',
      tier: 'Enterprise',
      maintenanceStart: day(-1),
      maintenanceEnd: day(9),
      evaluationEnd: day(9),
    };
    const forged = seal({
      ...tables,
      licenses: [evaluation],
      ...machinery,
      outbox,
      syncState: [
        { key: 'account', value: { id: 'acc-attacker', email: ATTACKER_EMAIL, name: 'x', apiUrl: OTHER_API, tokenStorage: 'session' } },
      ],
      settings: [{ key: 'apiUrl', value: OTHER_API }],
      meta: [{ key: 'latestSeen', value: '2099-12-31T00:00:00.000Z' }],
    });

    const backups = new BackupsPage(page);
    await backups.app.goTo('Backups');
    await backups.chooseRestoreFile('from-a-colleague.conexbackup', forged);
    await expect(backups.dialog()).toContainText('Not restored: this computer keeps its own changes waiting to be sent');
    await backups.restore('Replace everything');
    await expect(page.getByText(/^Restored on .* from a backup taken on /)).toBeVisible();

    await sync.syncNow();
    await expect(sync.phase()).toHaveText('Synced', { timeout: 20_000 });
    await expect(sync.waiting()).toHaveText('Changes waiting: 0');

    // Conex holds what it held: the same account, quotes and contacts.
    expect(await serverState(request, token, sen)).toEqual(before);
    // No request went anywhere but to the app itself and the Conex API.
    const elsewhere = requested.filter((url) => !url.startsWith(`${baseURL ?? ''}/`) && !url.startsWith(`${SANDBOX_API}/`));
    expect(elsewhere).toEqual([]);
    expect(requested.some((url) => url.startsWith(SANDBOX_API))).toBe(true);
    // Still signed in as the user, to the real API.
    await backups.app.goTo('Settings');
    await expect(page.getByTestId('signed-in-as')).toHaveText(`Signed in as ${email}`);

    // The evaluation runs on: the backup's clock in 2099 did not make this computer's clock look set back.
    const licenses = new LicensesPage(page);
    await licenses.app.goTo('Licenses');
    const row = licenses.gridRows().filter({ hasText: 'SEN-90000009' });
    await expect(row).toContainText(/Evaluation: \d+ days? left/, { timeout: 20_000 });
    await expect(row).not.toContainText('the clock went backwards');
  });
});
