import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { addLicenseFromKey, applyKey } from '../../db/repos/licenses';
import { useToast } from '../../store/toast';
import { errorText } from './format';
import { KeyDiff } from './KeyDiff';
import type { ImportItem } from './keys-import';
import { WarningList } from './WarningList';

/** The keys of a license keys file, each with what importing it does (the checks and diff of a paste); imports them in one go. */
export function ImportKeysDialog({ name, items, onClose }: { name: string; items: readonly ImportItem[]; onClose: () => void }) {
  const { t, i18n } = useTranslation('licenses');
  const toast = useToast((s) => s.show);
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState<string[]>([]);
  const todo = items.filter((i) => i.kind === 'new' || i.kind === 'update');

  const importAll = async () => {
    setBusy(true);
    const failed: string[] = [];
    for (const item of todo) {
      const application = { key: item.check.key, now: new Date(), historyId: crypto.randomUUID() };
      const result =
        item.kind === 'update'
          ? await applyKey(db(), item.license.id, { ...application, entityId: item.license.entityId })
          : item.kind === 'new'
            ? await addLicenseFromKey(db(), crypto.randomUUID(), { ...application, entityId: item.entityId })
            : undefined;
      if (result && !result.ok) failed.push(`${item.check.key.payload.sen}: ${errorText(t, result.error, i18n.language)}`);
    }
    setBusy(false);
    if (failed.length > 0) return setFailures(failed);
    toast({ severity: 'success', message: t('keysFile.imported', { count: todo.length }) });
    onClose();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="import-keys-title">
      <DialogTitle id="import-keys-title">{t('keysFile.importTitle', { name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {items.length === 0 && <Alert severity="info">{t('keysFile.noKeys')}</Alert>}
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
                  <Alert severity={item.kind === 'needsEntity' ? 'warning' : 'success'}>{t(`keysFile.kind.${item.kind}`)}</Alert>
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
        <Button variant="contained" disabled={busy || todo.length === 0} onClick={() => void importAll()}>
          {t('keysFile.importButton', { count: todo.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
