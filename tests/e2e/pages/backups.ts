import { expect, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { AppPage } from './app';

/** The Backups screen: back up now (a download on the web), restore (a file upload) and its dialog. */
export class BackupsPage {
  readonly app: AppPage;
  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(): Promise<void> {
    await this.app.open('/#/backups');
    await expect(this.app.heading()).toHaveText('Backups');
  }

  /** Clicks "Back up now" and returns the backup file's text. */
  async backUp(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Back up now' }).click(),
    ]);
    return { name: download.suggestedFilename(), text: await readDownload(download) };
  }

  /** Chooses a file for "Restore from a file…". */
  async chooseRestoreFile(name: string, text: string | Buffer): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByRole('button', { name: 'Restore from a file…' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: typeof text === 'string' ? Buffer.from(text, 'utf8') : text });
  }

  dialog() {
    return this.page.getByRole('dialog', { name: 'Restore this backup?' });
  }

  /** Goes through the restore dialog: replace or merge, past the Conex Server reminder, and waits for the outcome. */
  async restore(mode: 'Replace everything' | 'Merge'): Promise<void> {
    const dialog = this.dialog();
    if (mode === 'Merge') await dialog.getByRole('radio', { name: /^Merge/ }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: mode }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('status').filter({ hasText: /^Restored: / })).toBeVisible();
  }

  refusal() {
    return this.page.getByRole('alert').filter({ hasText: 'was not restored' });
  }
}

export async function readDownload(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}
