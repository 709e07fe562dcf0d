import CheckIcon from '@mui/icons-material/Check';
import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import { Button, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import { useId, useState } from 'react';

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
      <Menu
        id={`${id}-menu`}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-labelledby': `${id}-button`, dense: true } }}
      >
        {columns.map((c) => (
          <MenuItem
            key={c.field}
            role="menuitemcheckbox"
            aria-checked={c.visible}
            disabled={c.fixed}
            onClick={() => onToggle(c.field, !c.visible)}
          >
            <ListItemIcon>{c.visible && <CheckIcon fontSize="small" />}</ListItemIcon>
            <ListItemText>{c.header}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
