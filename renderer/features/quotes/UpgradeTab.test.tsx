import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/catalog';
import type { License } from '../../../shared/license';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft, priceStoredQuote, type Quote } from '../../../shared/quote';
import { i18next, initI18n } from '../../i18n';
import { entityRow, licenseRow } from '../../test/rows';
import { FormHarness } from './test-harness';
import { optionIn } from '../../test/select';

const bundled = bundledPriceBook();
if (!bundled.ok) throw new Error('bundled price book is invalid');
const book = bundled.value;
const TODAY = '2026-03-10';
const entities = [entityRow('library', 'Main Library'), entityRow('campus', 'North Campus')];
const old = '2024-01-10T09:00:00.000Z';
// Bought long ago: the key was issued on its maintenance start, more than 30 days before today.
const starter = licenseRow('s', 'SEN-00000001', { tier: 'Starter', type: 'commercial', issued: old, maintenanceStart: '2024-01-10' });
const sibling = licenseRow('t', 'SEN-00000002', { maintenanceEnd: '2026-08-01', issued: old, maintenanceStart: '2025-08-01' });
const elsewhere = licenseRow('u', 'SEN-00000003', { entityId: 'campus', maintenanceEnd: '2026-05-01', issued: old });

let saved: Quote | undefined;
function open(licenses: License[], paidOn: Record<string, IsoDate> = {}, language: 'en' | 'fr' = 'en') {
  saved = undefined;
  const initial = { ...newDraft('q', new Date(`${TODAY}T09:00:00Z`), 'en', book), language };
  return render(
    <FormHarness
      initial={initial}
      book={book}
      licenses={licenses}
      entities={entities}
      today={TODAY}
      tab="upgrade"
      paidOn={paidOn}
      onQuote={(q) => (saved = q)}
    />,
  );
}

function pick(label: string, option: RegExp) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  fireEvent.click(optionIn(screen.getByRole('listbox'), option));
}

function fillEmail(label = 'Email of a current contact of this license') {
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value: 'it@library.example' } });
}

const SALES = 'Bought less than 30 days ago: this upgrade goes through the sales team.';

beforeEach(async () => {
  await initI18n('en');
});
afterEach(cleanup);

describe('Upgrade tab: the license to upgrade (R-LIC-2)', () => {
  it('is a single choice with nothing pre-chosen, and its list closes when one is picked', () => {
    open([starter, sibling]);
    const select = screen.getByRole('combobox', { name: 'License to upgrade' });
    expect(select.textContent?.replace(/\u200b/g, '').trim()).toBe('');
    fireEvent.mouseDown(select);
    expect(within(screen.getByRole('listbox')).queryAllByRole('checkbox')).toEqual([]);
    fireEvent.click(optionIn(screen.getByRole('listbox'), /SEN-00000002/));
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(select.textContent).toContain('SEN-00000002');
    expect(screen.queryByText('Licenses cannot be combined into a plan: upgrade one license at a time.')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('adding without choosing says to choose the license', () => {
    open([starter]);
    fillEmail();
    fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    expect(screen.getByText('Choose the license to upgrade.')).toBeTruthy();
    expect(saved).toBeUndefined();
  });
});

describe('Upgrade tab: within 30 days of purchase (R-UPG-1)', () => {
  it('a license added from its key bought today goes through the sales team: its key’s maintenance starts the day it was issued', () => {
    const today = licenseRow('n', 'SEN-00000009', {
      tier: 'Starter',
      type: 'commercial',
      issued: `${TODAY}T08:00:00.000Z`,
      maintenanceStart: TODAY,
      maintenanceEnd: '2027-03-10',
    });
    open([today]);
    pick('License to upgrade', /SEN-00000009/);
    expect(screen.getByText(SALES)).toBeTruthy();
    fillEmail();
    fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    expect(saved?.lines[0]?.line).toMatchObject({ kind: 'upgrade', purchaseDate: TODAY });
    const priced = saved && priceStoredQuote(saved, book, TODAY);
    expect(priced?.ok && priced.value.review.reasons).toEqual(['upgrade-within-30-days']);
  });

  it('the payment date of the order that issued it counts too; a license bought long ago gets standard upgrade pricing, with no notice', () => {
    open([starter], { 'SEN-00000001': '2026-02-20' });
    pick('License to upgrade', /SEN-00000001/);
    expect(screen.getByText(SALES)).toBeTruthy();
    cleanup();
    open([starter]);
    pick('License to upgrade', /SEN-00000001/);
    expect(screen.queryByText(SALES)).toBeNull();
    fillEmail();
    fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    const priced = saved && priceStoredQuote(saved, book, TODAY);
    expect(priced?.ok && priced.value.review).toEqual({ required: false, reasons: [] });
  });
});

describe('Upgrade tab: the entity’s other licenses (R-UPG-2)', () => {
  it('synchronised with the upgrade, they renew to its new maintenance end, priced like a co-termination; review says so', () => {
    open([starter, sibling, elsewhere]);
    pick('License to upgrade', /SEN-00000001/);
    const choice = screen.getByRole('radiogroup', { name: 'Other licenses of Main Library' });
    fireEvent.click(
      within(choice).getByRole('radio', {
        name: /Synchronise them with this upgrade: they renew to its new maintenance end, Mar 10, 2027/,
      }),
    );
    const rows = within(screen.getByRole('list', { name: "Renewals to the upgrade's maintenance end" })).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^SEN-00000002: Aug 1, 2026 to Mar 10, 2027 \(7 months and 9 days\), €.* \(estimate, confirmed by sales\)$/),
    ]);
    fillEmail();
    fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    const cart = within(screen.getByRole('table', { name: 'Cart' }))
      .getAllByRole('row')
      .slice(1);
    expect(cart).toHaveLength(2);
    expect(cart[0]?.textContent).toContain('12 months from payment (if paid today: Mar 10, 2026 to Mar 10, 2027)');
    expect(cart[1]?.textContent).toContain('Aug 1, 2026 to Mar 10, 2027 (7 months and 9 days)');
    expect(cart[1]?.textContent).toContain('Synchronised with SEN-00000001');
    expect(screen.getByText('Upgrade of SEN-00000001: the other licenses of Main Library renew with it, to Mar 10, 2027.')).toBeTruthy();
    expect(saved?.cotermination).toEqual({
      licenses: [{ id: 't', sen: 'SEN-00000002', maintenanceEnd: '2026-08-01' }],
      commonEnd: '2027-03-10',
      anchor: 'upgrade',
    });
  });

  it('left to renew on their own dates: nothing more in the cart, and the review says which was chosen', () => {
    open([starter, sibling]);
    pick('License to upgrade', /SEN-00000001/);
    fillEmail();
    fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Choose whether the other licenses of Main Library renew with this upgrade or on their own dates.',
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Leave them to renew on their own dates' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    expect(within(screen.getByRole('table', { name: 'Cart' })).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText('Upgrade of SEN-00000001: the other licenses of Main Library renew on their own dates.')).toBeTruthy();
    expect(saved?.cotermination).toBeNull();
    expect(saved?.lines[0]?.othersRenew).toBe('own-dates');
  });

  it('in French', async () => {
    await i18next.changeLanguage('fr');
    open([starter, sibling], {}, 'fr');
    pick('Licence à mettre à niveau', /SEN-00000001/);
    fireEvent.click(screen.getByRole('radio', { name: /Les synchroniser avec cette mise à niveau/ }));
    const rows = within(
      screen.getByRole('list', { name: 'Renouvellements jusqu’à la fin de maintenance de la mise à niveau'.replace('’', "'") }),
    ).getAllByRole('listitem');
    expect(rows[0]?.textContent).toMatch(/^SEN-00000002 : du 1 août 2026 au 10 mars 2027 \(7 mois et 9 jours\)/);
  });
});
