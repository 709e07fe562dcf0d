import { describe, expect, it } from 'vitest';
import { dbNamesPerTest } from '../../test/store';
import { ConexDb } from '../database';

const freshName = dbNamesPerTest('migration-v5');

const stamp = '2026-01-01T00:00:00.000Z';
const license = {
  id: 'lic-1',
  sen: 'SEN-00000001',
  product: 'conex-books',
  deployment: 'server',
  tier: 'Express',
  type: 'academic',
  entityId: 'e1',
  serverId: 'srv-1',
  licensee: 'Main Library',
  issued: stamp,
  maintenanceStart: '2026-01-01',
  maintenanceEnd: '2027-01-01',
  majorVersion: 9,
  createdAt: stamp,
  updatedAt: stamp,
};

describe('schema v5: reminder preferences and state', () => {
  it('v4 → v5: every earlier table keeps its records and the two reminder tables appear empty', async () => {
    const name = freshName();
    const old = new ConexDb(name, 4);
    await old.open();
    await old.table('entities').add({
      id: 'e1',
      name: 'Main Library',
      kind: 'library',
      country: 'FR',
      notes: '',
      createdAt: stamp,
      updatedAt: stamp,
      nameKey: 'FR|main library',
    });
    await old.table('licenses').add(license);
    await old.table('settings').put({ key: 'theme', value: 'dark' });
    await old.table('quotes').add({ id: 'q1', status: 'draft', updatedAt: stamp });
    old.close();

    const upgraded = new ConexDb(name, 5);
    await upgraded.open();
    expect(upgraded.verno).toBe(5);
    expect(await upgraded.licenses.get('lic-1')).toEqual(license);
    expect(await upgraded.entities.count()).toBe(1);
    expect(await upgraded.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
    expect(await upgraded.table('quotes').count()).toBe(1);
    expect(await upgraded.reminderPrefs.count()).toBe(0);
    expect(await upgraded.reminderState.count()).toBe(0);
    upgraded.close();
  });

  it('reminder rows are keyed by entity and by license', async () => {
    const database = new ConexDb(freshName(), 5);
    await database.open();
    await database.reminderPrefs.put({ entityId: 'e1', thresholds: [60, 14], updatedAt: stamp });
    await database.reminderPrefs.put({ entityId: 'e1', thresholds: [30], updatedAt: stamp });
    await database.reminderState.put({ licenseId: 'lic-1', poRaised: { forEnd: '2027-01-01', at: stamp } });
    expect(await database.reminderPrefs.get('e1')).toMatchObject({ thresholds: [30] });
    expect(await database.reminderState.get('lic-1')).toMatchObject({ poRaised: { forEnd: '2027-01-01' } });
    database.close();
  });
});
