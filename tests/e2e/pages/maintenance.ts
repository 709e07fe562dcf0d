import { expect, type BrowserContext, type Page } from '@playwright/test';
import { AppPage } from './app';

/** Records every system notification the page constructs (the web build's Notification API), with permission granted. */
export async function recordNotifications(context: BrowserContext): Promise<void> {
  await context.grantPermissions(['notifications']);
  await context.addInitScript(() => {
    const Native = window.Notification;
    const seen: { title: string; body: string; tag: string }[] = [];
    (window as unknown as { __notifications: typeof seen }).__notifications = seen;
    class Recording extends Native {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        seen.push({ title, body: options?.body ?? '', tag: options?.tag ?? '' });
      }
    }
    Object.defineProperty(Recording, 'permission', { get: () => Native.permission });
    Recording.requestPermission = Native.requestPermission.bind(Native);
    window.Notification = Recording;
  });
}

/** The system notifications shown so far. */
export function notifications(page: Page): Promise<{ title: string; body: string; tag: string }[]> {
  return page.evaluate(() => (window as unknown as { __notifications: { title: string; body: string; tag: string }[] }).__notifications);
}

/** The Maintenance screen, its row actions and the reminders panel. */
export class MaintenancePage {
  readonly app: AppPage;
  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(): Promise<void> {
    await this.app.open('/#/maintenance');
    await expect(this.app.heading()).toHaveText('Maintenance');
  }

  filter(name: string | RegExp) {
    return this.page.getByRole('group', { name: 'Show licenses' }).getByRole('button', { name });
  }

  table() {
    return this.page.getByRole('table', { name: 'Licenses by maintenance end' });
  }

  row(sen: string) {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: sen, exact: true }) });
  }

  async action(sen: string, item: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: `Actions for ${sen}` }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  remindersButton() {
    return this.page.getByRole('complementary', { name: 'Reminders' }).getByRole('button');
  }

  panel() {
    return this.page.getByRole('dialog', { name: 'Reminders' });
  }

  async openReminders(): Promise<void> {
    await this.remindersButton().click();
    await expect(this.panel()).toBeVisible();
  }

  async closeReminders(): Promise<void> {
    await this.panel().getByRole('button', { name: 'Close' }).click();
    await expect(this.panel()).toBeHidden();
  }
}
