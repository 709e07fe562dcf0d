import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../../../shared/money/format';
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
const entities = [entityRow('library', 'Main Library')];
const stamp = '2025-01-10T09:00:00.000Z';
const license = (id: string, sen: string, maintenanceEnd: string) =>
  licenseRow(id, sen, { maintenanceEnd, issued: stamp, maintenanceStart: '2025-01-10', type: 'commercial' });
// The renewed license ends after one of the others: the old proposal (earliest end + 12 months) shortened its own year.
const renewed = license('a', 'SEN-00000001', '2026-06-25');
const earlier = license('b', 'SEN-00000002', '2026-04-10');
const aligned = license('c', 'SEN-00000003', '2027-06-25');
const licenses = [renewed, earlier, aligned];

let saved: Quote | undefined;
const draft = () => newDraft('q', new Date(`${TODAY}T09:00:00Z`), 'en', book);
function open(language: 'en' | 'fr' = 'en') {
  saved = undefined;
  return render(
    <FormHarness
      initial={{ ...draft(), language }}
      book={book}
      licenses={licenses}
      entities={entities}
      today={TODAY}
      tab="renew"
      onQuote={(q) => (saved = q)}
    />,
  );
}

function chooseOption(label: RegExp | string, option: RegExp) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  fireEvent.click(optionIn(screen.getByRole('listbox'), option));
}

function askSync(label: { ask: RegExp; group: string }, sens: string[]) {
  fireEvent.click(screen.getByRole('checkbox', { name: label.ask }));
  const group = within(screen.getByRole('group', { name: label.group }));
  for (const sen of sens) fireEvent.click(group.getByRole('checkbox', { name: new RegExp(sen) }));
}

beforeEach(async () => {
  await initI18n('en');
});
afterEach(cleanup);

describe('Renew tab: synchronising maintenance dates (R-MAINT-7)', () => {
  it('the others align on the end of the renewed license for its term; each synchronised license is a priced line in the cart, the review and the total', () => {
    open();
    chooseOption('License to renew', /SEN-00000001/);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Years of maintenance' }), { target: { value: '1' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Email of a current contact of this license' }), {
      target: { value: 'it@library.example' },
    });
    askSync({ ask: /Synchronize the maintenance dates/, group: 'Licenses to synchronize' }, ['SEN-00000002', 'SEN-00000003']);
    expect(screen.getByRole('radio', { name: 'The end of the license I renew, for the term chosen: Jun 25, 2027' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByText('Proposed common end date: Jun 25, 2027')).toBeTruthy();
    const rows = within(screen.getByRole('list', { name: 'Renewals to the common end date' })).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^SEN-00000001: Jun 25, 2026 to Jun 25, 2027 \(12 months\), €/),
      expect.stringMatching(/^SEN-00000002: Apr 10, 2026 to Jun 25, 2027 \(14 months and 15 days\), €.* \(estimate, confirmed by sales\)$/),
    ]);
    // SEN-00000003 already ends on Jun 25, 2027: left out, no "0 months and 0 days" line.
    expect(screen.getByText('Already ending on that date, so left out: SEN-00000003.')).toBeTruthy();
    expect(document.body.textContent).not.toContain('0 months');

    fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    const quote = saved;
    if (!quote) throw new Error('nothing saved');
    const priced = priceStoredQuote(quote, book, TODAY);
    if (!priced.ok) throw new Error(priced.error.code);
    const cart = within(screen.getByRole('table', { name: 'Cart' }))
      .getAllByRole('row')
      .slice(1);
    expect(cart).toHaveLength(2);
    expect(cart[0]?.textContent).toContain('Jun 25, 2026 to Jun 25, 2027');
    // The synchronised line's own cart period is the period the proposal showed, and it is priced.
    expect(cart[1]?.textContent).toContain('Apr 10, 2026 to Jun 25, 2027 (14 months and 15 days)');
    expect(cart[1]?.textContent).toContain('Synchronised with SEN-00000001');
    expect(cart[1]?.textContent).toContain(`${formatMoney(priced.value.lines[1]!.net, 'en')}estimate`);
    expect(priced.value.totals.net.amount).toBe(priced.value.lines[0]!.net.amount + priced.value.lines[1]!.net.amount);
    expect(screen.getByText(`Total: ${formatMoney(priced.value.totals.net, 'en')}`)).toBeTruthy();
    expect(screen.getByText(/The total includes estimated prices for synchronised maintenance/)).toBeTruthy();
    // The review step: each line with its period, the flag (1 to 3 business days) and what the dates align to.
    expect(screen.getByText('Flagged for sales review, 1 to 3 business days.')).toBeTruthy();
    expect(
      screen.getByText('Maintenance dates synchronised to Jun 25, 2027 (the end of the renewed license) for SEN-00000002.'),
    ).toBeTruthy();
    expect(screen.getByText(/^2\. .* · SEN: SEN-00000002 · Apr 10, 2026 to Jun 25, 2027 \(14 months and 15 days\)$/)).toBeTruthy();
    expect(quote.cotermination).toEqual({
      licenses: [{ id: 'b', sen: 'SEN-00000002', maintenanceEnd: '2026-04-10' }],
      commonEnd: '2027-06-25',
      anchor: 'renewal',
    });
  });

  it('a picked date (a fiscal year end) that no license renews 12 months to is refused with the rule’s message; a later one renews each to it', () => {
    open();
    chooseOption('License to renew', /SEN-00000001/);
    fireEvent.change(screen.getByRole('textbox', { name: 'Email of a current contact of this license' }), {
      target: { value: 'it@library.example' },
    });
    askSync({ ask: /Synchronize the maintenance dates/, group: 'Licenses to synchronize' }, ['SEN-00000002']);
    fireEvent.click(screen.getByRole('radio', { name: 'A date I choose (a fiscal year end, for example)' }));
    fireEvent.change(screen.getByLabelText('Common end date'), { target: { value: '2026-12-31' } });
    expect(screen.getByRole('alert').textContent).toBe(
      'At least one license must renew 12 months: choose a date on or after Apr 10, 2027.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    expect(saved).toBeUndefined();

    fireEvent.change(screen.getByLabelText('Common end date'), { target: { value: '2027-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    const cart = within(screen.getByRole('table', { name: 'Cart' }))
      .getAllByRole('row')
      .slice(1);
    expect(cart.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Jun 25, 2026 to Jun 30, 2027 (12 months and 5 days)'),
      expect.stringContaining('Apr 10, 2026 to Jun 30, 2027 (14 months and 20 days)'),
    ]);
    expect(saved?.cotermination).toMatchObject({ commonEnd: '2027-06-30', anchor: 'date' });
    expect(
      screen.getByText('Maintenance dates synchronised to Jun 30, 2027 (a date chosen by the customer) for SEN-00000002.'),
    ).toBeTruthy();
  });

  it('removing the renewed line takes its synchronised lines and the request with it', () => {
    open();
    chooseOption('License to renew', /SEN-00000001/);
    fireEvent.change(screen.getByRole('textbox', { name: 'Email of a current contact of this license' }), {
      target: { value: 'it@library.example' },
    });
    askSync({ ask: /Synchronize the maintenance dates/, group: 'Licenses to synchronize' }, ['SEN-00000002']);
    fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    fireEvent.click(screen.getAllByRole('button', { name: /^Remove / })[0]!);
    expect(saved?.lines).toEqual([]);
    expect(saved?.cotermination).toBeNull();
  });

  it('in French: months and days, the estimate and the common end in the user’s language (R-MAINT-7)', async () => {
    await i18next.changeLanguage('fr');
    open('fr');
    chooseOption('Licence à renouveler', /SEN-00000001/);
    fireEvent.change(screen.getByRole('textbox', { name: "E-mail d'un contact actuel de cette licence" }), {
      target: { value: 'it@library.example' },
    });
    askSync({ ask: /Synchroniser les dates de maintenance/, group: 'Licences à synchroniser' }, ['SEN-00000002']);
    expect(screen.getByText('Date de fin commune proposée : 25 juin 2027')).toBeTruthy();
    const rows = within(screen.getByRole('list', { name: "Renouvellements jusqu'à la date de fin commune" })).getAllByRole('listitem');
    expect(rows[1]?.textContent).toMatch(
      /^SEN-00000002 : du 10 avr\. 2026 au 25 juin 2027 \(14 mois et 15 jours\), .*€ \(estimation, confirmée par l'équipe commerciale\)$/,
    );
    fireEvent.click(screen.getByRole('radio', { name: "Une date que je choisis (une fin d'exercice, par exemple)" }));
    fireEvent.change(screen.getByLabelText('Date de fin commune'), { target: { value: '2026-12-31' } });
    expect(screen.getByRole('alert').textContent).toBe(
      'Au moins une licence doit être renouvelée pour 12 mois : choisissez une date à partir du 10 avr. 2027.',
    );
  });
});
