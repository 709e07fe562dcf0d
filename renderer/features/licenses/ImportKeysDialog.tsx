import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entityInputSchema } from '../../../shared/entity';
import { db } from '../../db/database';
import { addLicenseWithNewEntity } from '../../db/repos/license-with-entity';
import { addLicenseFromKey, applyKey } from '../../db/repos/licenses';
import { useToast } from '../../store/toast';
import { errorText } from './format';
import { KeyDiff } from './KeyDiff';
import type { ImportItem } from './keys-import';
import { NewEntityFields, type NewEntityValue } from './NewEntityFields';
import { WarningList } from './WarningList';

/** The keys of a license keys file, each with what importing it does (the checks and diff of a paste); imports them in one go. */
export function ImportKeysDialog({ name, items, onClose }: { name: string; items: readonly ImportItem[]; onClose: () => void }) {
  const { t, i18n } = useTranslation('licenses');
  const toast = useToast((s) => s.show);
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState<string[]>([]);
  const todo = items.filter((i) => i.kind === 'new' || i.kind === 'update' || i.kind === 'needsEntity');
  // The entities the file's keys name that are not recorded here: each is added with its first license (R-LIC-1).
  const [newEntities, setNewEntities] = useState<Record<string, NewEntityValue>>(() =>
    Object.fromEntries(
      items.flatMap((i) =>
        i.kind === 'needsEntity' ? [[i.check.key.payload.entity, { name: i.check.key.payload.entity, kind: 'library', country: '' }]] : [],
      ),
    ),
  );
  const [entityErrors, setEntityErrors] = useState<Record<string, Readonly<Record<string, string>>>>({});

  const [finished, setFinished] = useState(false);

  /** Each new entity's fields as the store would check them, before anything is written. */
  const incompleteEntities = (): Record<string, Readonly<Record<string, string>>> => {
    const found: Record<string, Readonly<Record<string, string>>> = {};
    for (const [named, value] of Object.entries(newEntities)) {
      const parsed = entityInputSchema.safeParse({ ...value, notes: '' });
      if (!parsed.success) found[named] = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    }
    return found;
  };

  const importAll = async () => {
    const incomplete = incompleteEntities();
    setEntityErrors(incomplete);
    if (Object.keys(incomplete).length > 0) return setFailures([t('keysFile.entityIncomplete')]);
    setBusy(true);
    const failed: string[] = [];
    const errors: Record<string, Readonly<Record<string, string>>> = {};
    const added = new Map<string, string>();
    for (const item of todo) {
      const application = { key: item.check.key, now: new Date(), historyId: crypto.randomUUID() };
      const sen = item.check.key.payload.sen;
      if (item.kind === 'needsEntity') {
        const named = item.check.key.payload.entity;
        if (errors[named]) continue;
        const entityId = added.get(named);
        if (entityId) {
          const result = await addLicenseFromKey(db(), crypto.randomUUID(), { ...application, entityId });
          if (!result.ok) failed.push(`${sen}: ${errorText(t, result.error, i18n.language)}`);
          continue;
        }
        const entity = { id: crypto.randomUUID(), input: { ...newEntities[named]!, notes: '' } };
        const result = await addLicenseWithNewEntity(db(), entity, crypto.randomUUID(), application);
        if (result.ok) added.set(named, result.value.entity.id);
        else if (result.fieldErrors) errors[named] = result.fieldErrors;
        else failed.push(`${sen}: ${errorText(t, result.error, i18n.language)}`);
        continue;
      }
      const result =
        item.kind === 'update'
          ? await applyKey(db(), item.license.id, { ...application, entityId: item.license.entityId })
          : await addLicenseFromKey(db(), crypto.randomUUID(), { ...application, entityId: item.entityId });
      if (!result.ok) failed.push(`${sen}: ${errorText(t, result.error, i18n.language)}`);
    }
    setBusy(false);
    setEntityErrors(errors);
    // What went in stays in; what did not is said. Opening the file again shows the keys now in as unchanged.
    if (Object.keys(errors).length > 0) failed.unshift(t('keysFile.entityIncomplete'));
    if (failed.length > 0) {
      setFinished(true);
      return setFailures(failed);
    }
    toast({ severity: 'success', ns: 'licenses', message: (t) => t('keysFile.imported', { count: todo.length }) });
    onClose();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="import-keys-title">
      <DialogTitle id="import-keys-title">{t('keysFile.importTitle', { name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {items.length === 0 && <Alert severity="info">{t('keysFile.noKeys')}</Alert>}
          {Object.entries(newEntities).map(([named, value]) => (
            <Stack key={named} spacing={1} component="section" aria-label={t('keysFile.newEntityLabel', { entity: named })}>
              <Typography variant="subtitle2">{t('keysFile.newEntityLabel', { entity: named })}</Typography>
              <NewEntityFields
                value={value}
                keyEntity={named}
                onChange={(next) => setNewEntities((all) => ({ ...all, [named]: next }))}
                errors={entityErrors[named] ?? {}}
              />
            </Stack>
          ))}
          {items.map((item) => (
            <Stack
              key={item.index}
              spacing={1}
              component="section"
              aria-label={t('keysFile.keyLabel', { index: item.index, line: item.line })}
            >
              <Typography variant="subtitle2">
                {t('keysFile.keyLabel', { index: item.index, line: item.line })}
                {item.kind !== 'refused' && ` · ${item.check.key.payload.sen} · ${item.check.key.payload.entity}`}
              </Typography>
              {item.kind === 'refused' ? (
                <Alert severity="error">{errorText(t, item.error, i18n.language)}</Alert>
              ) : (
                <>
                  <Alert severity={item.kind === 'needsEntity' ? 'info' : 'success'}>
                    {t(`keysFile.kind.${item.kind}`, { entity: item.check.key.payload.entity })}
                  </Alert>
                  {item.kind === 'update' && (
                    <>
                      <WarningList warnings={item.check.warnings} />
                      <KeyDiff diff={item.check.diff} />
                    </>
                  )}
                </>
              )}
            </Stack>
          ))}
          {failures.map((f) => (
            <Alert key={f} severity="error" role="alert">
              {f}
            </Alert>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:cancel')}</Button>
        <Button variant="contained" disabled={busy || finished || todo.length === 0} onClick={() => void importAll()}>
          {t('keysFile.importButton', { count: todo.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
