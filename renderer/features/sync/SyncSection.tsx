import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { useToast } from '../../store/toast';
import { buildApiUrl } from '../../sync/api-url';
import { platformSecrets, syncEngine } from '../../sync/runtime';
import { useSyncStatus } from '../../sync/status-store';
import { signedInAccount, signIn, signOut } from '../../sync/session';
import { ltrInputProps } from '../../ui/Ltr';

/**
 * Sign-in to the Conex account with its email and API token, and sign-out.
 * The token goes to the platform's secret store: encrypted with safeStorage in
 * the desktop app, for the session only on the web. It is never shown again.
 */
export function SyncSection() {
  const { t } = useTranslation('sync');
  const toast = useToast((s) => s.show);
  const apiUrl = buildApiUrl();
  // The same answer as the sync indicator's (renderer/sync/session.ts): a record whose web session has ended is no sign-in.
  const account = useLiveQuery(() => signedInAccount(db(), platformSecrets(), apiUrl), [apiUrl]);
  const [email, setEmail] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    const result = await signIn({ db: db(), secrets: platformSecrets(), apiUrl, now: () => new Date() }, email, token);
    setBusy(false);
    if (!result.ok) return setError(t(result.error.messageKey, result.error.params));
    setError('');
    setToken('');
    const signedIn = await signedInAccount(db(), platformSecrets(), apiUrl);
    useSyncStatus.getState().patch({ account: { email: result.value.email }, tokenStorage: signedIn?.tokenStorage ?? null });
    toast({ severity: 'success', ns: 'sync', message: (t) => t('signIn.signedIn') });
    void syncEngine().sync();
  };

  const leave = async () => {
    await signOut({ db: db(), secrets: platformSecrets(), now: () => new Date() });
    useSyncStatus.getState().patch({ account: null, tokenStorage: null });
    toast({ severity: 'info', ns: 'sync', message: (t) => t('signIn.signedOut') });
    void syncEngine().sync();
  };

  return (
    <Stack spacing={2} component="section" aria-labelledby="settings-sync">
      <Typography variant="h6" component="h2" id="settings-sync">
        {t('signIn.title')}
      </Typography>
      <Typography color="text.secondary">{t('signIn.body')}</Typography>
      {apiUrl && <Typography color="text.secondary">{t('signIn.address', { url: apiUrl })}</Typography>}
      {account ? (
        <>
          <Typography data-testid="signed-in-as">{t('signIn.signedInAs', { email: account.email })}</Typography>
          <Typography color="text.secondary">
            {account.tokenStorage === 'encrypted' ? t('signIn.storedEncrypted') : t('signIn.storedSession')}
          </Typography>
          <div>
            <Button variant="outlined" onClick={() => void leave()}>
              {t('signIn.signOut')}
            </Button>
          </div>
        </>
      ) : (
        <Stack
          component="form"
          spacing={2}
          sx={{ maxWidth: 480 }}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {!apiUrl && <Alert severity="info">{t('signIn.noAddress')}</Alert>}
          <TextField
            label={t('signIn.email')}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            type="email"
            autoComplete="username"
            slotProps={{ htmlInput: ltrInputProps }}
          />
          <TextField
            label={t('signIn.token')}
            value={token}
            onChange={(e) => setToken(e.target.value)}
            type="password"
            autoComplete="off"
            error={Boolean(error)}
            helperText={error || ' '}
            slotProps={{ htmlInput: { spellCheck: false } }}
          />
          <div>
            <Button type="submit" variant="contained" disabled={busy || !apiUrl}>
              {busy ? t('signIn.signingIn') : t('signIn.submit')}
            </Button>
          </div>
        </Stack>
      )}
    </Stack>
  );
}
