import { Alert, Button, List, ListItem, ListItemText, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_ROLES, type ContactRole } from '../../../shared/quote';
import type { LicenseSlotProps } from '../../contributions/slots';
import { db } from '../../db/database';
import { changeContact, contactsOf, type ContactAction } from '../../db/repos/account';
import { useToast } from '../../store/toast';
import { syncEngine } from '../../sync/runtime';
import { ltrInputProps } from '../../ui/Ltr';
import { Ltr } from '../../ui/Ltr';

/**
 * The billing and technical contacts of a license (R-ACC-2): add by email, make
 * one primary, remove (never the last of a role). Changes are stored here and
 * sent to Conex by sync.
 */
export default function LicenseContacts({ sen }: LicenseSlotProps) {
  const { t } = useTranslation('account');
  const toast = useToast((s) => s.show);
  const contacts = useLiveQuery(() => contactsOf(db(), sen), [sen]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ContactRole>('technical');
  const [error, setError] = useState('');

  const run = async (action: ContactAction) => {
    const r = await changeContact(db(), sen, action, { now: new Date(), newKey: () => crypto.randomUUID() });
    if (!r.ok) return setError(t(r.error.messageKey, r.error.params));
    setError('');
    if (action.kind === 'add') setEmail('');
    toast({ severity: 'success', ns: 'account', message: (t) => t('contacts.saved') });
    void syncEngine().sync();
  };

  if (contacts === undefined) return null;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="license-contacts-heading" sx={{ p: 2.5 }}>
      <Typography variant="h6" component="h2" id="license-contacts-heading" gutterBottom>
        {t('contacts.title')}
      </Typography>
      {contacts.length === 0 && <Typography color="text.secondary">{t('contacts.none')}</Typography>}
      {CONTACT_ROLES.map((r) => {
        const ofRole = contacts.filter((c) => c.role === r);
        if (ofRole.length === 0) return null;
        return (
          <Fragment key={r}>
            <Typography variant="subtitle2" component="h3">
              {t(`contacts.${r}`)}
            </Typography>
            <List dense aria-label={t(`contacts.${r}`)}>
              {ofRole.map((c) => (
                <ListItem
                  key={c.id}
                  secondaryAction={
                    <Stack direction="row" spacing={1}>
                      {!c.primary && (
                        <Button size="small" onClick={() => void run({ kind: 'primary', contactId: c.id })}>
                          {t('contacts.makePrimary', { email: c.email })}
                        </Button>
                      )}
                      <Button size="small" color="error" onClick={() => void run({ kind: 'remove', contactId: c.id })}>
                        {t('contacts.remove', { email: c.email })}
                      </Button>
                    </Stack>
                  }
                >
                  <ListItemText primary={<Ltr>{c.email}</Ltr>} secondary={c.primary ? t('contacts.primary') : undefined} />
                </ListItem>
              ))}
            </List>
          </Fragment>
        );
      })}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 1 }}>
        <TextField
          size="small"
          type="email"
          label={t('contacts.email')}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          slotProps={{ htmlInput: ltrInputProps }}
        />
        <TextField
          size="small"
          select
          label={t('contacts.role')}
          value={role}
          onChange={(e) => setRole(e.target.value as ContactRole)}
          sx={{ minWidth: 160 }}
        >
          {CONTACT_ROLES.map((r) => (
            <MenuItem key={r} value={r}>
              {t(`contacts.${r}`)}
            </MenuItem>
          ))}
        </TextField>
        <Button variant="outlined" onClick={() => void run({ kind: 'add', email, role })}>
          {t('contacts.add')}
        </Button>
      </Stack>
      {error && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
    </Paper>
  );
}
