import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { conexLinksSchema, type ConexLinks } from '../../../shared/api';
import type { ConexDb } from '../../db/database';
import { db } from '../../db/database';
import { getSyncState, setSyncState } from '../../db/repos/sync-store';
import { clientFor } from '../../sync/api-client';
import { currentApiUrl } from '../../sync/runtime';

/** The Conex links the API gave last (every sync refreshes them), or null when none were ever fetched. */
export async function storedLinks(database: ConexDb): Promise<ConexLinks | null> {
  const parsed = conexLinksSchema.safeParse(await getSyncState(database, 'links'));
  return parsed.success ? parsed.data : null;
}

/**
 * Asks the Conex API for its links (no sign-in needed) and keeps them. Quiet
 * on failure: offline, the links wait for the next sync.
 */
export async function refreshLinks(database: ConexDb, apiUrl: string, fetchImpl?: typeof fetch): Promise<boolean> {
  if (!apiUrl) return false;
  const client = clientFor({ apiUrl, fetch: fetchImpl });
  const answer = await client.call('getLinks', {});
  if (!answer.ok) return false;
  await setSyncState(database, 'links', answer.value);
  return true;
}

let asked = false;

/**
 * Conex's pages for the account screens. The app holds no address of its own:
 * they come from the Conex API, and are fetched once here if no sync brought
 * them yet. `undefined` while reading, `null` when unknown.
 */
export function useConexLinks(): ConexLinks | null | undefined {
  const links = useLiveQuery(() => storedLinks(db()), []);
  useEffect(() => {
    if (links !== null || asked) return;
    asked = true;
    void refreshLinks(db(), currentApiUrl()).finally(() => {
      asked = false;
    });
  }, [links]);
  return links;
}
