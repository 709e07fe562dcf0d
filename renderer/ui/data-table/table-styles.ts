import type { SxProps, Theme } from '@mui/material/styles';

/**
 * Every style of the table's cells, given once at the table: its cells are plain elements, so a page of 100 rows costs
 * no style work of its own. Cells keep to one line; a column too narrow cuts its text with an ellipsis.
 */
export function tableStyles(rowsClickable: boolean): SxProps<Theme> {
  return (theme) => ({
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'separate',
    borderSpacing: 0,
    ...theme.typography.body2,
    '& th, & td': {
      px: 2,
      height: 52,
      py: 0,
      textAlign: 'left',
      borderBottom: `1px solid ${theme.palette.divider}`,
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      whiteSpace: 'nowrap',
    },
    '& th': {
      height: 56,
      fontWeight: theme.typography.fontWeightMedium,
      position: 'sticky',
      top: 0,
      zIndex: 1,
      backgroundColor: theme.palette.background.paper,
      backgroundImage: 'var(--Paper-overlay)',
      userSelect: 'none',
    },
    '& th[tabindex]': { cursor: 'pointer' },
    '& th[tabindex]:hover': { backgroundColor: theme.palette.action.hover },
    '& th:focus-visible, & td:focus-visible': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: -2,
    },
    // A name in its own direction (`dir="auto"`): a Latin name cut in a right-to-left table keeps its start and loses its
    // end, as an Arabic one does; the cell's own ellipsis would cut the Latin name's start.
    '& .conex-own-direction': {
      display: 'inline-block',
      maxWidth: '100%',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      verticalAlign: 'bottom',
    },
    '& .conex-header': { display: 'inline-flex', alignItems: 'center', gap: '4px', maxWidth: '100%' },
    '& .conex-header-text': { overflow: 'hidden', textOverflow: 'ellipsis' },
    '& .conex-sort-descending': { transform: 'rotate(180deg)' },
    '& tbody tr:hover': { backgroundColor: theme.palette.action.hover },
    ...(rowsClickable ? { '& tbody tr': { cursor: 'pointer' } } : {}),
  });
}
