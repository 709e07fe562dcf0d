import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteIcon from '@mui/icons-material/Delete';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import UpgradeIcon from '@mui/icons-material/Upgrade';
import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { License } from '../../../shared/license';
import { db } from '../../db/database';
import { deleteLicense, restoreLicense } from '../../db/repos/license-delete';
import { useNavigation } from '../../store/navigation';
import { useToast } from '../../store/toast';
import { DeleteLicenseDialog } from './DeleteLicenseDialog';
import { errorText } from './format';
import { ExportKeysButton } from './ExportKeysButton';

/** What the user can do with a license from License Details: renew, upgrade, copy its key or save its keys file, delete it. */
export function LicenseActions({ license, entityName }: { license: License; entityName: string | undefined }) {
  const { t } = useTranslation('licenses');
  const toast = useToast((s) => s.show);
  const [deleting, setDeleting] = useState(false);
  const go = useNavigation((s) => s.go);
  const paid = license.type !== 'evaluation';

  const copyKey = async () => {
    if (license.key === undefined) return;
    try {
      await navigator.clipboard.writeText(license.key);
      toast({ severity: 'success', ns: 'licenses', message: (t) => t('actions.keyCopied', { sen: license.sen }) });
    } catch {
      toast({ severity: 'error', ns: 'licenses', message: (t) => t('actions.copyFailed') });
    }
  };

  const remove = async () => {
    const result = await deleteLicense(db(), license.id);
    if (!result.ok) return toast({ severity: 'error', ns: 'licenses', message: (t, language) => errorText(t, result.error, language) });
    setDeleting(false);
    go({ screen: 'licenses' });
    toast({
      severity: 'success',
      ns: 'licenses',
      message: (t) => t('delete.done', { sen: license.sen }),
      action: {
        label: (t) => t('common:undo'),
        run: () =>
          void restoreLicense(db(), result.value).then((back) => {
            if (!back.ok) toast({ severity: 'error', ns: 'licenses', message: (t, language) => errorText(t, back.error, language) });
          }),
      },
    });
  };

  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} role="group" aria-label={t('actions.label')}>
      {paid && (
        <Button
          variant="contained"
          startIcon={<AutorenewIcon />}
          onClick={() => go({ screen: 'quotes', intent: { kind: 'renew', licenseId: license.id } })}
        >
          {t('actions.renew')}
        </Button>
      )}
      {paid && license.deployment === 'server' && (
        <Button
          variant="outlined"
          startIcon={<UpgradeIcon />}
          onClick={() => go({ screen: 'quotes', intent: { kind: 'upgrade', licenseId: license.id } })}
        >
          {t('actions.upgrade')}
        </Button>
      )}
      <Button startIcon={<ContentCopyIcon />} disabled={license.key === undefined} onClick={() => void copyKey()}>
        {t('actions.copyKey')}
      </Button>
      {/* The license keys file the conex command reads on a server with no network. */}
      {license.key !== undefined && (
        <ExportKeysButton
          licenses={async () => [license]}
          entityName={() => entityName ?? license.entityId}
          scope={license.sen}
          label={t('keysFile.exportOne')}
        />
      )}
      <Button color="error" startIcon={<DeleteIcon />} onClick={() => setDeleting(true)}>
        {t('actions.delete')}
      </Button>
      {deleting && <DeleteLicenseDialog license={license} onCancel={() => setDeleting(false)} onConfirm={() => void remove()} />}
    </Stack>
  );
}
