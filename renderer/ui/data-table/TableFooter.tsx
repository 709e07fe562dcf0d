import FirstPageIcon from '@mui/icons-material/FirstPage';
import KeyboardArrowLeft from '@mui/icons-material/KeyboardArrowLeft';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';
import LastPageIcon from '@mui/icons-material/LastPage';
import { Box, IconButton } from '@mui/material';
import { useId, type ReactNode } from 'react';
import type { TableLabels } from './DataTable';
import { mirrored } from '../mirrored';
import { lastPage, PAGE_SIZES } from './table-page';

// The page buttons point the way the pages run: to the left for "next" in a right-to-left window.
const FirstIcon = mirrored(FirstPageIcon);
const PreviousIcon = mirrored(KeyboardArrowLeft);
const NextIcon = mirrored(KeyboardArrowRight);
const LastIcon = mirrored(LastPageIcon);

/**
 * The table's footer: rows per page (the browser's own select), "1–100 of 10,000", and the page buttons. Its own rather
 * than MUI's TablePagination, which brings Select, Menu and Popover code onto the first screen for a three-option list.
 */
export function TableFooter({
  count,
  page,
  pageSize,
  onPage,
  onPageSize,
  labels,
}: {
  count: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
  labels: TableLabels;
}) {
  const id = useId();
  const last = lastPage(count, pageSize);
  const from = count === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(count, (page + 1) * pageSize);
  const button = (type: 'first' | 'previous' | 'next' | 'last', target: number, disabled: boolean, icon: ReactNode) => (
    <IconButton
      size="small"
      aria-label={labels.pageButton(type)}
      title={labels.pageButton(type)}
      disabled={disabled}
      onClick={() => onPage(target)}
    >
      {icon}
    </IconButton>
  );
  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'flex-end',
        flexWrap: 'wrap',
        gap: 2,
        minHeight: 52,
        px: 1,
        typography: 'body2',
        '& select': {
          font: 'inherit',
          color: 'inherit',
          bgcolor: 'background.paper',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          px: 0.5,
          py: 0.25,
        },
      }}
    >
      <Box component="label" htmlFor={`${id}-size`}>
        {labels.rowsPerPage}
      </Box>
      <select id={`${id}-size`} value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))}>
        {PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
      <span className="conex-displayed-rows">{labels.displayedRows({ from, to, count })}</span>
      <Box sx={{ display: 'flex' }}>
        {button('first', 0, page === 0, <FirstIcon fontSize="small" />)}
        {button('previous', page - 1, page === 0, <PreviousIcon fontSize="small" />)}
        {button('next', page + 1, page >= last, <NextIcon fontSize="small" />)}
        {button('last', last, page >= last, <LastIcon fontSize="small" />)}
      </Box>
    </Box>
  );
}
