import { Alert, Button, List, ListItem, ListItemText, Paper, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LicenseSlotProps } from '../../app/slots';
import { db } from '../../db/database';
import type { ConsentRequestRow } from '../../db/account-tables';
import { consentRequestsOf, recordConsentRequest } from '../../db/repos/consent';
import { useToast } from '../../store/toast';
import { syncEngine } from '../../sync/runtime';

/**
 * Consent To Assign (R-LIC-6): the form to reassign this license to a new entity.
 * The request is recorded and sent to Conex at the next sync; the license keeps
 * its entity until Conex confirms, and each request shows where it stands.
 */
export default function ConsentToAssign({ licenseId, sen, entityId }: LicenseSlotProps) {
  const { t, i18n } = useTranslation('account');
  const toast = useToast((s) => s.show);
  const requests = useLiveQuery(() => consentRequestsOf(db(), licenseId), [licenseId]);
  const entityName = useLiveQuery(async () => (await db().entities.get(entityId))?.name ?? '', [entityId]);
  const [toEntity, setToEntity] = useState('');
  const [signatoryEmail, setSignatory] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');

  const submit = async () => {
    const r = await recordConsentRequest(db(), { id: licenseId, sen, entityId }, { toEntity, signatoryEmail, reason }, entityName ?? '', {
      now: new Date(),
      newId: () => crypto.randomUUID(),
    });
    if (!r.ok) return setError(t(r.error.messageKey, r.error.params));
    setError('');
    setToEntity('');
    setSignatory('');
    setReason('');
    toast({ severity: 'success', message: t('consent.recorded') });
    void syncEngine().sync();
  };

  if (requests === undefined) return null;
  const when = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
  const standing = (r: ConsentRequestRow) => {
    const date = when(r.decidedAt ?? r.receivedAt ?? r.createdAt);
    const text = t(`consent.status.${r.status}`, { date });
    if (r.status === 'declined' && r.note) return `${text} ${t('consent.note', { note: r.note })}`;
    if (r.status === 'refused' && r.errorKey) return `${text} ${t(r.errorKey)}`;
    return text;
  };
  return (
    <Paper variant="outlined" component="section" aria-labelledby="license-consent-heading" sx={{ p: 2.5 }}>
      <Typography variant="h6" component="h2" id="license-consent-heading" gutterBottom>
        {t('consent.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {t('consent.intro')}
      </Typography>
      {requests.length > 0 && (
        <List dense aria-label={t('consent.requests')}>
          {requests.map((r) => (
            <ListItem key={r.id}>
              <ListItemText primary={t('consent.to', { entity: r.toEntityName })} secondary={standing(r)} />
            </ListItem>
          ))}
        </List>
      )}
      <Stack spacing={1.5}>
        <TextField size="small" label={t('consent.toEntity')} value={toEntity} onChange={(e) => setToEntity(e.target.value)} />
        <TextField
          size="small"
          type="email"
          label={t('consent.signatory')}
          value={signatoryEmail}
          onChange={(e) => setSignatory(e.target.value)}
        />
        <TextField
          size="small"
          multiline
          minRows={2}
          label={t('consent.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
        <div>
          <Button variant="outlined" onClick={() => void submit()}>
            {t('consent.submit')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
