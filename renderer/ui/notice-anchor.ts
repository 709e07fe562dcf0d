import { useSyncExternalStore } from 'react';

// MUI draws each open dialog in a portal, a child of <body>, and takes it away once closed.
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.body, { childList: true });
  return () => observer.disconnect();
}

const dialogShown = () => document.body.querySelector(':scope > .MuiDialog-root') !== null;

/**
 * Where a notice floating over the window (a Snackbar) is anchored: at the bottom, or at the top while a dialog is
 * open. At the bottom it lay over the dialog's buttons, above its backdrop, and took their clicks until it hid itself.
 */
export function useNoticeAnchor(horizontal: 'center' | 'right'): { vertical: 'top' | 'bottom'; horizontal: 'center' | 'right' } {
  const dialogOpen = useSyncExternalStore(subscribe, dialogShown, () => false);
  return { vertical: dialogOpen ? 'top' : 'bottom', horizontal };
}
