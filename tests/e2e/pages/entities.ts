import { expect, type Page } from '@playwright/test';

/** The Entities screen and its add/edit dialog. */
export class EntitiesPage {
  constructor(readonly page: Page) {}

  async add(name: string, country: string, kind = 'Library'): Promise<void> {
    await this.page
      .getByRole('button', { name: /^add entity$/i })
      .first()
      .click();
    await this.fill(name, country, kind);
    await this.dialog().getByRole('button', { name: 'Save' }).click();
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  async fill(name: string, country?: string, kind?: string): Promise<void> {
    const dialog = this.dialog();
    await dialog.getByRole('textbox', { name: /name/i }).fill(name);
    if (kind) {
      await dialog.getByRole('combobox', { name: /kind|type/i }).click();
      await this.page.getByRole('option', { name: kind, exact: true }).click();
    }
    if (country) {
      await dialog.getByRole('combobox', { name: /country|pays/i }).click();
      await this.page.getByRole('option', { name: country, exact: true }).click();
    }
  }

  row(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async expectRow(name: string): Promise<void> {
    await expect(this.row(name)).toBeVisible();
  }
}
