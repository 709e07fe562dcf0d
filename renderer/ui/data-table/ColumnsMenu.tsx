import CheckIcon from '@mui/icons-material/Check';
import { ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import type { ColumnChoice } from './ColumnsButton';

/** The Columns button's menu: one checkbox item per column, a fixed column shown but not changeable. */
export function ColumnsMenu({
  id,
  anchor,
  columns,
  onToggle,
  onClose,
}: {
  id: string;
  anchor: HTMLElement;
  columns: readonly ColumnChoice[];
  onToggle: (field: string, visible: boolean) => void;
  onClose: () => void;
}) {
  return (
    <Menu
      id={`${id}-menu`}
      anchorEl={anchor}
      open
      onClose={onClose}
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
  );
}
