import UploadIcon from '@mui/icons-material/UploadFile';
import { Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { KEYS_FILE_EXTENSION } from '../../../shared/keys/keys-file';
import { platform } from '../../platform';
import { showHostError } from '../../ui/host-error';
import { useKeysImport } from './use-keys-import';

/** "Import keys file": reads a .conexkeys file and shows what each of its keys would do before anything changes. */
export function ImportKeysButton() {
  const { t } = useTranslation('licenses');
  const keysImport = useKeysImport();

  const open = async () => {
    const picked = await platform().openFile({ filters: [{ name: t('keysFile.filterName'), extensions: [KEYS_FILE_EXTENSION, 'txt'] }] });
    if (!picked.ok) return showHostError(picked.error);
    if (picked.value) await keysImport.load(picked.value);
  };

  return (
    <>
      <Button size="small" startIcon={<UploadIcon fontSize="small" />} onClick={() => void open()}>
        {t('keysFile.import')}
      </Button>
      {keysImport.dialog}
    </>
  );
}
