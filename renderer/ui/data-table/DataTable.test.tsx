import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { InDirection } from '../../test/direction';
import { DataTable, type TableColumn, type TableLabels } from './DataTable';
import { sortRows, type SortModel } from './table-sort';

interface Item {
  id: string;
  name: string;
  size: number;
}
const items: Item[] = Array.from({ length: 130 }, (_, i) => ({
  id: `i${i}`,
  name: `Item ${String(i).padStart(3, '0')}`,
  size: (i * 37) % 101,
}));
const columns: TableColumn<Item>[] = [
  { field: 'name', header: 'Name', render: (r) => r.name },
  { field: 'size', header: 'Size', width: 80, render: (r) => String(r.size) },
];
const labels: TableLabels = {
  loading: 'Loading items',
  rowsPerPage: 'Rows per page',
  displayedRows: ({ from, to, count }) => `${from}–${to} of ${count}`,
  pageButton: (type) => `${type} page`,
};

function Sorted({ onRowClick }: { onRowClick?: (id: string) => void }) {
  const [sort, setSort] = useState<SortModel>({ field: 'name', direction: 'asc' });
  const by = sort.field === 'size' ? (a: Item, b: Item) => a.size - b.size : (a: Item, b: Item) => a.name.localeCompare(b.name);
  return (
    <DataTable
      label="Items"
      columns={columns}
      rows={sortRows(items, by, sort.direction)}
      sort={sort}
      onSortChange={setSort}
      onRowClick={onRowClick}
      labels={labels}
    />
  );
}

const grid = () => screen.getByRole('grid', { name: 'Items' });
const firstCell = (field: string) => grid().querySelector(`tbody [role="gridcell"][data-field="${field}"]`)?.textContent;

describe('the data table', () => {
  it('draws only the current page, 100 rows by default, and counts them all in its footer', () => {
    render(<Sorted />);
    expect(within(grid()).getAllByRole('row')).toHaveLength(101);
    expect(screen.getByText('1–100 of 130')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'next page' }));
    expect(within(grid()).getAllByRole('row')).toHaveLength(31);
    expect(firstCell('name')).toBe('Item 100');
    expect(screen.getByText('101–130 of 130')).toBeTruthy();
  });

  it('shows 25 or 50 rows a page when asked, from the first page', () => {
    render(<Sorted />);
    fireEvent.click(screen.getByRole('button', { name: 'next page' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Rows per page' }), { target: { value: '25' } });
    expect(within(grid()).getAllByRole('row')).toHaveLength(26);
    expect(screen.getByText('1–25 of 130')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'last page' }));
    expect(screen.getByText('126–130 of 130')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'next page' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('sorts by a header clicked, then the other way, and says so with aria-sort', () => {
    render(<Sorted />);
    const size = screen.getByRole('columnheader', { name: 'Size' });
    expect(size.getAttribute('aria-sort')).toBe('none');
    expect(screen.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(size);
    expect(size.getAttribute('aria-sort')).toBe('ascending');
    expect(firstCell('size')).toBe('0');
    fireEvent.click(size);
    expect(size.getAttribute('aria-sort')).toBe('descending');
    expect(firstCell('size')).toBe('100');
  });

  it('sorts from the keyboard with Enter or Space on a header reached with the arrows', () => {
    render(<Sorted />);
    const name = screen.getByRole('columnheader', { name: 'Name' });
    const size = screen.getByRole('columnheader', { name: 'Size' });
    name.focus();
    fireEvent.keyDown(name, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(size);
    fireEvent.keyDown(size, { key: 'Enter' });
    expect(size.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.keyDown(size, { key: ' ' });
    expect(size.getAttribute('aria-sort')).toBe('descending');
    fireEvent.keyDown(size, { key: 'a' });
    expect(size.getAttribute('aria-sort')).toBe('descending');
  });

  it('in a right-to-left window, ArrowLeft moves to the next column (drawn to the left) and ArrowRight back', () => {
    render(
      <InDirection direction="rtl">
        <Sorted />
      </InDirection>,
    );
    const name = screen.getByRole('columnheader', { name: 'Name' });
    const size = screen.getByRole('columnheader', { name: 'Size' });
    name.focus();
    fireEvent.keyDown(name, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(name);
    fireEvent.keyDown(name, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(size);
    fireEvent.keyDown(size, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(name);
  });

  it('in a right-to-left window the page buttons are mirrored: "next" points left', () => {
    render(
      <InDirection direction="rtl">
        <Sorted />
      </InDirection>,
    );
    for (const type of ['first', 'previous', 'next', 'last']) {
      const icon = screen.getByRole('button', { name: `${type} page` }).querySelector('svg') as SVGElement;
      expect(getComputedStyle(icon).transform).toBe('scaleX(-1)');
    }
  });

  it('is one tab stop, the cell last visited, and the arrows move between headers and cells (WAI-ARIA grid)', () => {
    const opened = vi.fn();
    render(<Sorted onRowClick={opened} />);
    const stops = () => [...grid().querySelectorAll<HTMLElement>('[tabindex="0"]')];
    expect(stops()).toEqual([screen.getByRole('columnheader', { name: 'Name' })]);
    const name = screen.getByRole('columnheader', { name: 'Name' });
    name.focus();
    fireEvent.keyDown(name, { key: 'ArrowDown' });
    const first = grid().querySelector<HTMLElement>('tbody tr [data-field="name"]');
    expect(document.activeElement).toBe(first);
    expect(stops()).toEqual([first]);
    fireEvent.keyDown(first as HTMLElement, { key: 'End', ctrlKey: true });
    expect((document.activeElement as HTMLElement).textContent).toBe(String(items[99]?.size));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Enter' });
    expect(opened).toHaveBeenCalledWith('i99');
  });

  it('Enter on a cell holding a button presses the button, not the row', () => {
    const pressed = vi.fn();
    const opened = vi.fn();
    const withButton: TableColumn<Item>[] = [
      {
        field: 'name',
        header: 'Name',
        render: (r) => (
          <button type="button" tabIndex={-1} onClick={() => pressed(r.id)}>
            {r.name}
          </button>
        ),
      },
    ];
    render(
      <DataTable
        label="Items"
        columns={withButton}
        rows={items}
        sort={null}
        onSortChange={() => undefined}
        onRowClick={opened}
        labels={labels}
      />,
    );
    const cell = grid().querySelector<HTMLElement>('tbody tr [data-field="name"]') as HTMLElement;
    cell.focus();
    fireEvent.keyDown(cell, { key: 'Enter' });
    expect(pressed).toHaveBeenCalledWith('i0');
    expect(opened).not.toHaveBeenCalled();
  });

  it('marks each row with its id and each cell with its field, and opens a row clicked', () => {
    const opened = vi.fn();
    render(<Sorted onRowClick={opened} />);
    const row = grid().querySelector('tbody tr') as HTMLElement;
    expect(row.dataset.id).toBe('i0');
    fireEvent.click(within(row).getAllByRole('gridcell')[1] as HTMLElement);
    expect(opened).toHaveBeenCalledWith('i0');
  });

  it('goes back to the first page when its page key changes (a new search)', () => {
    const props = { label: 'Items', columns, rows: items, sort: null, onSortChange: () => undefined, labels };
    const { rerender } = render(<DataTable {...props} pageKey="a" />);
    fireEvent.click(screen.getByRole('button', { name: 'next page' }));
    expect(firstCell('name')).toBe('Item 100');
    rerender(<DataTable {...props} rows={items.slice(0, 120)} pageKey="a" />);
    expect(firstCell('name')).toBe('Item 100');
    rerender(<DataTable {...props} rows={items.slice(0, 120)} pageKey="b" />);
    expect(firstCell('name')).toBe('Item 000');
  });

  it('shows a named progress bar while its rows are still loading', () => {
    const props = { label: 'Items', columns, rows: items, sort: null, onSortChange: () => undefined, labels };
    const { rerender } = render(<DataTable {...props} loading />);
    expect(screen.getByRole('progressbar', { name: 'Loading items' })).toBeTruthy();
    rerender(<DataTable {...props} loading={false} />);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

describe('a page taller than its box', () => {
  // jsdom lays nothing out: the scroll box is given the height a 576 px box has on screen.
  // Made while the tests are collected and put back after the last one: the renderer tests share one jsdom.
  const height = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get');
  afterEach(() => height.mockReset());
  afterAll(() => height.mockRestore());
  const drawn = () => [...grid().querySelectorAll<HTMLElement>('tbody tr[data-id]')].map((r) => r.dataset.id);

  it("draws only the rows in view and a few more, keeping the whole page's height, and draws others as it scrolls", () => {
    height.mockReturnValue(576);
    render(<Sorted />);
    // Ten rows fit under the header, one more shows in part, eight more are drawn below.
    expect(drawn()).toEqual(items.slice(0, 19).map((i) => i.id));
    expect(screen.getByText('1–100 of 130')).toBeTruthy();
    const box = grid().parentElement as HTMLElement;
    box.scrollTop = 52 * 50;
    fireEvent.scroll(box);
    expect(drawn()).toEqual(items.slice(42, 69).map((i) => i.id));
    expect(grid().querySelector('tbody tr[data-id="i42"]')?.getAttribute('aria-rowindex')).toBe('44');
  });

  it('Ctrl+End reaches the last row of the page, scrolled into view, and Enter opens it', () => {
    height.mockReturnValue(576);
    const opened = vi.fn();
    render(<Sorted onRowClick={opened} />);
    const name = screen.getByRole('columnheader', { name: 'Name' });
    name.focus();
    fireEvent.keyDown(name, { key: 'End', ctrlKey: true });
    expect((document.activeElement as HTMLElement).closest('tr')?.dataset.id).toBe('i99');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Enter' });
    expect(opened).toHaveBeenCalledWith('i99');
  });
});
