import { lazy, Suspense, useState, type ReactNode } from 'react';
import { KEYS_FILE_MAX_BYTES } from '../../../shared/keys/keys-file';
import { db } from '../../db/database';
import { listEntities } from '../../db/repos/entities';
import { listLicenses } from '../../db/repos/licenses';
import { useToast } from '../../store/toast';
import type { ImportItem } from './keys-import';

// Loaded with the first keys file: the checks and the dialog are no part of the Licenses list's first screen.
const ImportKeysDialog = lazy(() => import('./ImportKeysDialog').then((m) => ({ default: m.ImportKeysDialog })));

/** Reads a .conexkeys file (picked, or opened from the desktop) and returns the dialog that shows what each key would do. */
export function useKeysImport(): { load: (file: { name: string; data: Uint8Array }) => Promise<void>; dialog: ReactNode } {
  const toast = useToast((s) => s.show);
  const [plan, setPlan] = useState<{ name: string; items: ImportItem[] } | null>(null);

  const load = async (file: { name: string; data: Uint8Array }) => {
    if (file.data.byteLength > KEYS_FILE_MAX_BYTES)
      return toast({ severity: 'error', ns: 'licenses', message: (t) => t('keysFile.tooLarge', { name: file.name }) });
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.data);
    } catch {
      return toast({ severity: 'error', ns: 'licenses', message: (t) => t('keysFile.notText', { name: file.name }) });
    }
    const [licenses, entities, { planKeysImport }, { checkPastedKey }] = await Promise.all([
      listLicenses(db()),
      listEntities(db()),
      import('./keys-import'),
      import('./key-check'),
    ]);
    const items = await planKeysImport(text, licenses, entities, (keyText, current) => checkPastedKey(keyText, current, new Date()));
    setPlan({ name: file.name, items });
  };

  const dialog = plan && (
    <Suspense fallback={null}>
      <ImportKeysDialog name={plan.name} items={plan.items} onClose={() => setPlan(null)} />
    </Suspense>
  );
  return { load, dialog };
}
