import UploadIcon from '@mui/icons-material/UploadFile';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KEYS_FILE_EXTENSION, KEYS_FILE_MAX_BYTES } from '../../../shared/keys/keys-file';
import { db } from '../../db/database';
import { listEntities } from '../../db/repos/entities';
import { listLicenses } from '../../db/repos/licenses';
import { platform } from '../../platform';
import { useToast } from '../../store/toast';
import { checkPastedKey } from './key-check';
import { planKeysImport, type ImportItem } from './keys-import';
import { ImportKeysDialog } from './ImportKeysDialog';

/** "Import keys file": reads a .conexkeys file and shows what each of its keys would do before anything changes. */
export function ImportKeysButton() {
  const { t } = useTranslation('licenses');
  const toast = useToast((s) => s.show);
  const [plan, setPlan] = useState<{ name: string; items: ImportItem[] } | null>(null);

  const open = async () => {
    const file = await platform().openFile({ filters: [{ name: t('keysFile.filterName'), extensions: [KEYS_FILE_EXTENSION, 'txt'] }] });
    if (!file) return;
    if (file.data.byteLength > KEYS_FILE_MAX_BYTES)
      return toast({ severity: 'error', message: t('keysFile.tooLarge', { name: file.name }) });
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.data);
    } catch {
      return toast({ severity: 'error', message: t('keysFile.notText', { name: file.name }) });
    }
    const [licenses, entities] = await Promise.all([listLicenses(db()), listEntities(db())]);
    const items = await planKeysImport(text, licenses, entities, (keyText, current) => checkPastedKey(keyText, current, new Date()));
    setPlan({ name: file.name, items });
  };

  return (
    <>
      <Button size="small" startIcon={<UploadIcon fontSize="small" />} onClick={() => void open()}>
        {t('keysFile.import')}
      </Button>
      {plan && <ImportKeysDialog name={plan.name} items={plan.items} onClose={() => setPlan(null)} />}
    </>
  );
}
