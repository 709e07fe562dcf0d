import { expect, test, type APIRequestContext } from '@playwright/test';
import { LicensesPage } from './pages/licenses';
import { SANDBOX_API, SandboxApi, serveSandboxAppFromDisk, SyncPage } from './pages/sync';

/** One license of `entity` for `email` on the sandbox; returns its SEN. */
async function seedLicense(request: APIRequestContext, email: string, entity: string): Promise<string> {
  const res = await request.post(`${SANDBOX_API}/__sandbox/licenses`, { data: { email, entity } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { licenses: string[] }).licenses[0] ?? '';
}

/** What Conex's Customer Advocate Team decides about the account's only request. */
async function decideOnlyRequest(request: APIRequestContext, token: string, decision: 'confirmed' | 'declined'): Promise<void> {
  const feed = await request.get(`${SANDBOX_API}/v1/consent-requests`, { headers: { authorization: `Bearer ${token}` } });
  const [only] = ((await feed.json()) as { items: { id: string }[] }).items;
  expect(only).toBeDefined();
  const res = await request.post(`${SANDBOX_API}/__sandbox/consent-decision`, { data: { id: only?.id, decision } });
  expect(res.ok()).toBe(true);
}

test.describe('An academic IT administrator moves a license to another entity (sandbox)', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await serveSandboxAppFromDisk(context, baseURL ?? '');
  });

  test('the Consent To Assign form goes to Conex; the license moves only when Conex confirms, with a new key to apply (R-LIC-6)', async ({
    page,
    request,
  }) => {
    test.slow();
    const email = `library-it-${Date.now()}@example.com`;
    const token = await new SandboxApi(request).account(email);
    const sen = await seedLicense(request, email, 'Main Library');
    const sync = new SyncPage(page);
    await sync.signIn(email, token);
    await expect(sync.phase()).toHaveText('Synced');

    const licenses = new LicensesPage(page);
    await licenses.app.goTo('Licenses');
    await page.getByRole('button', { name: `Open License Details for ${sen}` }).click();
    await expect(licenses.field('Entity')).toHaveText('Main Library');
    const consent = page.getByRole('region', { name: 'Consent To Assign' });
    const requests = consent.getByRole('list', { name: 'Consent To Assign requests' });
    await consent.getByRole('textbox', { name: 'New entity', exact: true }).fill('Faculté de Médecine');
    await consent.getByRole('textbox', { name: 'Signatory email of the new entity' }).fill('dean@');
    await consent.getByRole('button', { name: 'Send the request to Conex' }).click();
    await expect(consent.getByRole('alert')).toHaveText('This is not a valid email address.');
    await expect(requests).toHaveCount(0);

    await consent.getByRole('textbox', { name: 'Signatory email of the new entity' }).fill('dean@univ.example');
    await consent.getByRole('button', { name: 'Send the request to Conex' }).click();
    await expect(requests).toContainText('To Faculté de Médecine');
    await expect(requests).toContainText('Received by Conex', { timeout: 20_000 });
    // Received is not confirmed: the license keeps its entity.
    await expect(licenses.field('Entity')).toHaveText('Main Library');
    expect(await licenses.accessibilityViolations('consent panel with a request waiting')).toEqual([]);

    await decideOnlyRequest(request, token, 'confirmed');
    await sync.syncNow();
    await expect(requests).toContainText('Confirmed by Conex', { timeout: 20_000 });
    await expect(licenses.field('Entity')).toHaveText('Faculté de Médecine');
    // The key names its entity (R-LIC-1): Conex's new key waits to be applied.
    await expect(page.getByText(`A new key is ready for ${sen}`).first()).toBeVisible();
  });

  test('help opens Conex’s pages, as the Conex API names them, in the system browser', async ({ page, request }) => {
    const email = `help-${Date.now()}@example.com`;
    const token = await new SandboxApi(request).account(email);
    const sync = new SyncPage(page);
    await sync.signIn(email, token);
    await expect(sync.phase()).toHaveText('Synced');
    const links = (await (await request.get(`${SANDBOX_API}/v1/links`)).json()) as Record<string, string>;
    await page.context().route('https://*.conex.example/**', (route) => route.fulfill({ body: 'Conex page (test stand-in)' }));
    const help = page.getByRole('region', { name: 'Help' });
    for (const [name, link] of [
      ['Partner directory', 'partners'],
      ['Vote for a feature', 'vote'],
      ['Change the account email (Conex ID)', 'changeEmail'],
    ] as const) {
      const [popup] = await Promise.all([page.waitForEvent('popup'), help.getByRole('button', { name }).click()]);
      await expect.poll(() => popup.url()).toBe(links[link]);
      await popup.close();
    }
  });
});
