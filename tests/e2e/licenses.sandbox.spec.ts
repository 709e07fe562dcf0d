import { expect, test, type Page } from '@playwright/test';
import { signKey } from '../../shared/keys/sign';
import { SANDBOX_KID } from '../../shared/keys/trust';
import { makeRawTestKey, makeTestKey, rogueSigner, sampleEvaluationPayload, samplePayload } from '../fixtures/keys';
import { LicensesPage } from './pages/licenses';
import { entityRow, seedTables } from './pages/store';

const NOW = new Date('2026-11-25T10:00:00');

async function start(page: Page, entities = [entityRow('library', 'Main Library'), entityRow('faculty', 'Faculty of Science')]) {
  await page.clock.install({ time: NOW });
  const licenses = new LicensesPage(page);
  await licenses.open();
  await seedTables(page, { entities });
  return licenses;
}

test.describe('An administrator pastes a purchased key into License Details (sandbox build, sandbox-signed keys)', () => {
  test('a valid key for a new SEN becomes a license, shown in full in License Details (R-LIC-3)', async ({ page }) => {
    const licenses = await start(page);
    await expect(page.getByText('No licenses yet')).toBeVisible();
    await licenses.addFromKey(await makeTestKey());

    await expect(licenses.app.heading()).toHaveText('License Details: SEN-12345678');
    await expect(licenses.field('Support Entitlement Number (SEN)')).toHaveText('SEN-12345678');
    await expect(licenses.field('Product')).toHaveText('Conex Books');
    await expect(licenses.field('Deployment')).toHaveText('Server');
    await expect(licenses.field('Tier')).toHaveText('Professional');
    await expect(licenses.field('Type')).toHaveText('Commercial');
    await expect(licenses.field('Entity')).toHaveText('Main Library');
    await expect(licenses.field('Server ID')).toHaveText('BX7Q-2M4K-9PLD-T3RW');
    await expect(licenses.field('Licensee')).toHaveText('Université Lumière Lyon 2');
    await expect(licenses.field('Maintenance start')).toHaveText('Mar 2, 2026');
    await expect(licenses.field('Maintenance end')).toHaveText('Mar 2, 2027');
    await expect(licenses.field('Status')).toHaveText('Active');
    await expect(licenses.status('Maintenance is active until Mar 2, 2027')).toBeVisible();
    // R-SUP-1: the Professional plan adds tickets and live chat; R-SUP-2: Select 9/5, first response 2 hours.
    const channels = page.getByRole('list', { name: 'Support channels of the Professional plan' });
    await expect(channels.getByRole('listitem')).toHaveText(['Email', 'Knowledge base', 'Tickets', 'Live chat']);
    const targets = page.getByRole('table', { name: 'Response targets' });
    await expect(targets.getByRole('row').nth(1).getByRole('cell')).toHaveText(['All', '9/5', '2 hours', 'Select team']);
    await expect(page.getByText('Cannot be requested: only holders of a Conex Server Enterprise license')).toBeVisible();
    await expect(licenses.history().getByRole('row')).toHaveCount(2);
    await expect(licenses.history()).toContainText('Current key');

    await licenses.backToList();
    await expect(licenses.gridRows()).toHaveCount(1);
    await expect(licenses.gridRows().first()).toContainText('SEN-12345678');
  });

  test('each bad key gets its own message and changes nothing', async ({ page }) => {
    const licenses = await start(page);
    const good = await makeTestKey();
    await licenses.addFromKey(good);
    await expect(licenses.app.heading()).toHaveText('License Details: SEN-12345678');

    // A character changed in the middle of the payload; the signature no longer matches.
    const at = 20;
    const changed = `${good.slice(0, at)}${good[at] === 'A' ? 'B' : 'A'}${good.slice(at + 1)}`;
    const bad: [string, string | RegExp][] = [
      ['', 'Paste a license key first: the field is empty.'],
      [good.slice(0, -12), 'This license key is incomplete: part of it is missing.'],
      [changed, 'This license key has been changed or mistyped: its signature does not match.'],
      [
        await signKey(samplePayload({ kid: 'conex-rogue', issued: '2026-06-01T00:00:00Z' }), rogueSigner()),
        'This license key was signed with a key this version of the app does not know (conex-rogue).',
      ],
      [await makeRawTestKey('this is not JSON'), 'This license key is signed, but its content cannot be read.'],
      [
        await makeRawTestKey(JSON.stringify({ kid: SANDBOX_KID, sen: 'SEN-12345678', product: 'conex-books' })),
        /This license key is incomplete: it lacks deployment, tier, type, entity, serverId, licensee, issued, maintenanceStart, maintenanceEnd, majorVersion\./,
      ],
      [
        await makeTestKey(sampleEvaluationPayload('2026-11-01')),
        'This evaluation key has expired: the evaluation stopped running on Nov 11, 2026.',
      ],
      [
        await makeTestKey({ product: 'conex-data-center', issued: '2026-06-01T00:00:00Z' }),
        'This key is for another product than the license you are updating.',
      ],
      [
        await makeTestKey({ tier: 'Enterprise', issued: '2026-01-15T08:00:00Z' }),
        'This key is older than the one already applied to this license (issued Jan 15, 2026, 8:00 AM, the current one Mar 2, 2026, 9:30 AM). Nothing was changed.',
      ],
    ];
    for (const [text, message] of bad) {
      await licenses.pasteKey(text);
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
      await expect(licenses.dialog()).toHaveCount(0);
    }
    // A reload keeps License Details open (the address names the license), with nothing the bad keys could have changed.
    await page.reload();
    await expect(page).toHaveURL(/#\/licenses\/[^/]+$/);
    await expect(licenses.field('Tier')).toHaveText('Professional');
    await expect(licenses.field('Maintenance end')).toHaveText('Mar 2, 2027');
    await expect(licenses.history().getByRole('row')).toHaveCount(2);
  });

  test('replaces a key after seeing what it changes, then restores the old one from the history (R-LIC-3)', async ({ page }) => {
    const licenses = await start(page);
    await licenses.addFromKey(await makeTestKey());
    const upgrade = await makeTestKey({
      tier: 'Enterprise',
      issued: '2026-06-01T09:00:00Z',
      maintenanceStart: '2026-06-01',
      maintenanceEnd: '2027-06-01',
    });

    await licenses.pasteKey(upgrade);
    const diff = licenses.dialog().getByRole('table', { name: 'What this key changes' });
    await expect(diff.getByRole('row', { name: /Tier/ }).getByRole('cell')).toHaveText(['Professional', 'Enterprise', 'Changes']);
    await expect(diff.getByRole('row', { name: /Maintenance end/ }).getByRole('cell')).toHaveText([
      'Mar 2, 2027',
      'Jun 1, 2027',
      'Changes',
    ]);
    await expect(diff.getByRole('row', { name: /Entity/ }).getByRole('cell')).toHaveText(['Main Library', 'Main Library', 'Unchanged']);
    await expect(
      diff
        .getByRole('row', { name: /Server ID/ })
        .getByRole('cell')
        .last(),
    ).toHaveText('Unchanged');
    await expect(licenses.dialog().getByText('take a full system backup')).toHaveCount(0);
    await licenses.dialog().getByRole('button', { name: 'Apply this key' }).click();

    await expect(page.getByText('Key applied to SEN-12345678.')).toBeVisible();
    await expect(licenses.field('Tier')).toHaveText('Enterprise');
    await expect(licenses.field('Maintenance end')).toHaveText('Jun 1, 2027');
    await expect(page.getByText('Can be requested: this is a Conex Server Enterprise license.')).toBeVisible();
    await expect(licenses.keyBox()).toHaveValue('');
    const rows = licenses.history().getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText('Current key');
    await expect(rows.nth(2)).toContainText('Replaced on Nov 25, 2026');

    await page.getByRole('button', { name: 'View key issued Mar 2, 2026, 9:30 AM' }).click();
    await expect(licenses.dialog().getByRole('heading')).toHaveText('Key issued Mar 2, 2026, 9:30 AM');
    await expect(licenses.dialog().locator('dt:text-is("Tier") + dd')).toHaveText('Professional');
    await expect(licenses.dialog().getByRole('textbox', { name: 'License key' })).toHaveValue(/-----BEGIN CONEX LICENSE-----/);
    expect(await licenses.accessibilityViolations('key view')).toEqual([]);
    await licenses.dialog().getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Restore key issued Mar 2, 2026, 9:30 AM' }).click();
    await expect(licenses.dialog().getByRole('heading')).toHaveText('Restore the key issued Mar 2, 2026, 9:30 AM?');
    await expect(licenses.dialog().getByRole('row', { name: /Tier/ }).getByRole('cell')).toHaveText([
      'Enterprise',
      'Professional',
      'Changes',
    ]);
    await licenses.dialog().getByRole('button', { name: 'Restore this key' }).click();
    await expect(licenses.dialog()).toHaveCount(0);
    await expect(licenses.field('Tier')).toHaveText('Professional');
    await expect(licenses.field('Maintenance end')).toHaveText('Mar 2, 2027');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1)).toContainText('Current key · Restored');

    // The newer key can be applied again after a restore: it is newer than the restored one.
    await licenses.applyKey(upgrade);
    await expect(licenses.field('Tier')).toHaveText('Enterprise');
    // Pasting the key already applied changes nothing and is not recorded twice.
    await licenses.pasteKey(upgrade);
    await expect(page.getByRole('status').filter({ hasText: 'This key is already the one applied to this license' })).toBeVisible();
    await expect(licenses.dialog()).toHaveCount(0);
    await expect(rows).toHaveCount(5);
  });

  test('a key that moves the license to another entity and server warns, and reminds to back up first (R-LIC-1, R-ACC-4)', async ({
    page,
  }) => {
    const licenses = await start(page);
    await licenses.addFromKey(await makeTestKey());
    await licenses.pasteKey(await makeTestKey({ entity: 'Faculty of Science', serverId: 'NEW-SRV-01', issued: '2026-06-01T09:00:00Z' }));
    const dialog = licenses.dialog();
    await expect(
      dialog.getByText('This key is for server ID NEW-SRV-01, but this license is on server ID BX7Q-2M4K-9PLD-T3RW.'),
    ).toBeVisible();
    await expect(dialog.getByText('This key is for “Faculty of Science”, but this license covers “Main Library”.')).toBeVisible();
    await expect(dialog.getByText(/take a full system backup of the Conex Server and keep it safe\./)).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Entity for this license' })).toHaveText('Faculty of Science');
    expect(await licenses.accessibilityViolations('apply dialog with warnings')).toEqual([]);

    // Keeping the old entity would make one license cover two entities: the key's warning says so, once.
    await licenses.choose('Entity for this license', 'Main Library');
    await expect(dialog.getByText(/This key is for “Faculty of Science”/)).toHaveCount(1);
    await expect(dialog.getByText(/but the license would be attached to/)).toHaveCount(0);
    await licenses.choose('Entity for this license', 'Faculty of Science');
    await expect(dialog.getByText(/one license covers exactly one entity/)).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Apply this key' }).click();
    await expect(licenses.field('Entity')).toHaveText('Faculty of Science');
    await expect(licenses.field('Server ID')).toHaveText('NEW-SRV-01');
  });

  test('an unknown SEN becomes a new license for the entity picked, with R-LIC-1 warnings; a known SEN opens its details with the key', async ({
    page,
  }) => {
    const licenses = await start(page);
    await licenses.addFromKey(await makeTestKey());
    await licenses.backToList();

    await page.getByRole('button', { name: 'Add license from key' }).click();
    const dialog = licenses.dialog();
    await dialog.getByRole('textbox', { name: 'License key' }).fill(await makeTestKey({ sen: 'SEN-22222222', tier: 'Express' }));
    await dialog.getByRole('button', { name: 'Check key' }).click();
    await expect(dialog.getByText(/Conex Books Express \(Server\), SEN-22222222/)).toBeVisible();
    await expect(
      dialog.getByText(
        'SEN-12345678 already covers “Main Library” on server BX7Q-2M4K-9PLD-T3RW. Each license permits one entity on one server',
        {
          exact: false,
        },
      ),
    ).toBeVisible();
    await licenses.choose('Entity for this license', 'Faculty of Science');
    await expect(dialog.getByText(/already covers/)).toHaveCount(0);
    await expect(dialog.getByText(/one license covers exactly one entity\./)).toBeVisible();
    await dialog.getByRole('button', { name: 'Add license' }).click();
    await expect(licenses.app.heading()).toHaveText('License Details: SEN-22222222');
    await expect(licenses.field('Entity')).toHaveText('Faculty of Science');
    await expect(licenses.field('Tier')).toHaveText('Express');

    // A key for a SEN already stored leads to that license, with the key waiting in its License key box.
    await licenses.backToList();
    const renewal = await makeTestKey({ issued: '2026-11-20T09:00:00Z', maintenanceEnd: '2028-03-02' });
    await page.getByRole('button', { name: 'Add license from key' }).click();
    await dialog.getByRole('textbox', { name: 'License key' }).fill(renewal);
    await dialog.getByRole('button', { name: 'Check key' }).click();
    await expect(dialog.getByText('SEN-12345678 is already in your licenses.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Open License Details for SEN-12345678' }).click();
    await expect(licenses.app.heading()).toHaveText('License Details: SEN-12345678');
    await expect(licenses.keyBox()).toHaveValue(renewal);
    await licenses.page.getByRole('button', { name: 'Apply key', exact: true }).click();
    await licenses.dialog().getByRole('button', { name: 'Apply this key' }).click();
    await expect(licenses.field('Maintenance end')).toHaveText('Mar 2, 2028');
  });

  test('an evaluation shows its days left, expires after 10 days, and a clock moved back is flagged, not rewarded (R-EVAL-1, R-EVAL-2, R-EVAL-4)', async ({
    page,
  }) => {
    const licenses = await start(page, [entityRow('library', 'Main Library')]);
    await page.getByRole('button', { name: 'Start evaluation' }).click();
    const dialog = licenses.dialog();
    // Not signed in: no key can be issued, and the dialog says what the record is for until the key is pasted.
    await expect(dialog.getByText(/The record only tracks the evaluation's dates until you paste the evaluation key/)).toBeVisible();
    await expect(
      dialog.getByText(/for 10 days: it ends on Dec 5, 2026, 10:0\d\sAM, 10 days to the minute after it starts\./),
    ).toBeVisible();
    await licenses.choose('Deployment', 'Cloud');
    await expect(
      dialog.getByText(/Cloud evaluations have no data backups: Conex backs up data for paying monthly and annual subscribers only\./),
    ).toBeVisible();
    await licenses.choose('Deployment', 'Server');
    await dialog.getByRole('button', { name: 'Start evaluation' }).click();
    await expect(dialog.getByText('Enter the server ID.')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Server ID' }).fill('EVAL-SRV-1');
    await dialog.getByRole('button', { name: 'Start evaluation' }).click();

    await expect(licenses.app.heading()).toHaveText(/^License Details: SEN-\d{8}$/);
    await expect(licenses.field('Tier')).toHaveText('Enterprise');
    await expect(licenses.field('Type')).toHaveText('Evaluation');
    await expect(licenses.field('Evaluation end')).toHaveText(/^Dec 5, 2026, 10:0\d\sAM$/);
    await expect(licenses.status('Evaluation: 10 days left.')).toBeVisible();
    await licenses.backToList();
    await expect(licenses.gridRows().first()).toContainText('Evaluation: 10 days left');

    await page.clock.fastForward(11 * 86_400_000);
    await expect(licenses.gridRows().first()).toContainText('Evaluation ended');

    await page.clock.setSystemTime(new Date('2026-12-04T10:00:00'));
    await page.reload();
    await expect(licenses.gridRows().first()).toContainText('Evaluation stopped: the clock went backwards');
    await licenses
      .gridRows()
      .first()
      .getByRole('button', { name: /Open License Details/ })
      .click();
    await expect(licenses.status(/This computer's clock is 2 days behind the latest time this app has seen \(Dec 6, 2026/)).toBeVisible();
    await expect(licenses.status(/moving the clock back cannot extend an evaluation\./)).toBeVisible();
  });
});
