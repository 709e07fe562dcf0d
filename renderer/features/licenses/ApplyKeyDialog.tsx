import { Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../shared/entity';
import { DIFF_FIELDS, type KeyApplyCheck } from '../../../shared/keys/apply-check';
import type { License } from '../../../shared/license';
import { db } from '../../db/database';
import { applyKey } from '../../db/repos/licenses';
import { useToast } from '../../store/toast';
import { EntityField } from './EntityField';
import { errorText, formatInstant } from './format';
import { KeyDiff } from './KeyDiff';
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
 * the Conex Server first (R-ACC-4).
 */
export function ApplyKeyDialog({ license, check, entities, restoredFrom, onClose, onApplied }: Props) {
  const { t, i18n } = useTranslation('licenses');
  const toast = useToast((s) => s.show);
  const payload = check.key.payload;
  const entityMoves = check.diff.entity.changed;
  const [entityId, setEntityId] = useState(() =>
    entityMoves ? (entityNamed(entities, payload.entity)?.id ?? license.entityId) : license.entityId,
  );
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const deployment = useDeploymentWarnings({ id: license.id, entityId, serverId: payload.serverId, keyEntity: payload.entity }, entities);
  const moves = entityMoves || check.diff.serverId.changed;
  const changesNothing = DIFF_FIELDS.every((f) => !check.diff[f].changed);
  const issued = formatInstant(payload.issued, i18n.language);

  const confirm = async () => {
    setSaving(true);
    const result = await applyKey(
      db(),
      license.id,
      { key: check.key, entityId, now: new Date(), historyId: crypto.randomUUID() },
      restoredFrom,
    );
    setSaving(false);
    if (!result.ok) return setError(errorText(t, result.error, i18n.language));
    toast({
      severity: 'success',
      message: restoredFrom ? t('apply.restored', { issued, sen: result.value.sen }) : t('apply.applied', { sen: result.value.sen }),
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
          <KeyDiff diff={check.diff} />
          {changesNothing && <Alert severity="info">{t('apply.noChange')}</Alert>}
          <WarningList warnings={check.warnings} />
          {entityMoves && (
            <EntityField
              entities={entities}
              label={t('apply.entity')}
              value={entityId}
              onChange={setEntityId}
              helperText={t('apply.entityHelp', { keyEntity: payload.entity })}
            />
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
