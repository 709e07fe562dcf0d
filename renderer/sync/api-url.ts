/** The sandbox API address when the sandbox build has no other (npm run sandbox sets VITE_CONEX_API_URL when it builds). */
export const SANDBOX_API_URL = 'http://127.0.0.1:4010';

/**
 * The Conex API address to sync with: the one set in Settings, else in the
 * sandbox build the local sandbox's. A production build has no default: it
 * works offline until an address is set.
 */
export function resolveApiUrl(fromSettings: string): string {
  if (fromSettings) return fromSettings;
  if (__CONEX_SANDBOX__) return (import.meta.env.VITE_CONEX_API_URL as string | undefined) || SANDBOX_API_URL;
  return '';
}
