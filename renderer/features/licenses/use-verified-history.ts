import { useEffect, useState } from 'react';
import type { Result } from '../../../shared/errors';
import type { KeyError } from '../../../shared/keys/key-errors';
import type { VerifiedKey } from '../../../shared/keys/verify';
import type { KeyHistoryRow } from '../../db/database';
import { verifyPastedKey } from './key-check';

/** Each history entry's key verified again, so what the history shows and restores is only ever signed content. */
export function useVerifiedHistory(
  rows: readonly KeyHistoryRow[] | undefined,
): ReadonlyMap<string, Result<VerifiedKey, KeyError>> | undefined {
  const [verified, setVerified] = useState<ReadonlyMap<string, Result<VerifiedKey, KeyError>>>();
  useEffect(() => {
    if (!rows) return;
    let live = true;
    void Promise.all(rows.map(async (r) => [r.id, await verifyPastedKey(r.key)] as const)).then((entries) => {
      if (live) setVerified(new Map(entries));
    });
    return () => {
      live = false;
    };
  }, [rows]);
  return verified;
}
