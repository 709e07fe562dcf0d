import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadBudgetInputs } from '../../db/repos/budget';
import { loadSettings } from '../../db/repos/settings';
import { i18next } from '../../i18n';
import { useNavigation } from '../../store/navigation';
import { useSettings } from '../../store/settings';
import { useToast } from '../../store/toast';
import { componentStorePerTest } from '../../test/component-store';
import { entityRow, licenseRow } from '../../test/rows';
import BudgetScreen from './BudgetScreen';

const database = componentStorePerTest('budget-screen');

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-02-10T10:00:00'));
});
afterAll(() => vi.useRealTimers());
afterEach(async () => {
  useToast.getState().dismiss();
  // The screen remembers its view in the settings: each test starts from the default one.
  useSettings.setState(useSettings.getInitialState(), true);
  await i18next.changeLanguage('en');
});

async function seed() {
  await database().entities.bulkAdd([entityRow('library', 'Main Library'), entityRow('campus', 'Campus Alger', { country: 'DZ' })]);
  await database().licenses.bulkAdd([
    // Commercial Professional servers: 3,250.00 EUR a year after the promotion.
    licenseRow('l1', 'SEN-00000001', { entityId: 'library', type: 'commercial', tier: 'Professional', maintenanceEnd: '2027-05-01' }),
    licenseRow('l2', 'SEN-00000002', { entityId: 'library', type: 'commercial', tier: 'Professional', maintenanceEnd: '2027-11-15' }),
    licenseRow('l3', 'SEN-00000003', { entityId: 'campus', type: 'commercial', tier: 'Professional', maintenanceEnd: '2027-09-01' }),
  ]);
}

async function choose(label: string | RegExp, option: string) {
  fireEvent.mouseDown(await screen.findByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('Budget screen', () => {
  it('says what to do first when there are no licenses', async () => {
    render(<BudgetScreen />);
    expect(await screen.findByText('No licenses to budget for yet')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Go to Licenses' }));
    expect(useNavigation.getState().route).toEqual({ screen: 'licenses' });
  });

  it('totals per entity and fiscal year, with the chart described by the table (R-BUD-2, R-BUD-3)', async () => {
    await seed();
    render(<BudgetScreen />);
    const table = await screen.findByRole('table', { name: 'Totals per entity and fiscal year, in EUR' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'EntityThis fiscal yearTotal',
      'Campus Alger€3,250.00€3,250.00',
      'Main Library€6,500.00€6,500.00',
      'All entities€9,750.00€9,750.00',
    ]);
    expect(
      (await screen.findByRole('img', { name: /Bar chart of the totals per fiscal year/ }, { timeout: 5000 })).getAttribute(
        'aria-describedby',
      ),
    ).toBe('budget-summary');
    await choose('Fiscal years', '3 fiscal years');
    await waitFor(() => expect(screen.getByTestId('budget-grand-total').textContent).toBe('€29,250.00'));
  });

  it('remembers the view from one visit to the next (years R-BUD-2, currency, what it counts R-BUD-4), not the what-if', async () => {
    await seed();
    const first = render(<BudgetScreen />);
    await choose('Fiscal years', '3 fiscal years');
    await choose('Currency', 'USD');
    await screen.findByRole('table', { name: 'Totals per entity and fiscal year, in USD' });
    first.unmount();
    // Stored, as the next start of the app reads it.
    expect((await loadSettings(database())).budgetView).toEqual({
      years: 3,
      currency: 'USD',
      includeEvaluations: true,
      includeInProgress: true,
    });
    render(<BudgetScreen />);
    const table = await screen.findByRole('table', { name: 'Totals per entity and fiscal year, in USD' });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(5);
  });

  it('a stored view that is not valid (five fiscal years, R-BUD-2) is dropped for the default, one year in EUR', async () => {
    await database().settings.put({
      key: 'budgetView',
      value: { years: 5, currency: 'USD', includeEvaluations: true, includeInProgress: true },
    });
    expect((await loadSettings(database())).budgetView).toEqual({
      years: 1,
      currency: 'EUR',
      includeEvaluations: true,
      includeInProgress: true,
    });
  });

  it('refuses DZD while an entity is outside Algeria, naming it, and prices DZD for Algeria alone (R-CUR-1)', async () => {
    await seed();
    render(<BudgetScreen />);
    await choose('Currency', 'DZD');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'DZD cannot be used for Main Library: dinars (DZD) are for customers in Algeria only. Choose EUR or USD.',
    );
    expect(screen.queryByRole('table', { name: /Totals per entity/ })).toBeNull();
  });

  it("stores the organization's fiscal year month and an entity's own, and the forecast follows (R-BUD-1)", async () => {
    await seed();
    render(<BudgetScreen />);
    await choose("Organization's fiscal year starts in", 'September');
    await waitFor(async () => expect((await loadBudgetInputs(database())).fiscalYear.startMonth).toBe(9));
    // From September the library's November renewal and the campus's of 1 September are in the next fiscal year.
    await waitFor(() => expect(screen.getByTestId('budget-grand-total').textContent).toBe('€3,250.00'));
    await choose('Fiscal year of Main Library starts in', 'January');
    await waitFor(async () => expect((await loadBudgetInputs(database())).fiscalYear.entities).toEqual({ library: 1 }));
    await waitFor(() => expect(screen.getByTestId('budget-grand-total').textContent).toBe('€6,500.00'));
  });

  it('what-if alignment changes the forecast before any quote exists (R-MAINT-7, R-BUD-4)', async () => {
    await seed();
    render(<BudgetScreen />);
    fireEvent.click(await screen.findByRole('switch', { name: "What-if: align Main Library's server licenses to its fiscal year end" }));
    expect(await screen.findByText(/Aligned to Jan 1, 2029/)).toBeTruthy();
    expect(screen.getAllByText(/Renewal to Jan 1, 2029/)).toHaveLength(2);
    fireEvent.click(screen.getByRole('switch', { name: "What-if: align Campus Alger's server licenses to its fiscal year end" }));
    expect(await screen.findByText('Aligning needs at least two server licenses in this entity.')).toBeTruthy();
  });

  it('"Create renewal quote" opens the Renew tab for the entity', async () => {
    await seed();
    render(<BudgetScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Create renewal quote for Main Library, FY 2027' }));
    expect(useNavigation.getState().route).toMatchObject({ screen: 'quotes', intent: { kind: 'renewEntity', entityId: 'library' } });
  });
});
