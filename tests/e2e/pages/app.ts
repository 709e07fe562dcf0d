import { expect, type Page } from '@playwright/test';

/** The app shell: navigation and the screen that is open. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.locator('body[data-ready="true"]')).toBeAttached();
  }

  nav() {
    return this.page.getByRole('navigation');
  }

  /** Opens a screen from the navigation by its button's whole name ("Quotes", not the sync panel's "Quotes to review: 1"). */
  async goTo(screen: string | RegExp): Promise<void> {
    await this.nav().getByRole('button', { name: screen, exact: true }).click();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
}
