import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import { Box, LinearProgress, useTheme } from '@mui/material';
import {
  memo,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type UIEvent,
} from 'react';
import { TableFooter } from './TableFooter';
import { tableStyles } from './table-styles';
import { clampPage, pageRows, PAGE_SIZES } from './table-page';
import { ariaSort, nextSort, type SortModel } from './table-sort';
import { gridMove, type GridCell } from './grid-keys';
import { rowWindow, scrollToShow } from './table-window';

/** Every row is one line this high (table-styles.ts), so the rows in view follow from the scroll position alone. */
const ROW_HEIGHT = 52;
const HEADER_HEIGHT = 56;
/** Rows drawn beyond each edge of the view, so a short scroll finds them there. */
const OVERSCAN = 8;

/** One column of a data table: its field (`data-field` on its cells), header, width and how a cell shows a row. */
export interface TableColumn<R> {
  readonly field: string;
  readonly header: string;
  /** Width in pixels; columns without one share the room that is left. */
  readonly width?: number;
  readonly render: (row: R) => ReactNode;
  /** False for a column its header cannot sort; true unless said. */
  readonly sortable?: boolean;
}

/** The table's own words, in the user's language (ui/ holds no translations). */
export interface TableLabels {
  readonly loading: string;
  readonly rowsPerPage: string;
  readonly displayedRows: (range: { from: number; to: number; count: number }) => string;
  readonly pageButton: (type: 'first' | 'last' | 'next' | 'previous') => string;
}

interface Props<R extends { readonly id: string }> {
  /** The grid's accessible name. */
  readonly label: string;
  /** The columns shown, in order. */
  readonly columns: readonly TableColumn<R>[];
  /** Every row, already filtered and sorted: the table draws only the current page of them. */
  readonly rows: readonly R[];
  readonly sort: SortModel | null;
  readonly onSortChange: (sort: SortModel) => void;
  readonly loading?: boolean;
  readonly onRowClick?: (id: string) => void;
  /** When this value changes, the table goes back to its first page (a new search or filter). */
  readonly pageKey?: unknown;
  readonly labels: TableLabels;
}

/**
 * A light accessible data grid: a plain `<table>` styled once at its root (a styled component per cell would cost a
 * style pass on every keystroke), sortable headers, and pages of 25, 50 or 100 rows of which only the current one is drawn.
 */
function DataTableOf<R extends { readonly id: string }>({
  label,
  columns,
  rows,
  sort,
  onSortChange,
  loading = false,
  onRowClick,
  pageKey,
  labels,
}: Props<R>) {
  const [pageSize, setPageSize] = useState<number>(PAGE_SIZES[PAGE_SIZES.length - 1] as number);
  // The page belongs to the search it was chosen under: a new search starts again at the first page, with no effect.
  const [paging, setPaging] = useState({ key: pageKey, page: 0 });
  const page = clampPage(paging.key === pageKey ? paging.page : 0, rows.length, pageSize);
  const shown = pageRows(rows, page, pageSize);
  const firstIndex = page * pageSize;
  // Only the rows in view are drawn (a page of 100 is about 12 in view): a keystroke in the search redraws those alone.
  const scrollRef = useRef<HTMLDivElement>(null);
  const theme = useTheme();
  const [view, setView] = useState({ top: 0, height: 0 });
  const measure = () => {
    const box = scrollRef.current;
    if (box) setView({ top: box.scrollTop, height: box.clientHeight });
  };
  useLayoutEffect(() => {
    measure();
    if (typeof ResizeObserver === 'undefined' || !scrollRef.current) return;
    const observer = new ResizeObserver(measure);
    observer.observe(scrollRef.current);
    return () => observer.disconnect();
  }, []);
  const { start, end } = rowWindow(view.top, view.height - HEADER_HEIGHT, ROW_HEIGHT, shown.length, OVERSCAN);

  const sortBy = (field: string) => onSortChange(nextSort(sort, field));
  // A grid is one tab stop: the cell last visited (the first header at first); arrows, Home and End move between cells,
  // as in the grid this table replaced. Row 0 is the header row, as in the table's own `rows`.
  const tableRef = useRef<HTMLTableElement>(null);
  const [visited, setVisited] = useState<GridCell>({ row: 0, col: 0 });
  const active = { row: Math.min(visited.row, shown.length), col: Math.min(visited.col, columns.length - 1) };
  const cellOf = (target: EventTarget) => (target as HTMLElement).closest<HTMLTableCellElement>('th, td');
  // Row 1 is the page's first row, wherever the drawn rows start: aria-rowindex counts from the header (1) over all pages.
  const at = (cell: HTMLTableCellElement): GridCell => {
    const index = Number(cell.parentElement?.getAttribute('aria-rowindex') ?? 1);
    return { row: cell.tagName === 'TH' ? 0 : index - firstIndex - 1, col: cell.cellIndex };
  };
  const cellAt = (target: GridCell) =>
    tableRef.current?.querySelector<HTMLElement>(
      `tr[aria-rowindex="${target.row === 0 ? 1 : firstIndex + target.row + 1}"] > :nth-child(${target.col + 1})`,
    );
  // A cell reached with the keyboard outside the drawn rows is focused once the scroll has drawn it.
  const pendingFocus = useRef<GridCell | null>(null);
  useLayoutEffect(() => {
    if (!pendingFocus.current) return;
    const cell = cellAt(pendingFocus.current);
    if (cell) {
      pendingFocus.current = null;
      cell.focus();
    }
  });
  const onFocus = (e: FocusEvent) => {
    const cell = cellOf(e.target);
    if (cell) setVisited(at(cell));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const cell = cellOf(e.target);
    if (!cell) return;
    const here = at(cell);
    if (e.key === 'Enter' || e.key === ' ') {
      // Keys typed in a control of the cell are the control's own.
      if (e.target !== cell) return;
      e.preventDefault();
      const column = columns[here.col];
      if (here.row === 0) {
        if (column && column.sortable !== false) sortBy(column.field);
        return;
      }
      const control = cell.querySelector<HTMLElement>('button, a');
      if (control) control.click();
      else if (onRowClick && shown[here.row - 1]) onRowClick(shown[here.row - 1]!.id);
      return;
    }
    const next = gridMove(e, here, { rows: shown.length + 1, cols: columns.length }, theme.direction);
    if (!next) return;
    e.preventDefault();
    setVisited(next);
    const box = scrollRef.current;
    if (box && next.row > 0) {
      const top = scrollToShow(next.row - 1, box.scrollTop, box.clientHeight, ROW_HEIGHT, HEADER_HEIGHT);
      if (top !== box.scrollTop) {
        box.scrollTop = top;
        setView({ top, height: box.clientHeight });
      }
    }
    const target = cellAt(next);
    if (target) target.focus();
    else pendingFocus.current = next;
  };
  // One listener for every row: the row clicked is the nearest one with an id, unless a control inside it took the click.
  const onBodyClick = (e: MouseEvent<HTMLTableSectionElement>) => {
    const target = e.target as HTMLElement;
    if (!onRowClick || target.closest('button, a, input')) return;
    const id = target.closest('tr')?.dataset.id;
    if (id) onRowClick(id);
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <Box sx={{ height: 4 }}>{loading && <LinearProgress aria-label={labels.loading} />}</Box>
      <Box
        ref={scrollRef}
        onScroll={(e: UIEvent<HTMLDivElement>) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
        sx={{ overflow: 'auto', maxHeight: 'calc(100vh - 250px)', minHeight: 200 }}
      >
        <Box
          component="table"
          role="grid"
          ref={tableRef}
          aria-label={label}
          aria-rowcount={rows.length + 1}
          aria-busy={loading || undefined}
          sx={tableStyles(onRowClick !== undefined)}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        >
          <colgroup>
            {columns.map((c) => (
              <col key={c.field} style={c.width === undefined ? undefined : { width: c.width }} />
            ))}
          </colgroup>
          <thead>
            <tr role="row" aria-rowindex={1}>
              {columns.map((c, i) => {
                const sortable = c.sortable !== false;
                const sorted = ariaSort(sort, c.field);
                return (
                  <th
                    key={c.field}
                    role="columnheader"
                    scope="col"
                    data-field={c.field}
                    aria-sort={sortable ? sorted : undefined}
                    tabIndex={active.row === 0 && active.col === i ? 0 : -1}
                    onClick={sortable ? () => sortBy(c.field) : undefined}
                  >
                    <span className="conex-header">
                      <span className="conex-header-text">{c.header}</span>
                      {sorted !== 'none' && <ArrowUpwardIcon className={`conex-sort-${sorted}`} fontSize="inherit" aria-hidden />}
                    </span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody onClick={onBodyClick}>
            {/* Keyed by place, not id: a new search fills the same row elements with new text instead of building new ones. */}
            {start > 0 && <Spacer rows={start} columns={columns.length} />}
            {shown.slice(start, end).map((row, i) => (
              <Row
                key={i}
                row={row}
                columns={columns}
                index={firstIndex + start + i + 2}
                activeCol={active.row === start + i + 1 ? active.col : -1}
              />
            ))}
            {end < shown.length && <Spacer rows={shown.length - end} columns={columns.length} />}
          </tbody>
        </Box>
      </Box>
      <TableFooter
        count={rows.length}
        page={page}
        pageSize={pageSize}
        onPage={(p) => setPaging({ key: pageKey, page: p })}
        onPageSize={(size) => {
          setPageSize(size);
          setPaging({ key: pageKey, page: 0 });
        }}
        labels={labels}
      />
    </Box>
  );
}

/** The room of rows not drawn, so the scroll bar and position stay those of the whole page; hidden from assistive technology. */
function Spacer({ rows, columns }: { rows: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="conex-spacer">
      <td colSpan={columns} style={{ height: rows * ROW_HEIGHT, padding: 0, border: 0 }} />
    </tr>
  );
}

/** A row redraws only when its data, place or the columns change, so a keystroke that keeps a row in its place leaves it alone. */
const Row = memo(function Row<R extends { readonly id: string }>({
  row,
  columns,
  index,
  activeCol,
}: {
  row: R;
  columns: readonly TableColumn<R>[];
  index: number;
  /** The column of this row's cell that is the grid's tab stop, or -1. */
  activeCol: number;
}) {
  return (
    <tr role="row" data-id={row.id} aria-rowindex={index}>
      {columns.map((c, i) => (
        <td key={c.field} role="gridcell" data-field={c.field} tabIndex={i === activeCol ? 0 : -1}>
          {c.render(row)}
        </td>
      ))}
    </tr>
  );
}) as <R extends { readonly id: string }>(props: {
  row: R;
  columns: readonly TableColumn<R>[];
  index: number;
  activeCol: number;
}) => ReactNode;

/** The data table; it draws again only when its props change, not when the screen around it does (a keystroke in its search box). */
export const DataTable = memo(DataTableOf) as typeof DataTableOf;
