import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { EntitiesPage } from './pages/entities';

test.describe('An IT administrator keeps the list of entities their licenses are for', () => {
  test('adds, renames and deletes an entity; it survives a reload', async ({ page }) => {
    const app = new AppPage(page);
    const entities = new EntitiesPage(page);
    await app.open('/#/entities');
    await expect(app.heading()).toHaveText('Entities');
    await expect(page.getByText('No entities yet')).toBeVisible();

    await entities.add('Main Library', 'France');
    await entities.expectRow('Main Library');
    await entities.add('Faculty of Science', 'Algeria', 'Faculty');
    await entities.expectRow('Faculty of Science');

    await page.reload();
    await entities.expectRow('Main Library');
    await entities.expectRow('Faculty of Science');

    await page.getByRole('button', { name: 'Edit Main Library' }).click();
    await entities.fill('Central Library');
    await entities.dialog().getByRole('button', { name: 'Save' }).click();
    await entities.expectRow('Central Library');
    await expect(entities.row('Main Library')).toHaveCount(0);

    await page.getByRole('button', { name: 'Delete Faculty of Science' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(entities.row('Faculty of Science')).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await entities.expectRow('Faculty of Science');

    await page.reload();
    await entities.expectRow('Central Library');
    await entities.expectRow('Faculty of Science');
  });

  test('an entity added in one tab shows in another tab of the web app', async ({ page, context }) => {
    const first = new AppPage(page);
    await first.open('/#/entities');
    const otherPage = await context.newPage();
    const other = new AppPage(otherPage);
    await other.open('/#/entities');
    await expect(otherPage.getByText('No entities yet')).toBeVisible();

    await new EntitiesPage(page).add('Main Library', 'France');
    await new EntitiesPage(otherPage).expectRow('Main Library');
  });

  test('bad input is refused with a clear message and nothing is saved', async ({ page }) => {
    const app = new AppPage(page);
    const entities = new EntitiesPage(page);
    await app.open('/#/entities');
    await page.getByRole('button', { name: 'Add entity' }).click();
    await entities.dialog().getByRole('button', { name: 'Save' }).click();
    await expect(entities.dialog().getByText('Enter a name.')).toBeVisible();
    await expect(entities.dialog().getByText('Choose a country.')).toBeVisible();

    await entities.fill('x'.repeat(201), 'France');
    await entities.dialog().getByRole('button', { name: 'Save' }).click();
    await expect(entities.dialog().getByText('The name is too long: 200 characters at most.')).toBeVisible();
    await entities.dialog().getByRole('button', { name: 'Cancel' }).click();

    await entities.add('Main Library', 'France');
    await entities.expectRow('Main Library');
    await entities.add('main library', 'France');
    await expect(entities.dialog().getByText('An entity named “main library” already exists in this country.')).toBeVisible();
    await entities.dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('row')).toHaveCount(2);
  });

  test('errors show in French when the app is in French', async ({ page }) => {
    const app = new AppPage(page);
    const entities = new EntitiesPage(page);
    await app.open('/#/settings');
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Français' }).click();
    await app.goTo('Entités');
    await page.getByRole('button', { name: 'Ajouter une entité' }).click();
    await entities.dialog().getByRole('button', { name: 'Enregistrer' }).click();
    await expect(entities.dialog().getByText('Saisissez un nom.')).toBeVisible();
  });
});
