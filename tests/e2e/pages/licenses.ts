import { expect, type Page } from '@playwright/test';
import { seriousViolationsInBothThemes } from './axe';
import { AppPage } from './app';
import { arrived } from './motion';

/** The Licenses screen: the list, License Details, the License key box and the dialogs. */
export class LicensesPage {
  readonly app: AppPage;
  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(): Promise<void> {
    await this.app.open('/#/licenses');
    await expect(this.app.heading()).toHaveText(/^(Licenses|Licences)$/);
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  keyBox() {
    return this.page.getByRole('textbox', { name: 'License key' });
  }

  /** Pastes a key into License Details and presses "Apply key"; a good key opens the confirmation dialog. */
  async pasteKey(key: string): Promise<void> {
    await this.keyBox().fill(key);
    await this.page.getByRole('button', { name: 'Apply key', exact: true }).click();
  }

  /** Pastes a key, then confirms it in the dialog. */
  async applyKey(key: string): Promise<void> {
    await this.pasteKey(key);
    await this.dialog().getByRole('button', { name: 'Apply this key' }).click();
    await expect(this.dialog()).toHaveCount(0);
  }

  /** "Add license from key": paste, check, pick the entity (when asked), add. */
  async addFromKey(key: string, entity?: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add license from key' }).first().click();
    await this.dialog().getByRole('textbox', { name: 'License key' }).fill(key);
    await this.dialog().getByRole('button', { name: 'Check key' }).click();
    if (entity) await this.choose('Entity for this license', entity);
    await this.dialog().getByRole('button', { name: 'Add license' }).click();
    await expect(this.dialog()).toHaveCount(0);
  }

  /** Opens the list named `label` and picks `option` once the list has finished opening, as a user would. */
  async choose(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).click();
    const item = this.page.getByRole('option', { name: option, exact: true });
    await arrived(item);
    await item.click();
  }

  /** A field of License Details by its label. */
  field(label: string) {
    return this.page.locator(`dl dt:text-is("${label}") + dd`);
  }

  /** The status line at the top of License Details. */
  status(text: string | RegExp) {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  history() {
    return this.page.getByRole('table', { name: 'Keys applied to this license' });
  }

  grid() {
    return this.page.getByRole('grid', { name: 'Licenses' });
  }

  gridRows() {
    return this.grid()
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell') });
  }

  /** The SEN cell of each row shown, in order. */
  senColumn() {
    return this.gridRows().locator('[role="gridcell"][data-field="sen"]');
  }

  search() {
    return this.page.getByRole('searchbox', { name: 'Search by SEN' });
  }

  /** The Filters dialog, once the Filters button has opened it. */
  filters() {
    return this.page.getByRole('dialog', { name: /^(Filters|Filtres)$/ });
  }

  /** Opens Filters and picks `option` for the filter named `label` (Entity, Product, Tier, Type, Status); the dialog stays open. */
  async filterBy(label: string, option: string): Promise<void> {
    if (!(await this.filters().isVisible())) await this.page.getByRole('button', { name: /^Filters/ }).click();
    await this.choose(label, option);
    // The choice shows in the closed box, as a user sees it, before anything else is done.
    await expect(this.page.getByRole('listbox')).toHaveCount(0);
    await expect(this.filters().getByRole('combobox', { name: label })).toHaveText(option);
  }

  /** Shows or hides a column through the Columns menu. */
  async toggleColumn(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Columns' }).click();
    const item = this.page.getByRole('menuitemcheckbox', { name });
    await arrived(item);
    await item.click();
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('menu')).toHaveCount(0);
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('button', { name: 'All licenses' }).click();
    await expect(this.app.heading()).toHaveText('Licenses');
  }

  /** Serious and critical axe violations on the page as it stands, described for a readable failure. */
  /** Serious and critical axe violations of the page as it stands, in the light and the dark theme. */
  accessibilityViolations(where: string): Promise<string[]> {
    return seriousViolationsInBothThemes(this.page, where);
  }
}
