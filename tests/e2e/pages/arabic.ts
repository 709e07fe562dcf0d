import { expect, type Download, type Page } from '@playwright/test';
import { AppPage } from './app';
import { arrived } from './motion';

/** The main screens as the Arabic navigation names them, in the rail's order. */
export const ARABIC_SCREENS = {
  licenses: 'التراخيص',
  entities: 'الكيانات',
  quotes: 'عروض الأسعار',
  maintenance: 'الصيانة',
  backups: 'النسخ الاحتياطية',
  settings: 'الإعدادات',
  budget: 'الميزانية',
} as const;
export type ArabicScreen = keyof typeof ARABIC_SCREENS;

/**
 * The app as an Arabic reader uses it: each control found by the name it has in Arabic (the English page objects
 * name them in English). Only the steps the Arabic stories take.
 */
export class ArabicApp {
  readonly app: AppPage;
  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async goTo(screen: ArabicScreen): Promise<void> {
    await this.app.goTo(ARABIC_SCREENS[screen]);
    await expect(this.app.heading()).toHaveText(ARABIC_SCREENS[screen]);
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  /** Opens the list named `label` and picks `option` once it has finished opening; goes on once it has closed. */
  async choose(label: string | RegExp, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).click();
    const item = this.page.getByRole('option', { name: option, exact: true });
    await arrived(item);
    await item.click();
    await expect(this.page.getByRole('listbox')).toHaveCount(0);
  }

  /** Entities: "إضافة كيان" (Add entity), its name, kind and country, then "حفظ" (Save). */
  async addEntity(name: string, kind: string, country: string): Promise<void> {
    await this.page.getByRole('button', { name: 'إضافة كيان' }).first().click();
    await this.dialog().getByRole('textbox', { name: 'الاسم' }).fill(name);
    await this.choose('النوع', kind);
    await this.choose('البلد', country);
    await this.dialog().getByRole('button', { name: 'حفظ' }).click();
    await expect(this.dialog()).toHaveCount(0);
  }

  entityRow(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** Licenses: "إضافة ترخيص من مفتاح" (Add license from key), paste, "التحقق من المفتاح" (Check key), "إضافة الترخيص". */
  async addLicenseFromKey(key: string): Promise<void> {
    await this.page.getByRole('button', { name: 'إضافة ترخيص من مفتاح' }).first().click();
    await this.dialog().getByRole('textbox', { name: 'مفتاح الترخيص' }).fill(key);
    await this.dialog().getByRole('button', { name: 'التحقق من المفتاح' }).click();
    await this.dialog().getByRole('button', { name: 'إضافة الترخيص' }).click();
    await expect(this.dialog()).toHaveCount(0);
  }

  /** License Details' "مفتاح الترخيص" (License key) box. */
  keyBox() {
    return this.page.getByRole('main').getByRole('textbox', { name: 'مفتاح الترخيص' });
  }

  /** Pastes a key into License Details, "تطبيق المفتاح" (Apply key), then "تطبيق هذا المفتاح" (Apply this key) (R-LIC-3). */
  async pasteKey(key: string): Promise<void> {
    await this.keyBox().fill(key);
    await this.page.getByRole('button', { name: 'تطبيق المفتاح', exact: true }).click();
    await this.dialog().getByRole('button', { name: 'تطبيق هذا المفتاح' }).click();
    await expect(this.dialog()).toHaveCount(0);
  }

  /** A License Details field by its Arabic term. */
  field(term: string) {
    return this.page.locator(`dl dt:text-is("${term}") + dd`);
  }

  /** Quotes: "عرض سعر جديد" (New quote), a new Starter license for `entity` in the cart, then on to the contacts. */
  async newQuoteFor(entity: string): Promise<void> {
    await this.page.getByRole('button', { name: 'عرض سعر جديد' }).first().click();
    await expect(this.page.getByRole('heading', { name: 'استمارة عرض السعر والطلبية' })).toBeVisible();
    await this.choose('الكيان', entity);
    await this.page.getByRole('button', { name: 'إضافة إلى السلة' }).click();
    await expect(this.page.getByRole('table', { name: 'السلة' }).getByRole('row')).toHaveCount(2);
    await this.page.getByRole('button', { name: 'المتابعة إلى الدفع', exact: true }).click();
  }

  /** Contacts step: "البريد الإلكتروني لجهة الاتصال", its "الدور" (Billing الفوترة, Technical تقني), "إضافة جهة اتصال". */
  async addContact(email: string, role: 'الفوترة' | 'تقني'): Promise<void> {
    await this.page
      .getByRole('textbox', { name: 'البريد الإلكتروني لجهة الاتصال' })
      .or(this.page.getByRole('combobox', { name: 'البريد الإلكتروني لجهة الاتصال' }))
      .first()
      .fill(email);
    await this.choose('الدور', role);
    await this.page.getByRole('button', { name: 'إضافة جهة اتصال' }).click();
  }

  /** "متابعة" (Continue), or the button named `name`. */
  async continue(name = 'متابعة'): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  /** Organization step: licensee, organization, address, country and currency. */
  async fillOrganization(o: { licensee: string; organization: string; address: string; country: string; currency: string }): Promise<void> {
    const field = (label: RegExp) =>
      this.page
        .getByRole('textbox', { name: label })
        .or(this.page.locator('input[role="combobox"]').and(this.page.getByRole('combobox', { name: label })));
    await field(/^صاحب الترخيص/).fill(o.licensee);
    await field(/^المؤسسة/).fill(o.organization);
    await field(/^العنوان/).fill(o.address);
    await this.choose(/^البلد/, o.country);
    await this.choose(/^العملة/, o.currency);
  }

  /** "تنزيل PDF" (Download PDF). */
  async downloadPdf(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'تنزيل PDF' }).click(),
    ]);
    return download;
  }
}
