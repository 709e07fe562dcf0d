import { expect, type Download, type Page } from '@playwright/test';
import { AppPage } from './app';
import { plain } from './quote-figures';

/** The Budget screen: the forecast's options, the totals table, each entity's section, the exports. */
export class BudgetPage {
  readonly app: AppPage;
  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(): Promise<void> {
    await this.app.open('/#/budget');
    await expect(this.app.heading()).toHaveText('Budget');
  }

  /** Picks `option` in the select named `label`, as a user opens the list and clicks. */
  async choose(label: string | RegExp, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await expect(this.page.getByRole('listbox')).toBeHidden();
  }

  /** Sets the fiscal year's first month of one entity (R-BUD-1). */
  async setEntityMonth(entity: string, month: string): Promise<void> {
    await this.choose(`Fiscal year of ${entity} starts in`, month);
    await expect(this.page.getByRole('combobox', { name: `Fiscal year of ${entity} starts in` })).toHaveText(month);
  }

  switch(name: string | RegExp) {
    return this.page.getByRole('switch', { name });
  }

  /** Turns the alignment what-if of an entity on or off (R-MAINT-7). */
  alignSwitch(entity: string) {
    return this.switch(`What-if: align ${entity}'s server licenses to its fiscal year end`);
  }

  summary() {
    return this.page.getByRole('table', { name: /^Totals per entity and fiscal year/ });
  }

  /** The totals table as text, a row per array: the header, each entity, then all entities. */
  async summaryCells(): Promise<string[][]> {
    return this.summary()
      .getByRole('row')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
  }

  /** One entity's section, named by its heading. */
  entity(name: string) {
    return this.page.getByRole('region', { name, exact: true });
  }

  chart() {
    return this.page.getByRole('img', { name: /^Bar chart of the totals per fiscal year/ });
  }

  /** The chart's drawing, whatever the language of its name. */
  drawing() {
    return this.page.getByTestId('budget-chart');
  }

  /** Which side of the chart its amounts' axis is drawn on. */
  async amountsAxisSide(): Promise<'left' | 'right'> {
    const chart = await this.drawing().boundingBox();
    const axis = await this.drawing().locator('.MuiChartsAxis-directionY').boundingBox();
    if (!chart || !axis) throw new Error('the chart and its amounts axis are not drawn');
    return axis.x + axis.width / 2 > chart.x + chart.width / 2 ? 'right' : 'left';
  }

  /** The years' labels under the bars, from the left of the screen to the right. */
  async yearsLeftToRight(): Promise<string[]> {
    const labels = this.drawing().locator('.MuiChartsAxis-directionX .MuiChartsAxis-tickLabel');
    const placed = await labels.evaluateAll((all) => all.map((l) => ({ x: l.getBoundingClientRect().x, text: l.textContent ?? '' })));
    return placed.sort((a, b) => a.x - b.x).map((l) => l.text);
  }

  alert() {
    return this.page.getByRole('alert');
  }

  async createQuote(entity: string, fiscalYear: string): Promise<void> {
    await this.page.getByRole('button', { name: `Create renewal quote for ${entity}, ${fiscalYear}` }).click();
  }

  private async download(button: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: button }).click()]);
    return download;
  }

  exportCsv(): Promise<Download> {
    return this.download('Export CSV');
  }

  exportPdf(): Promise<Download> {
    return this.download('Export PDF');
  }
}

/** The text of cells as the tests compare them: every kind of space made plain. */
export function plainCells(rows: string[][]): string[][] {
  return rows.map((r) => r.map((c) => plain(c).trim()));
}
