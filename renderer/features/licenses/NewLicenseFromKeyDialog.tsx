import { Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../shared/entity';
import type { VerifiedKey } from '../../../shared/keys/verify';
import type { License } from '../../../shared/license';
import { db } from '../../db/database';
import { addLicenseWithNewEntity } from '../../db/repos/license-with-entity';
import { addLicenseFromKey, findLicenseBySen } from '../../db/repos/licenses';
import { useNavigation } from '../../store/navigation';
import { useToast } from '../../store/toast';
import { EntityField, NEW_ENTITY } from './EntityField';
import { errorText, formatDay } from './format';
import { checkPastedKey } from './key-check';
import { NewEntityFields, type NewEntityValue } from './NewEntityFields';
import { entityNamed } from './one-entity-one-server';
import { useDeploymentWarnings } from './use-deployment-warnings';
import { WarningList } from './WarningList';
import { ltrInputProps } from '../../ui/Ltr';

type Checked = { key: VerifiedKey; existing?: License | undefined };

/**
 * "Add license from key": a key for a SEN not stored yet becomes a new license
 * attached to the entity the user picks, or to the entity the key names, added
 * here with it when the app does not have it yet (R-LIC-1, R-LIC-3); a known SEN
 * leads to its License Details.
 */
export function NewLicenseFromKeyDialog({ entities, onClose }: { entities: readonly Entity[]; onClose: () => void }) {
  const { t, i18n } = useTranslation('licenses');
  const toast = useToast((s) => s.show);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [entityId, setEntityId] = useState('');
  const [newEntity, setNewEntity] = useState<NewEntityValue>({ name: '', kind: 'library', country: '' });
  const [entityErrors, setEntityErrors] = useState<Record<string, string>>({});
  const payload = checked?.key.payload;
  const creating = entityId === NEW_ENTITY;
  const warnings = useDeploymentWarnings(
    { entityId: creating ? '' : entityId, serverId: payload?.serverId ?? '', keyEntity: payload?.entity },
    entities,
  );

  const check = async () => {
    setBusy(true);
    setError('');
    const result = await checkPastedKey(text, undefined, new Date());
    if (!result.ok) {
      setBusy(false);
      return setError(errorText(t, result.error, i18n.language));
    }
    const key = result.value.key;
    const existing = await findLicenseBySen(db(), key.payload.sen);
    setBusy(false);
    setChecked({ key, existing });
    // The entity the key names, or else that entity added here with the license.
    setEntityId(entityNamed(entities, key.payload.entity)?.id ?? NEW_ENTITY);
    setNewEntity({ name: key.payload.entity, kind: 'library', country: '' });
    setEntityErrors({});
  };

  const store = (key: VerifiedKey) => {
    const application = { key, now: new Date(), historyId: crypto.randomUUID() };
    if (!creating) return addLicenseFromKey(db(), crypto.randomUUID(), { ...application, entityId });
    const entity = { id: crypto.randomUUID(), input: { ...newEntity, notes: '' } };
    return addLicenseWithNewEntity(db(), entity, crypto.randomUUID(), application).then((r) => {
      setEntityErrors(r.ok ? {} : (r.fieldErrors ?? {}));
      return r.ok ? { ...r, value: r.value.license } : r;
    });
  };

  const add = async () => {
    if (!checked) return;
    setBusy(true);
    const result = await store(checked.key);
    setBusy(false);
    if (!result.ok) return setError('fieldErrors' in result && result.fieldErrors ? '' : errorText(t, result.error, i18n.language));
    const { sen } = result.value;
    const entity = newEntity.name.trim();
    toast({
      severity: 'success',
      ns: 'licenses',
      message: (t) => (creating ? t('addFromKey.addedWithEntity', { sen, entity }) : t('addFromKey.added', { sen })),
    });
    onClose();
    useNavigation.getState().go({ screen: 'licenses', licenseId: result.value.id });
  };

  const openExisting = (license: License) => {
    onClose();
    useNavigation.getState().go({ screen: 'licenses', licenseId: license.id, prefilledKey: checked?.key.canonical ?? '' });
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="add-from-key-title">
      <DialogTitle id="add-from-key-title">{t('addFromKey.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{t('addFromKey.intro')}</DialogContentText>
          <TextField
            label={t('keys:paste.label')}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setChecked(null);
              setError('');
            }}
            multiline
            minRows={3}
            maxRows={8}
            helperText={t('keys:paste.help')}
            error={Boolean(error)}
            autoFocus
            slotProps={{ htmlInput: { ...ltrInputProps, spellCheck: false, autoComplete: 'off' } }}
            sx={{ '& textarea': { fontFamily: 'monospace' } }}
          />
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
          {checked && payload && (
            <>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Alert severity="success" sx={{ flexGrow: 1 }}>
                  {t('apply.verified')}{' '}
                  {t('addFromKey.summary', {
                    product: t(`keys:products.${payload.product}`),
                    tier: payload.tier,
                    deployment: t(`keys:deployments.${payload.deployment}`),
                    sen: payload.sen,
                    entity: payload.entity,
                    serverId: payload.serverId,
                  })}{' '}
                  {t('details.fields.maintenanceEnd')}: {formatDay(payload.maintenanceEnd, i18n.language)}
                </Alert>
                {checked.key.sandbox && <Chip color="warning" label={t('keys:paste.sandbox')} />}
              </Stack>
              {checked.existing ? (
                <Alert
                  severity="info"
                  action={
                    <Button color="inherit" size="small" onClick={() => checked.existing && openExisting(checked.existing)}>
                      {t('addFromKey.openExisting', { sen: payload.sen })}
                    </Button>
                  }
                >
                  {t('addFromKey.exists', { sen: payload.sen })}
                </Alert>
              ) : (
                <>
                  <EntityField
                    entities={entities}
                    label={t('apply.entity')}
                    value={entityId}
                    onChange={setEntityId}
                    newEntityLabel={t('addFromKey.newEntityOption', { entity: payload.entity })}
                  />
                  {creating && (
                    <NewEntityFields value={newEntity} keyEntity={payload.entity} onChange={setNewEntity} errors={entityErrors} />
                  )}
                  <WarningList warnings={warnings} />
                </>
              )}
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:cancel')}</Button>
        {checked && !checked.existing ? (
          <Button variant="contained" onClick={() => void add()} disabled={busy || entityId === ''}>
            {t('addFromKey.add')}
          </Button>
        ) : (
          <Button variant="contained" onClick={() => void check()} disabled={busy || checked !== null}>
            {t('addFromKey.check')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
