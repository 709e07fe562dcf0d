import { lazy, Suspense, useState, type ReactNode } from 'react';
import { readKeyRequest, type KeyRequest } from '../../../shared/keys/key-request';
import type { License } from '../../../shared/license';
import { db } from '../../db/database';
import { listEntities } from '../../db/repos/entities';
import { findLicenseBySen } from '../../db/repos/licenses';
import { useToast } from '../../store/toast';

// Loaded with the first key request opened: no part of the Licenses list's first screen.
const KeyRequestDialog = lazy(() => import('./KeyRequestDialog').then((m) => ({ default: m.KeyRequestDialog })));

/** Reads a .conexrequest file written by `conex key request` (picked, or opened from the desktop) and returns the dialog that shows what it asks. */
export function useKeyRequest(): { load: (file: { name: string; data: Uint8Array }) => Promise<void>; dialog: ReactNode } {
  const toast = useToast((s) => s.show);
  const [opened, setOpened] = useState<{ request: KeyRequest; license: License | undefined; names: Map<string, string> } | null>(null);

  const load = async (file: { name: string; data: Uint8Array }) => {
    let text = '';
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.data);
    } catch {
      // Not text: readKeyRequest says it is not a request.
    }
    const request = readKeyRequest(text);
    if (!request.ok) return toast({ severity: 'error', ns: 'licenses', message: (t) => t(request.error.messageKey) });
    const license = request.value.sen ? await findLicenseBySen(db(), request.value.sen) : undefined;
    const names = new Map((await listEntities(db())).map((e) => [e.id, e.name]));
    setOpened({ request: request.value, license, names });
  };

  const dialog = opened && (
    <Suspense fallback={null}>
      <KeyRequestDialog
        request={opened.request}
        license={opened.license}
        entityName={(id) => opened.names.get(id) ?? id}
        onClose={() => setOpened(null)}
      />
    </Suspense>
  );
  return { load, dialog };
}
