import { beforeAll, describe, expect, it } from 'vitest';
import { backupError, type BackupErrorCode } from '../../../shared/backup';
import { checkLicenseCsv, CSV_COLUMNS } from '../../../shared/csv-licenses';
import { i18next, initI18n } from '../../i18n';

beforeAll(async () => {
  await initI18n('en');
});

const exists = (key: string) => ['en', 'fr', 'ar'].every((lng) => i18next.exists(key, { lng }));

describe('messages built from codes have a text in English and French', () => {
  it('every CSV row error', () => {
    const good: Record<string, string> = {
      sen: 'SEN-00000001',
      product: 'conex-books',
      tier: 'Express',
      type: 'academic',
      entity: 'A',
      serverId: 's',
      licensee: 'l',
      maintenanceStart: '2026-01-01',
      maintenanceEnd: '2027-01-01',
      majorVersion: '9',
    };
    const rows = [
      { ...good, licensee: '' },
      { ...good, sen: 'x' },
      { ...good, sen: 'SEN-00000099' },
      good,
      { ...good, product: 'x', tier: 'x', type: 'x', deployment: 'x', entity: 'nobody', maintenanceEnd: 'x', majorVersion: 'x' },
      { ...good, sen: 'SEN-00000002', entity: 'Twin' },
      { ...good, sen: 'SEN-00000003', maintenanceEnd: '2025-01-01' },
      { ...good, sen: 'SEN-00000004', type: 'evaluation' },
    ];
    const result = checkLicenseCsv(rows.concat([good]), [...CSV_COLUMNS], {
      existingSens: new Set(['SEN-00000099']),
      entities: [
        { id: 'a', name: 'A' },
        { id: 't1', name: 'Twin' },
        { id: 't2', name: 'Twin' },
      ],
      now: '2026-11-25T10:00:00.000Z',
      newId: (line) => String(line),
    });
    const keys = new Set(result.rows.flatMap((r) => r.errors.map((e) => e.messageKey)));
    expect(keys.size).toBeGreaterThanOrEqual(13);
    for (const key of keys) expect(exists(key), key).toBe(true);
  });

  it('every backup refusal', () => {
    // A Record over the union: a code added without a message fails to compile here.
    const every: Record<BackupErrorCode, true> = {
      'backup.truncated': true,
      'backup.notBackup': true,
      'backup.newerVersion': true,
      'backup.damaged': true,
      'backup.checksumMismatch': true,
      'backup.unknownTable': true,
      'backup.recordInvalid': true,
      'backup.tooLarge': true,
      'backup.recordTooLarge': true,
      'backup.tooDeep': true,
      'backup.forbiddenKey': true,
    };
    const codes = Object.keys(every) as BackupErrorCode[];
    for (const code of codes) expect(exists(backupError(code).messageKey), code).toBe(true);
  });
});
