import type { IpcError } from '../../shared/ipc/results';
import { useToast } from '../store/toast';

/** Says a failure the host answered with (a file too large, a place that cannot be written) in the user's language. */
export function showHostError(error: IpcError): void {
  useToast.getState().show({ severity: 'error', message: (t) => t(error.messageKey, error.params ?? {}) });
}
