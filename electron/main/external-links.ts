import { shell } from 'electron';
import { isSafeExternalUrl } from '../services/external-url';

/**
 * The app's only door to the system browser: https links only, anything else
 * is refused. Every other module goes through here rather than calling
 * shell.openExternal itself (one reviewed call site, see electron-security-exceptions.json).
 */
export async function openInBrowser(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}
