import type { IpcError } from '../../shared/ipc/results';
import { i18next } from '../i18n';
import { useToast } from '../store/toast';

/** Says a failure the host answered with (a file too large, a place that cannot be written) in the user's language. */
export function showHostError(error: IpcError): void {
  useToast.getState().show({ severity: 'error', message: i18next.t(error.messageKey, error.params ?? {}) });
}
