import { Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { HelpLink } from '../../../shared/api';
import { platform } from '../../platform';
import { useConexLinks } from './conex-links';

const HELP_LINKS: readonly HelpLink[] = ['contact', 'vote', 'suggest', 'partners', 'consentForm', 'changeEmail'];

/** How to reach Conex, vote for or suggest a feature, the partner directory, the Conex ID email page: each in the system browser. */
export function HelpLinks() {
  const { t } = useTranslation('account');
  const links = useConexLinks();
  return (
    <Stack spacing={1} component="section" aria-labelledby="account-help">
      <Typography variant="h6" component="h3" id="account-help">
        {t('help.title')}
      </Typography>
      {links === null && <Typography color="text.secondary">{t('help.unknown')}</Typography>}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {HELP_LINKS.map((link) => (
          <Button key={link} variant="outlined" disabled={!links} onClick={() => links && void platform().openExternal(links[link])}>
            {t(`help.${link}`)}
          </Button>
        ))}
      </Stack>
    </Stack>
  );
}
