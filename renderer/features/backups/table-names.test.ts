import { beforeAll, describe, expect, it } from 'vitest';
import { NEVER_BACKED_UP, recordSchemas } from '../../db/repos/backup-records';
import { i18next, initI18n } from '../../i18n';

beforeAll(async () => {
  await initI18n('en');
});

describe('the restore preview names every table in the user’s language (issue 16)', () => {
  it.each(['en', 'fr', 'ar'])('%s: every table a backup holds, and every table it leaves out, has a name', (lng) => {
    for (const table of [...Object.keys(recordSchemas), ...NEVER_BACKED_UP]) {
      expect(i18next.exists(`backups:tables.${table}`, { lng }), table).toBe(true);
    }
  });
});
