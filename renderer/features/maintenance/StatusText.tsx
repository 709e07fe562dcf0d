import ErrorIcon from '@mui/icons-material/ErrorOutlineOutlined';
import CheckIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import ScienceIcon from '@mui/icons-material/Science';
import WarningIcon from '@mui/icons-material/WarningAmber';
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { LicenseStatus } from '../../../shared/maintenance/status';
import { statusMessage } from '../../../shared/maintenance/status-message';

/** A status in words, with an icon whose colour repeats what the words say. */
export function StatusText({ status }: { status: LicenseStatus }) {
  const { t } = useTranslation('maintenance');
  const message = statusMessage(status);
  const text = t(message.key, message.params);
  const icon =
    status.kind === 'active' ? (
      <CheckIcon color="success" fontSize="small" />
    ) : status.kind === 'expiring' ? (
      <ScheduleIcon color="warning" fontSize="small" />
    ) : status.kind === 'evaluation' ? (
      <ScienceIcon color="secondary" fontSize="small" />
    ) : status.kind === 'expired-perpetual' ? (
      <WarningIcon color="warning" fontSize="small" />
    ) : (
      <ErrorIcon color="error" fontSize="small" />
    );
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
      <Box component="span" aria-hidden sx={{ display: 'inline-flex' }}>
        {icon}
      </Box>
      {text}
    </Box>
  );
}
