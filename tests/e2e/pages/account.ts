import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { AppPage } from './app';
import { OtherComputer, SandboxApi } from './sync';

/** An account with one paid order: a quote submitted and paid on Conex's side; returns the order's number and license SEN. */
export async function accountWithPaidOrder(
  request: APIRequestContext,
  email: string,
): Promise<{ token: string; number: string; sen: string }> {
  const sandbox = new SandboxApi(request);
  const token = await sandbox.account(email);
  const quote = await new OtherComputer(request, token).submit(crypto.randomUUID(), email);
  const number = quote.officialNumber ?? '';
  const today = new Date().toISOString().slice(0, 10);
  const [issued] = await sandbox.confirmPayment(number, today);
  return { token, number, sen: issued?.sen ?? '' };
}

/** The Account section of Settings and the Contacts panel of License Details. */
export class AccountPage {
  readonly app: AppPage;
  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  section() {
    return this.page.getByRole('region', { name: 'Account (My Conex)' });
  }

  field(name: string | RegExp) {
    return this.section().getByRole('textbox', { name });
  }

  /** Adds a tax ID row (it takes the first kind no other row has); returns its number. */
  async addTaxId(): Promise<number> {
    const rows = this.section().getByRole('group', { name: 'Tax IDs' }).getByRole('textbox');
    const before = await rows.count();
    await this.section().getByRole('button', { name: 'Add a tax ID' }).click();
    await expect(rows).toHaveCount(before + 1);
    return before + 1;
  }

  taxId(row: number) {
    return this.section().getByRole('textbox', { name: `Tax ID ${row}`, exact: true });
  }

  async chooseTaxKind(row: number, kind: string): Promise<void> {
    await this.section()
      .getByRole('combobox', { name: `Tax ID kind ${row}`, exact: true })
      .click();
    await this.page.getByRole('option', { name: kind, exact: true }).click();
  }

  async save(): Promise<void> {
    await this.section().getByRole('button', { name: 'Save profile' }).click();
  }

  contacts() {
    return this.page.getByRole('region', { name: 'Contacts' });
  }

  async addContact(email: string, role: 'Billing' | 'Technical'): Promise<void> {
    const panel = this.contacts();
    await panel.getByRole('textbox', { name: 'Contact email' }).fill(email);
    await panel.getByRole('combobox', { name: 'Role' }).click();
    await this.page.getByRole('option', { name: role, exact: true }).click();
    await panel.getByRole('button', { name: 'Add contact' }).click();
    await expect(panel.getByRole('list', { name: role })).toContainText(email);
  }
}
