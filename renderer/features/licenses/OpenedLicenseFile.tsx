import { useEffect, useRef } from 'react';
import { useOpenedFile } from '../../reminders/opened-file';
import { useNavigation, useRouteOf } from '../../store/navigation';
import { useKeyRequest } from './use-key-request';
import { useKeysImport } from './use-keys-import';

/**
 * A keys file or key request opened from the desktop (file associations): the Licenses screen opens with
 * the intent to import it or answer it, and this shows its dialog once per navigation, whether or not the list has licenses yet.
 */
export function OpenedLicenseFile() {
  const route = useRouteOf('licenses');
  const seq = useNavigation((s) => s.seq);
  const handled = useRef<number | null>(null);
  const keysImport = useKeysImport();
  const keyRequest = useKeyRequest();

  useEffect(() => {
    if (handled.current === seq) return;
    handled.current = seq;
    const keys = route?.intent?.kind === 'import-opened' ? useOpenedFile.getState().take('keys') : null;
    if (keys) void keysImport.load(keys);
    const request = route?.intent?.kind === 'request-opened' ? useOpenedFile.getState().take('request') : null;
    if (request) void keyRequest.load(request);
  }, [seq, route, keysImport, keyRequest]);

  return (
    <>
      {keysImport.dialog}
      {keyRequest.dialog}
    </>
  );
}
