import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import { Button } from '@mui/material';
import { lazy, Suspense, useId, useState } from 'react';

// The menu's code loads with its first opening, not with the table.
const ColumnsMenu = lazy(() => import('./ColumnsMenu').then((m) => ({ default: m.ColumnsMenu })));

/** One column the menu offers to show or hide. */
export interface ColumnChoice {
  readonly field: string;
  readonly header: string;
  readonly visible: boolean;
  /** A column that cannot be hidden (the one that opens a row). */
  readonly fixed?: boolean;
}

/** A "Columns" button whose menu shows or hides each column of a table, each item a checkbox. */
export function ColumnsButton({
  label,
  columns,
  onToggle,
}: {
  label: string;
  columns: readonly ColumnChoice[];
  onToggle: (field: string, visible: boolean) => void;
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const id = useId();
  return (
    <>
      <Button
        size="small"
        id={`${id}-button`}
        startIcon={<ViewColumnIcon fontSize="small" />}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? `${id}-menu` : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        {label}
      </Button>
      {anchor && (
        <Suspense fallback={null}>
          <ColumnsMenu id={id} anchor={anchor} columns={columns} onToggle={onToggle} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  );
}
