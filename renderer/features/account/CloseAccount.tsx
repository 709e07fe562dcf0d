import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  LinearProgress,
  List,
  ListItem,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { licensesBlockingClose, type LicenseContacts } from '../../../shared/account';
import { db } from '../../db/database';
import { listLicenseContacts } from '../../db/repos/account';
import { useToast } from '../../store/toast';
import { currentApiUrl, platformSecrets } from '../../sync/runtime';
import { closeAccount } from '../../sync/session';
import { useSyncStatus } from '../../sync/status-store';
import { Ltr } from '../../ui/Ltr';

/**
 * Closing the account (R-ACC-3): refused, with the licenses to move first, until
 * every license the account is a contact of has other billing and technical
 * contacts. Then, once confirmed, Conex closes it (checking again on its side)
 * and the app signs out; nothing on this computer is removed.
 */
export function CloseAccount({ email }: { email: string | undefined }) {
  const { t } = useTranslation('account');
  const toast = useToast((s) => s.show);
  const [blocking, setBlocking] = useState<LicenseContacts[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const check = async () => {
    setError('');
    const found = licensesBlockingClose(email ?? '', await listLicenseContacts(db()));
    setBlocking(found);
    if (found.length === 0) setConfirming(true);
  };

  const close = async () => {
    setBusy(true);
    const r = await closeAccount({
      db: db(),
      secrets: platformSecrets(),
      apiUrl: currentApiUrl(),
      now: () => new Date(),
      newKey: () => crypto.randomUUID(),
    });
    setBusy(false);
    setConfirming(false);
    if (!r.ok) return setError(t(r.error.messageKey, r.error.params));
    setBlocking(null);
    useSyncStatus.getState().patch({ account: null, tokenStorage: null });
    toast({ severity: 'success', ns: 'account', message: (t) => t('close.closed', { email: r.value }) });
  };

  return (
    <Stack spacing={1} component="section" aria-labelledby="account-close">
      <Typography variant="h6" component="h3" id="account-close">
        {t('close.title')}
      </Typography>
      {!email && <Typography color="text.secondary">{t('close.signedOut')}</Typography>}
      <div>
        <Button variant="outlined" color="error" disabled={!email || busy} onClick={() => void check()}>
          {t('close.button')}
        </Button>
      </div>
      {blocking && blocking.length > 0 && (
        <Alert severity="error" role="alert">
          {t('close.blocked')}
          <List dense aria-label={t('close.title')}>
            {blocking.map((l) => (
              <ListItem key={l.licenseId}>
                <Ltr>{l.sen}</Ltr>
              </ListItem>
            ))}
          </List>
        </Alert>
      )}
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      <Dialog open={confirming} onClose={() => !busy && setConfirming(false)} aria-labelledby="close-account-title">
        <DialogTitle id="close-account-title">{t('close.confirmTitle', { email: email ?? '' })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('close.allowed')}</DialogContentText>
          <DialogContentText sx={{ mt: 1 }}>{t('close.confirmBody')}</DialogContentText>
          {busy && <LinearProgress aria-label={t('close.closing')} sx={{ mt: 2 }} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)} disabled={busy} autoFocus>
            {t('close.cancel')}
          </Button>
          <Button color="error" variant="contained" onClick={() => void close()} disabled={busy}>
            {t('close.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
