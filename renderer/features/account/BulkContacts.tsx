import { Alert, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { bulkReplace } from '../../db/repos/account';
import { listEntities } from '../../db/repos/entities';
import { useToast } from '../../store/toast';
import { syncEngine } from '../../sync/runtime';
import { ltrInputProps } from '../../ui/Ltr';

/** Replaces one contact by another on every license of an entity (academic IT staff with several entities, R-ACC-2). */
export function BulkContacts() {
  const { t } = useTranslation('account');
  const toast = useToast((s) => s.show);
  const entities = useLiveQuery(() => listEntities(db()), []);
  const [entityId, setEntityId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState('');

  const run = async () => {
    const r = await bulkReplace(db(), entityId, from, to, { now: new Date(), newKey: () => crypto.randomUUID() });
    if (!r.ok) return setError(t(r.error.messageKey, r.error.params));
    setError('');
    toast({ severity: 'success', ns: 'account', message: (t) => t('bulk.done', { count: r.value }) });
    void syncEngine().sync();
  };

  return (
    <Stack spacing={1.5} component="section" aria-labelledby="account-bulk">
      <Typography variant="h6" component="h3" id="account-bulk">
        {t('bulk.title')}
      </Typography>
      <TextField select label={t('bulk.entity')} value={entityId} onChange={(e) => setEntityId(e.target.value)}>
        {(entities ?? []).map((e) => (
          <MenuItem key={e.id} value={e.id}>
            {e.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        type="email"
        label={t('bulk.from')}
        value={from}
        onChange={(e) => setFrom(e.target.value)}
        slotProps={{ htmlInput: ltrInputProps }}
      />
      <TextField
        type="email"
        label={t('bulk.to')}
        value={to}
        onChange={(e) => setTo(e.target.value)}
        slotProps={{ htmlInput: ltrInputProps }}
      />
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      <div>
        <Button variant="outlined" disabled={!entityId} onClick={() => void run()}>
          {t('bulk.run')}
        </Button>
      </div>
    </Stack>
  );
}
