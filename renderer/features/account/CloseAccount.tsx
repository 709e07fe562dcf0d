import { Alert, Button, List, ListItem, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { licensesBlockingClose, type LicenseContacts } from '../../../shared/account';
import { db } from '../../db/database';
import { listLicenseContacts } from '../../db/repos/account';

/**
 * Closing the account (R-ACC-3): refused, with the licenses to move first, until
 * every license the account is a contact of has other billing and technical contacts.
 */
export function CloseAccount({ email }: { email: string | undefined }) {
  const { t } = useTranslation('account');
  const [blocking, setBlocking] = useState<LicenseContacts[] | null>(null);

  const check = async () => setBlocking(licensesBlockingClose(email ?? '', await listLicenseContacts(db())));

  return (
    <Stack spacing={1} component="section" aria-labelledby="account-close">
      <Typography variant="h6" component="h3" id="account-close">
        {t('close.title')}
      </Typography>
      {!email && <Typography color="text.secondary">{t('close.signedOut')}</Typography>}
      <div>
        <Button variant="outlined" color="error" disabled={!email} onClick={() => void check()}>
          {t('close.button')}
        </Button>
      </div>
      {blocking && blocking.length > 0 && (
        <Alert severity="error" role="alert">
          {t('close.blocked')}
          <List dense aria-label={t('close.title')}>
            {blocking.map((l) => (
              <ListItem key={l.licenseId}>{l.sen}</ListItem>
            ))}
          </List>
        </Alert>
      )}
      {blocking && blocking.length === 0 && <Alert severity="info">{t('close.allowed')}</Alert>}
    </Stack>
  );
}
