/**
 * The update feed URL given at build time, or null when none was set. Only https
 * feeds are accepted: an update must never travel in clear text.
 */
export function parseUpdateFeedUrl(raw: string | undefined | null): string | null {
  const value = raw?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
