import { Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../shared/entity';
import { DIFF_FIELDS, type KeyApplyCheck } from '../../../shared/keys/apply-check';
import type { License } from '../../../shared/license';
import { db } from '../../db/database';
import { applyKeyWithNewEntity } from '../../db/repos/license-with-entity';
import { applyKey } from '../../db/repos/licenses';
import { useToast } from '../../store/toast';
import { EntityField, NEW_ENTITY } from './EntityField';
import { errorText, formatInstant } from './format';
import { KeyDiff } from './KeyDiff';
import { NewEntityFields, type NewEntityValue } from './NewEntityFields';
import { entityNamed } from './one-entity-one-server';
import { useDeploymentWarnings } from './use-deployment-warnings';
import { WarningList } from './WarningList';

interface Props {
  license: License;
  check: KeyApplyCheck;
  entities: readonly Entity[];
  /** The history entry being put back; absent for a pasted key. */
  restoredFrom?: string | undefined;
  onClose: () => void;
  onApplied: () => void;
}

/**
 * Confirms a key before it is applied: what it changes, the warnings (server or
 * entity moved, R-LIC-1), and, when the license moves, the reminder to back up
 * the Conex Server first (R-ACC-4). A key for another entity moves the license to
 * it, adding that entity when it is not stored, unless the user picks another;
 * the table shows the entity the license will actually be under.
 */
export function ApplyKeyDialog({ license, check, entities, restoredFrom, onClose, onApplied }: Props) {
  const { t, i18n } = useTranslation('licenses');
  const toast = useToast((s) => s.show);
  const payload = check.key.payload;
  const entityMoves = check.diff.entity.changed;
  const keyEntityStored = entityNamed(entities, payload.entity);
  const [entityId, setEntityId] = useState(() => (entityMoves ? (keyEntityStored?.id ?? NEW_ENTITY) : license.entityId));
  const current = entities.find((e) => e.id === license.entityId);
  const [newEntity, setNewEntity] = useState<NewEntityValue>(() => ({
    name: payload.entity,
    kind: current?.kind ?? 'library',
    country: current?.country ?? '',
  }));
  const [entityErrors, setEntityErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const creating = entityId === NEW_ENTITY;
  const candidate = { id: license.id, entityId: creating ? '' : entityId, serverId: payload.serverId, keyEntity: payload.entity };
  // The key's own warning already says the key is for another entity: the R-LIC-1 check would say it twice.
  const deployment = useDeploymentWarnings(candidate, entities).filter(
    (w) => !(w.code === 'keyForAnotherEntity' && check.warnings.some((k) => k.code === 'entityDiffers')),
  );
  const entityAfter = creating ? newEntity.name : entities.find((e) => e.id === entityId)?.name;
  const moves = entityMoves || check.diff.serverId.changed;
  const changesNothing = DIFF_FIELDS.every((f) => !check.diff[f].changed);
  const issued = formatInstant(payload.issued, i18n.language);

  const confirm = async () => {
    setSaving(true);
    const application = { key: check.key, now: new Date(), historyId: crypto.randomUUID() };
    const result = creating
      ? await applyKeyWithNewEntity(
          db(),
          license.id,
          { id: crypto.randomUUID(), input: { ...newEntity, notes: '' } },
          application,
          restoredFrom,
        )
      : await applyKey(db(), license.id, { ...application, entityId }, restoredFrom);
    setSaving(false);
    const fieldErrors: Record<string, string> = ('fieldErrors' in result ? result.fieldErrors : undefined) ?? {};
    setEntityErrors(fieldErrors);
    if (!result.ok) return setError(Object.keys(fieldErrors).length > 0 ? '' : errorText(t, result.error, i18n.language));
    const sen = 'license' in result.value ? result.value.license.sen : result.value.sen;
    toast({
      severity: 'success',
      ns: 'licenses',
      message: (t) => (restoredFrom ? t('apply.restored', { issued, sen }) : t('apply.applied', { sen })),
    });
    onApplied();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="apply-key-title">
      <DialogTitle id="apply-key-title">
        {restoredFrom ? t('apply.restoreTitle', { issued }) : t('apply.dialogTitle', { sen: license.sen })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Alert severity="success" sx={{ flexGrow: 1 }}>
              {t('apply.verified')}
            </Alert>
            {check.key.sandbox && <Chip color="warning" label={t('keys:paste.sandbox')} />}
          </Stack>
          <KeyDiff diff={check.diff} entityAfter={entityMoves ? entityAfter : undefined} />
          {changesNothing && <Alert severity="info">{t('apply.noChange')}</Alert>}
          <WarningList warnings={check.warnings} />
          {entityMoves && (
            <EntityField
              entities={entities}
              label={t('apply.entity')}
              value={entityId}
              onChange={setEntityId}
              helperText={t('apply.entityHelp', { keyEntity: payload.entity })}
              newEntityLabel={keyEntityStored ? undefined : t('addFromKey.newEntityOption', { entity: payload.entity })}
            />
          )}
          {entityMoves && creating && (
            <NewEntityFields value={newEntity} keyEntity={payload.entity} onChange={setNewEntity} errors={entityErrors} />
          )}
          <WarningList warnings={deployment} />
          {moves && <Alert severity="info">{t('apply.backupReminder')}</Alert>}
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:cancel')}</Button>
        <Button variant="contained" onClick={() => void confirm()} disabled={saving}>
          {restoredFrom ? t('apply.confirmRestore') : t('apply.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
