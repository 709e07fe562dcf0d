import { useEffect, useRef } from 'react';
import { useOpenedFile } from '../../reminders/opened-file';
import { useNavigation } from '../../store/navigation';
import { useKeyRequest } from './use-key-request';
import { useKeysImport } from './use-keys-import';

/**
 * A keys file or key request opened from the desktop (file associations): the Licenses screen opens with
 * `{ import: 'opened' }` or `{ request: 'opened' }`, and this shows its dialog, whether or not the list has licenses yet.
 */
export function OpenedLicenseFile() {
  const params = useNavigation((s) => s.params);
  const handled = useRef<Record<string, string> | null>(null);
  const keysImport = useKeysImport();
  const keyRequest = useKeyRequest();

  useEffect(() => {
    if (handled.current === params) return;
    handled.current = params;
    const keys = params.import === 'opened' ? useOpenedFile.getState().take('keys') : null;
    if (keys) void keysImport.load(keys);
    const request = params.request === 'opened' ? useOpenedFile.getState().take('request') : null;
    if (request) void keyRequest.load(request);
  }, [params, keysImport, keyRequest]);

  return (
    <>
      {keysImport.dialog}
      {keyRequest.dialog}
    </>
  );
}
