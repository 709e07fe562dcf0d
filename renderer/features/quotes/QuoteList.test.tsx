import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft, type Quote, type QuoteEntry } from '../../../shared/quote';
import { initI18n } from '../../i18n';
import { QuoteList } from './QuoteList';

const bundled = bundledPriceBook();
if (!bundled.ok) throw new Error('bundled price book is invalid');
const book = bundled.value;
const entry = (id: string, years: number): QuoteEntry => ({
  id,
  line: { id, kind: 'new', product: 'conex-books', tier: 'Professional', licenseType: 'commercial', years },
});
const noop = () => {};
const handlers = { onEdit: noop, onContactUs: noop, onDuplicate: noop, onPo: noop, onPdf: noop, onDelete: noop };

beforeEach(async () => {
  await initI18n('en');
});
afterEach(cleanup);

describe('the Quotes tab lists a quote’s options (issue 20)', () => {
  it('each option’s own total, one a line; a quote without options shows its one total', () => {
    const base = newDraft('aaaaaa1', new Date('2026-03-10T09:00:00Z'), 'en', book);
    const withOptions: Quote = {
      ...base,
      lines: [entry('c', 3)],
      options: [{ id: 'o1', lines: [entry('a', 1)] }, { id: 'o2', lines: [entry('b', 2)] }, { id: 'o3' }],
    };
    const plain: Quote = { ...base, id: 'bbbbbb2', lines: [entry('a', 1)] };
    render(<QuoteList quotes={[withOptions, plain]} book={book} label="Quotes" handlers={handlers} pdfBusy={false} />);
    const rows = within(screen.getByRole('table', { name: 'Quotes' })).getAllByRole('row');
    const total = (row: number) =>
      within(rows[row] as HTMLElement)
        .getAllByRole('cell')
        .at(-2)?.textContent ?? '';
    expect(total(1)).toMatch(/^Option 1: €[\d,.]+Option 2: €[\d,.]+Option 3: €[\d,.]+$/);
    expect(total(2)).toMatch(/^€[\d,.]+$/);
  });
});
