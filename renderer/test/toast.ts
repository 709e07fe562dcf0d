import { i18next } from '../i18n';
import { useToast, type Toast } from '../store/toast';

/** A message's text as the Toaster draws it now, in the app's current language; undefined when there is none. */
export function toastText(toast: Pick<Toast, 'message' | 'ns'> | null | undefined = useToast.getState().current): string | undefined {
  if (!toast) return undefined;
  return toast.message(i18next.getFixedT(i18next.language, toast.ns ?? 'common'), i18next.language);
}
