import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { LicensesPage } from './pages/licenses';
import { SANDBOX_API, SandboxApi, serveSandboxAppFromDisk, SyncPage } from './pages/sync';

/** `count` licenses of `entity` for `email` on the sandbox; returns their SENs. */
async function seedLicenses(request: APIRequestContext, email: string, entity: string, count: number): Promise<string[]> {
  const res = await request.post(`${SANDBOX_API}/__sandbox/licenses`, { data: { email, entity, count } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { licenses: string[] }).licenses;
}

/** Attaches a file through the system's file dialog (the web build's file chooser). */
async function attach(page: Page, button: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles(file);
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

  test('the signed Consent To Assign form goes to Conex with two licenses; they move only when Conex confirms, with new keys to apply (R-LIC-6)', async ({
    page,
    request,
  }) => {
    test.slow();
    const email = `library-it-${Date.now()}@example.com`;
    const token = await new SandboxApi(request).account(email);
    const [sen, other] = await seedLicenses(request, email, 'Main Library', 2);
    const sync = new SyncPage(page);
    await sync.signIn(email, token);
    await expect(sync.phase()).toHaveText('Synced');

    const licenses = new LicensesPage(page);
    await licenses.app.goTo('Licenses');
    await page.getByRole('button', { name: `Open License Details for ${sen}` }).click();
    await expect(licenses.field('Entity')).toHaveText('Main Library');
    const consent = page.getByRole('region', { name: 'Consent To Assign' });
    const requests = consent.getByRole('list', { name: 'Consent To Assign requests' });
    const attachButton = consent.getByRole('button', { name: 'Attach the signed form' });
    await consent.getByRole('textbox', { name: 'New entity', exact: true }).fill('Faculté de Médecine');
    await consent.getByRole('textbox', { name: 'Signatory email of the new entity' }).fill('dean@');
    await consent.getByRole('button', { name: 'Send the request to Conex' }).click();
    await expect(consent.getByRole('alert')).toHaveText('This is not a valid email address.');
    await consent.getByRole('textbox', { name: 'Signatory email of the new entity' }).fill('dean@univ.example');
    await consent.getByRole('button', { name: 'Send the request to Conex' }).click();
    await expect(consent.getByRole('alert')).toHaveText('Attach the signed Consent To Assign form.');
    // A scan saved in the wrong format is refused in words, and nothing is recorded.
    await attach(page, attachButton, { name: 'consent.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004') });
    await expect(consent.getByRole('alert')).toHaveText('This file is not a PDF, PNG or JPEG.');
    await expect(requests).toHaveCount(0);

    await consent.getByRole('group', { name: 'Licenses to move' }).getByRole('checkbox', { name: other }).check();
    await attach(page, attachButton, {
      name: 'consent-signed.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\nsigned by the dean\n%%EOF'),
    });
    await expect(consent.getByText(/^Signed form: consent-signed\.pdf/)).toBeVisible();
    await consent.getByRole('button', { name: 'Send the request to Conex' }).click();
    await expect(requests).toContainText(`To Faculté de Médecine: ${sen}, ${other}`);
    await expect(requests).toContainText('Received by Conex', { timeout: 20_000 });
    // Received is not confirmed: the licenses keep their entity.
    await expect(licenses.field('Entity')).toHaveText('Main Library');
    expect(await licenses.accessibilityViolations('consent panel with a request waiting')).toEqual([]);

    await decideOnlyRequest(request, token, 'confirmed');
    await sync.syncNow();
    await expect(requests).toContainText('Confirmed by Conex', { timeout: 20_000 });
    await expect(licenses.field('Entity')).toHaveText('Faculté de Médecine');
    // Each key names its entity (R-LIC-1): Conex's new keys wait to be applied.
    await expect(page.getByText(new RegExp(`A new key is ready for (${sen}|${other})`)).first()).toBeVisible();
    await licenses.backToList();
    await expect(licenses.gridRows().filter({ hasText: other })).toContainText('Faculté de Médecine');
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
      ['Consent To Assign form', 'consentForm'],
      ['Vote for a feature', 'vote'],
      ['Change the account email (Conex ID)', 'changeEmail'],
    ] as const) {
      const [popup] = await Promise.all([page.waitForEvent('popup'), help.getByRole('button', { name }).click()]);
      await expect.poll(() => popup.url()).toBe(links[link]);
      await popup.close();
    }
  });
});
