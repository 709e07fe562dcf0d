import { Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { platform } from '../../platform';
import { CONEX_LINKS, type ConexLink } from './links';

/** How to reach Conex, vote for or suggest a feature, the partner directory: each in the system browser. */
export function HelpLinks() {
  const { t } = useTranslation('account');
  return (
    <Stack spacing={1} component="section" aria-labelledby="account-help">
      <Typography variant="h6" component="h3" id="account-help">
        {t('help.title')}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {(Object.keys(CONEX_LINKS) as ConexLink[]).map((link) => (
          <Button key={link} variant="outlined" onClick={() => void platform().openExternal(CONEX_LINKS[link])}>
            {t(`help.${link}`)}
          </Button>
        ))}
      </Stack>
    </Stack>
  );
}
