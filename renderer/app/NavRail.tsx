import BackupIcon from '@mui/icons-material/Backup';
import BudgetIcon from '@mui/icons-material/AccountBalance';
import BusinessIcon from '@mui/icons-material/Business';
import EventIcon from '@mui/icons-material/Event';
import KeyIcon from '@mui/icons-material/VpnKey';
import ReceiptIcon from '@mui/icons-material/RequestQuote';
import SettingsIcon from '@mui/icons-material/Settings';
import { Box, ButtonBase, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SyncStatus } from '../features/sync/SyncStatus';
import { SCREENS, useNavigation, useScreen, type Screen } from '../store/navigation';

const icons: Record<Screen, ReactNode> = {
  licenses: <KeyIcon />,
  entities: <BusinessIcon />,
  quotes: <ReceiptIcon />,
  maintenance: <EventIcon />,
  backups: <BackupIcon />,
  settings: <SettingsIcon />,
  budget: <BudgetIcon />,
};

/** The navigation rail: one button per user task, with its shortcut (Ctrl or Cmd + 1 to 7). */
export function NavRail() {
  const { t } = useTranslation('common');
  const screen = useScreen();
  const go = useNavigation((s) => s.go);
  return (
    <Box
      component="nav"
      aria-label={t('nav.label')}
      sx={{ width: 96, flexShrink: 0, borderRight: 1, borderColor: 'divider', display: 'flex', flexDirection: 'column', py: 1 }}
    >
      {/* A window too short for every item (Arabic labels take two lines) scrolls them here, above the foot. */}
      <Box sx={{ flex: 1, minHeight: 0, overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: 0.5 }}>
        {SCREENS.map((s, i) => (
          <ButtonBase
            key={s}
            onClick={() => go({ screen: s })}
            aria-current={screen === s ? 'page' : undefined}
            title={t('nav.shortcut', { key: i + 1 })}
            sx={{
              flexDirection: 'column',
              py: 1.25,
              mx: 1,
              borderRadius: 2,
              color: screen === s ? 'primary.main' : 'text.secondary',
              bgcolor: screen === s ? 'action.selected' : 'transparent',
              '&:hover': { bgcolor: 'action.hover' },
              '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main' },
            }}
          >
            {icons[s]}
            <Typography variant="caption" sx={{ mt: 0.5, fontWeight: screen === s ? 700 : 400 }}>
              {t(`nav.${s}`)}
            </Typography>
          </ButtonBase>
        ))}
        <SyncStatus />
      </Box>
      {/* The foot is kept for the reminders bell the app shell pins there, so it never covers an item or the sync status. */}
      <Box sx={{ height: 48, flexShrink: 0 }} />
    </Box>
  );
}
