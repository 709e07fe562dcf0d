import KeyIcon from '@mui/icons-material/VpnKeyOutlined';
import { Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { KEYS_FILE_EXTENSION } from '../../../shared/keys/keys-file';
import type { License } from '../../../shared/license';
import { platform } from '../../platform';
import { showHostError } from '../../ui/host-error';
import { useToast } from '../../store/toast';
import { keysExport } from './keys-file';

interface Props {
  /** The licenses to export, or a function that loads them when the button is pressed. */
  readonly licenses: () => Promise<readonly License[]>;
  readonly entityName: (id: string) => string;
  /** Names the file: a SEN, an entity, or "all". */
  readonly scope: string;
  readonly label: string;
  readonly size?: 'small' | 'medium';
}

/** Saves a license keys file (.conexkeys) for the `conex` command line and servers with no network. */
export function ExportKeysButton({ licenses, entityName, scope, label, size }: Props) {
  const { t } = useTranslation('licenses');
  const toast = useToast((s) => s.show);
  const save = async () => {
    const file = keysExport(await licenses(), entityName, scope, new Date());
    if (file.count === 0) return toast({ severity: 'info', ns: 'licenses', message: (t) => t('keysFile.nothing') });
    const saved = await platform().saveFile({
      suggestedName: file.fileName,
      data: file.text,
      mimeType: 'text/plain',
      filters: [{ name: t('keysFile.filterName'), extensions: [KEYS_FILE_EXTENSION] }],
    });
    if (!saved.ok) return showHostError(saved.error);
    if (saved.value.saved)
      toast({
        severity: 'success',
        ns: 'licenses',
        message: (t) => t('keysFile.exported', { count: file.count, name: saved.value.path ?? file.fileName }),
      });
  };
  return (
    <Button size={size} startIcon={<KeyIcon fontSize="small" />} onClick={() => void save()}>
      {label}
    </Button>
  );
}
