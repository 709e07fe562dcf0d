import MoreIcon from '@mui/icons-material/MoreVert';
import { Divider, IconButton, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaintenanceRow } from './rows';

export type RowAction = 'renew' | 'snooze-1' | 'snooze-7' | 'snooze-30' | 'unsnooze' | 'po-on' | 'po-off' | 'version' | 'reinstall';

/** The actions on one license: renew, snooze, renewal in progress, installed version, reinstall checklist. */
export function RowActions({ row, onAction }: { row: MaintenanceRow; onAction: (action: RowAction, row: MaintenanceRow) => void }) {
  const { t } = useTranslation('maintenance');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const sen = row.license.sen;
  const evaluation = row.license.type === 'evaluation';
  const run = (action: RowAction) => {
    setAnchor(null);
    onAction(action, row);
  };
  const menuId = `actions-${row.license.id}`;
  return (
    <>
      <IconButton
        aria-label={t('actions.menu', { sen })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <MoreIcon />
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => run('renew')}>{evaluation ? t('actions.buy') : t('actions.renew')}</MenuItem>
        <Divider />
        <MenuItem onClick={() => run('snooze-1')}>{t('actions.snoozeDay')}</MenuItem>
        <MenuItem onClick={() => run('snooze-7')}>{t('actions.snoozeWeek')}</MenuItem>
        <MenuItem onClick={() => run('snooze-30')}>{t('actions.snoozeMonth')}</MenuItem>
        {row.snoozedUntil && <MenuItem onClick={() => run('unsnooze')}>{t('actions.unsnooze')}</MenuItem>}
        {!evaluation &&
          (row.poRaised ? (
            <MenuItem onClick={() => run('po-off')}>{t('actions.clearPoRaised')}</MenuItem>
          ) : (
            <MenuItem onClick={() => run('po-on')}>{t('actions.markPoRaised')}</MenuItem>
          ))}
        <Divider />
        <MenuItem onClick={() => run('version')}>{t('actions.installedVersion')}</MenuItem>
        <MenuItem onClick={() => run('reinstall')}>{t('actions.reinstall')}</MenuItem>
      </Menu>
    </>
  );
}
