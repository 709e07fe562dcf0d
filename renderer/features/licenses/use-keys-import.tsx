import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KEYS_FILE_MAX_BYTES } from '../../../shared/keys/keys-file';
import { db } from '../../db/database';
import { listEntities } from '../../db/repos/entities';
import { listLicenses } from '../../db/repos/licenses';
import { useToast } from '../../store/toast';
import { checkPastedKey } from './key-check';
import { planKeysImport, type ImportItem } from './keys-import';
import { ImportKeysDialog } from './ImportKeysDialog';

/** Reads a .conexkeys file (picked, or opened from the desktop) and returns the dialog that shows what each key would do. */
export function useKeysImport(): { load: (file: { name: string; data: Uint8Array }) => Promise<void>; dialog: ReactNode } {
  const { t } = useTranslation('licenses');
  const toast = useToast((s) => s.show);
  const [plan, setPlan] = useState<{ name: string; items: ImportItem[] } | null>(null);

  const load = async (file: { name: string; data: Uint8Array }) => {
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

  const dialog = plan && <ImportKeysDialog name={plan.name} items={plan.items} onClose={() => setPlan(null)} />;
  return { load, dialog };
}
