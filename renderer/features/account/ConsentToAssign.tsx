import { Alert, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkConsentDocument, type ConsentDocument } from '../../../shared/account';
import type { LicenseSlotProps } from '../../contributions/slots';
import { db } from '../../db/database';
import { consentRequestsOf, recordConsentRequest } from '../../db/repos/consent';
import { licensesOfEntity } from '../../db/repos/licenses';
import { platform } from '../../platform';
import { useToast } from '../../store/toast';
import { syncEngine } from '../../sync/runtime';
import { useConexLinks } from './conex-links';
import { ConsentLicenses } from './ConsentLicenses';
import { ConsentRequests } from './ConsentRequests';

const DOCUMENT_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg'];

/**
 * Consent To Assign (R-LIC-6): the request to reassign this license, and others
 * of its entity, to a new entity, with Conex's form filled in and signed. It is
 * recorded and sent to Conex at the next sync; the licenses keep their entity
 * until Conex confirms, and each request shows where it stands.
 */
export default function ConsentToAssign({ licenseId, sen, entityId }: LicenseSlotProps) {
  const { t, i18n } = useTranslation('account');
  const toast = useToast((s) => s.show);
  const links = useConexLinks();
  const requests = useLiveQuery(() => consentRequestsOf(db(), licenseId), [licenseId]);
  const siblings = useLiveQuery(() => licensesOfEntity(db(), entityId), [entityId]);
  const [toEntity, setToEntity] = useState('');
  const [signatoryEmail, setSignatory] = useState('');
  const [reason, setReason] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [document, setDocument] = useState<ConsentDocument | null>(null);
  const [error, setError] = useState('');

  const attach = async () => {
    const picked = await platform().openFile({ filters: [{ name: t('consent.documentFilter'), extensions: DOCUMENT_EXTENSIONS }] });
    if (!picked.ok) return setError(t(picked.error.messageKey, picked.error.params));
    const file = picked.value;
    if (!file) return;
    const checked = checkConsentDocument(file);
    if (!checked.ok) return setError(t(checked.error.messageKey, checked.error.params));
    setError('');
    setDocument(checked.value);
  };

  const submit = async () => {
    const others = (siblings ?? []).filter((l) => l.id !== licenseId && chosen.has(l.id));
    const licenses = [{ id: licenseId, sen, entityId }, ...others];
    const r = await recordConsentRequest(db(), licenses, { toEntity, signatoryEmail, reason }, document, {
      now: new Date(),
      newId: () => crypto.randomUUID(),
    });
    if (!r.ok) return setError(t(r.error.messageKey, r.error.params));
    setError('');
    setToEntity('');
    setSignatory('');
    setReason('');
    setChosen(new Set());
    setDocument(null);
    toast({ severity: 'success', ns: 'account', message: (t) => t('consent.recorded', { count: licenses.length }) });
    void syncEngine().sync();
  };

  if (requests === undefined || siblings === undefined) return null;
  const size = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(bytes / 1024);
  return (
    <Paper variant="outlined" component="section" aria-labelledby="license-consent-heading" sx={{ p: 2.5 }}>
      <Typography variant="h6" component="h2" id="license-consent-heading" gutterBottom>
        {t('consent.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {t('consent.intro')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Button size="small" variant="outlined" disabled={!links} onClick={() => links && void platform().openExternal(links.consentForm)}>
          {t('consent.getForm')}
        </Button>
        {links === null && (
          <Typography variant="body2" color="text.secondary">
            {t('help.unknown')}
          </Typography>
        )}
      </Stack>
      <ConsentRequests requests={requests} />
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
        {siblings.length > 1 && <ConsentLicenses candidates={siblings} current={licenseId} chosen={chosen} onChange={setChosen} />}
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          <Button variant="outlined" onClick={() => void attach()}>
            {t(document ? 'consent.replaceDocument' : 'consent.attach')}
          </Button>
          <Typography color="text.secondary" aria-live="polite">
            {document ? t('consent.attached', { name: document.name, size: size(document.size) }) : t('consent.noDocument')}
          </Typography>
        </Stack>
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
        <div>
          <Button variant="contained" onClick={() => void submit()}>
            {t('consent.submit')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
