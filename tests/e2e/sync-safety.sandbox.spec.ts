import { expect, test } from '@playwright/test';
import { seedTables, tableRows } from './pages/store';
import { SANDBOX_API, SandboxApi, SyncPage } from './pages/sync';

test.describe('Sync cannot be turned against the user (sandbox)', () => {
  test('a store that names another API address signs out first and says so; planted changes are set aside, never sent', async ({
    page,
    request,
    baseURL,
  }) => {
    const sandbox = new SandboxApi(request);
    const email = `guarded-${Date.now()}@example.com`;
    const token = await sandbox.account(email);
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(SANDBOX_API) && !url.startsWith(baseURL ?? '') && !url.startsWith('data:') && !url.startsWith('blob:'))
        elsewhere.push(url);
    });
    const sync = new SyncPage(page);
    await sync.signIn(email, token);
    await expect(sync.phase()).toHaveText('Synced');

    // The address is the build's own, shown but not editable, and the page may connect to that origin alone.
    await expect(page.getByRole('textbox', { name: 'Conex API address' })).toHaveValue(SANDBOX_API);
    await expect(page.getByRole('textbox', { name: 'Conex API address' })).toHaveAttribute('readonly', '');
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    expect(csp).toContain(`connect-src 'self' ${SANDBOX_API};`);

    // The store is changed behind the app's back: the signed-in account now names another address, and changes are planted.
    const account = (await tableRows(page, 'syncState')).find((r) => r.key === 'account')?.value as Record<string, unknown>;
    const at = new Date().toISOString();
    await seedTables(page, {
      syncState: [{ key: 'account', value: { ...account, apiUrl: 'https://api.evil.example' } }],
      outbox: [
        {
          objectId: 'account',
          idempotencyKey: 'planted-000001',
          change: { kind: 'account.update', update: { email: 'attacker@evil.example' } },
          createdAt: at,
          attempts: 0,
        },
        {
          objectId: 'account',
          idempotencyKey: 'planted-000002',
          change: { kind: 'account.takeover', email: 'attacker@evil.example' },
          createdAt: at,
          attempts: 0,
          accountId: account.id,
        },
      ],
    });

    // The next sync signs out before sending anything, and says why.
    await expect(page.getByText(/Signed out .*: the app now talks to .*, not https:\/\/api\.evil\.example/)).toBeVisible({
      timeout: 20_000,
    });
    await expect(sync.phase()).toHaveText('Not signed in');

    // Signed in again, the planted changes are set aside: the sync panel counts them, none is sent.
    await sync.signIn(email, token);
    await sync.app.goTo('Licenses');
    await sync.syncNow();
    await sync.openPanel();
    await expect(page.getByText('Changes set aside, never sent: 2 (see the sync log)')).toBeVisible();
    const me = await request.get(`${SANDBOX_API}/v1/account`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await me.json()) as { email: string }).email).toBe(email);
    expect(elsewhere).toEqual([]);
  });
});
