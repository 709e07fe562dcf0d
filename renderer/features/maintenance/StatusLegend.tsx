import { Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

const KINDS = ['active', 'expiring', 'expired-perpetual', 'subscription-lapsed', 'evaluation', 'evaluation-expired'] as const;

/** What each status means for support and updates, in plain words. */
export function StatusLegend() {
  const { t } = useTranslation('maintenance');
  return (
    <Paper variant="outlined" component="section" aria-labelledby="legend-title" sx={{ p: 2, mt: 3 }}>
      <Typography id="legend-title" variant="h6" component="h2" gutterBottom>
        {t('legend.title')}
      </Typography>
      <dl style={{ margin: 0 }}>
        {KINDS.map((kind) => (
          <div key={kind} style={{ marginBottom: 8 }}>
            <Typography component="dt" sx={{ fontWeight: 700 }}>
              {t(`legend.${kind}.term`)}
            </Typography>
            <Typography component="dd" sx={{ ml: 0 }} color="text.secondary">
              {t(`legend.${kind}.text`)}
            </Typography>
          </div>
        ))}
      </dl>
      <Typography color="text.secondary">{t('eol.rule')}</Typography>
    </Paper>
  );
}
