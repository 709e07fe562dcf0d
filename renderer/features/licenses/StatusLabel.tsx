import CheckIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorIcon from '@mui/icons-material/ErrorOutlineOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import ScienceIcon from '@mui/icons-material/Science';
import WarningIcon from '@mui/icons-material/WarningAmber';
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { LicenseState } from './license-state';
import { statusText } from './status-text';

function StateIcon({ state }: { state: LicenseState }) {
  switch (state.kind) {
    case 'active':
      return <CheckIcon color="success" fontSize="small" />;
    case 'expiring':
      return <ScheduleIcon color="warning" fontSize="small" />;
    case 'evaluation':
      return <ScienceIcon color="info" fontSize="small" />;
    case 'expired-perpetual':
      return <WarningIcon color="warning" fontSize="small" />;
    default:
      return <ErrorIcon color="error" fontSize="small" />;
  }
}

/** A license state in words, with an icon whose colour repeats what the words say. */
export function StatusLabel({ state }: { state: LicenseState }) {
  const { t } = useTranslation('licenses');
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
      <Box component="span" aria-hidden sx={{ display: 'inline-flex' }}>
        <StateIcon state={state} />
      </Box>
      {statusText(t, state)}
    </Box>
  );
}
