import { toCalendarDate } from '../../../shared/calendar';
import { KEYS_FILE_EXTENSION, writeKeysFile } from '../../../shared/keys/keys-file';
import type { License } from '../../../shared/license';

/** What a license keys file export gives: the text, a file name, and how many licenses had a key to export. */
export interface KeysExport {
  readonly text: string;
  readonly fileName: string;
  readonly count: number;
}

/**
 * The license keys file (`.conexkeys`) of some licenses, for servers with no
 * network and the `conex` command line: each applied key in its canonical,
 * armoured form after a comment naming its SEN and entity. Licenses with no
 * key applied have nothing to carry and are left out. `scope` names the file
 * (a SEN, an entity, or "all").
 */
export function keysExport(licenses: readonly License[], entityName: (id: string) => string, scope: string, now: Date): KeysExport {
  const entries = licenses
    .filter((l): l is License & { key: string } => l.key !== undefined)
    .sort((a, b) => a.sen.localeCompare(b.sen))
    .map((l) => ({ canonical: l.key, sen: l.sen, entity: entityName(l.entityId) }));
  const safeScope = scope.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'all';
  return {
    text: writeKeysFile(entries),
    fileName: `conex-keys-${safeScope}-${toCalendarDate(now)}.${KEYS_FILE_EXTENSION}`,
    count: entries.length,
  };
}
