import { useOpenedFile } from '../../reminders/opened-file';
import { useOncePerNavigation } from '../../store/navigation';
import { useKeyRequest } from './use-key-request';
import { useKeysImport } from './use-keys-import';

/**
 * A keys file or key request opened from the desktop (file associations): the Licenses screen opens with
 * the intent to import it or answer it, and this shows its dialog once per navigation, whether or not the list has licenses yet.
 */
export function OpenedLicenseFile() {
  const keysImport = useKeysImport();
  const keyRequest = useKeyRequest();

  useOncePerNavigation('licenses', (route) => {
    const keys = route?.intent?.kind === 'import-opened' ? useOpenedFile.getState().take('keys') : null;
    if (keys) void keysImport.load(keys);
    const request = route?.intent?.kind === 'request-opened' ? useOpenedFile.getState().take('request') : null;
    if (request) void keyRequest.load(request);
  });

  return (
    <>
      {keysImport.dialog}
      {keyRequest.dialog}
    </>
  );
}
