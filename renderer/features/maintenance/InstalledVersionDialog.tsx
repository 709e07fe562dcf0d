import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { License } from '../../../shared/license';
import type { MajorVersion } from '../../../shared/licensing/eol';
import { db } from '../../db/database';
import { setInstalledVersion } from '../../db/repos/maintenance';
import { useToast } from '../../store/toast';

/** Records which major version runs on the license's server, so end of support is warned about (R-EOL-1). */
export function InstalledVersionDialog({
  license,
  versions,
  onClose,
}: {
  license: License;
  versions: readonly MajorVersion[];
  onClose: () => void;
}) {
  const { t } = useTranslation('maintenance');
  const [value, setValue] = useState(license.installedMajorVersion === undefined ? '' : String(license.installedMajorVersion));
  const majors = [...new Set([...versions.map((v) => v.major), license.majorVersion])].sort((a, b) => b - a);
  const save = async () => {
    const result = await setInstalledVersion(db(), license.id, value === '' ? undefined : Number(value), new Date());
    const toast = useToast.getState().show;
    if (!result.ok) return toast({ severity: 'error', ns: 'maintenance', message: (t) => t(result.error.messageKey, result.error.params) });
    toast({ severity: 'success', ns: 'maintenance', message: (t) => t('version.saved', { sen: license.sen }) });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="version-title">
      <DialogTitle id="version-title">{t('version.title', { sen: license.sen })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('version.help')}</DialogContentText>
        <TextField select fullWidth label={t('version.field')} value={value} onChange={(e) => setValue(e.target.value)}>
          <MenuItem value="">{t('version.notRecorded')}</MenuItem>
          {majors.map((m) => (
            <MenuItem key={m} value={String(m)}>
              {t('version.option', { major: m })}
            </MenuItem>
          ))}
        </TextField>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:cancel')}</Button>
        <Button variant="contained" onClick={() => void save()}>
          {t('common:save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
