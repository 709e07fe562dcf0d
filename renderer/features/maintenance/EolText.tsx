import WarningIcon from '@mui/icons-material/WarningAmber';
import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../reminders/format';
import type { EolView } from '../../../shared/licensing/eol-view';

/** The installed version and its support (R-EOL-1): a warning within 90 days of the end and after, naming what is supported. */
export function EolText({ eol, supported }: { eol: EolView; supported: string }) {
  const { t, i18n } = useTranslation('maintenance');
  switch (eol.kind) {
    case 'not-recorded':
      return (
        <Typography variant="body2" color="text.secondary">
          {t('eol.notRecorded', { major: eol.entitled })}
        </Typography>
      );
    case 'unknown':
      return <Typography variant="body2">{t('eol.unknown', { major: eol.major })}</Typography>;
    case 'supported':
      return (
        <Typography variant="body2">{t('eol.supported', { major: eol.major, date: formatDay(eol.endsOn, i18n.language) })}</Typography>
      );
    default: {
      const text =
        eol.kind === 'ending'
          ? t('eol.ending', { major: eol.major, date: formatDay(eol.endsOn, i18n.language), count: eol.daysLeft, supported })
          : t('eol.ended', { major: eol.major, date: formatDay(eol.endsOn, i18n.language), supported });
      return (
        <Box sx={{ display: 'flex', gap: 0.75, alignItems: 'flex-start' }}>
          <WarningIcon color={eol.kind === 'ended' ? 'error' : 'warning'} fontSize="small" aria-hidden />
          <Typography variant="body2">{text}</Typography>
        </Box>
      );
    }
  }
}
