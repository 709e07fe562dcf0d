import UploadIcon from '@mui/icons-material/UploadFile';
import { Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { KEYS_FILE_EXTENSION } from '../../../shared/keys/keys-file';
import { platform } from '../../platform';
import { useKeysImport } from './use-keys-import';

/** "Import keys file": reads a .conexkeys file and shows what each of its keys would do before anything changes. */
export function ImportKeysButton() {
  const { t } = useTranslation('licenses');
  const keysImport = useKeysImport();

  const open = async () => {
    const file = await platform().openFile({ filters: [{ name: t('keysFile.filterName'), extensions: [KEYS_FILE_EXTENSION, 'txt'] }] });
    if (file) await keysImport.load(file);
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
