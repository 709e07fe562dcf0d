import { describe, expect, it } from 'vitest';
import { storePerTest } from '../../test/store';
import { entityRow, licenseRow } from '../../test/rows';
import { loadBudgetInputs, saveFiscalStartMonth } from './budget';
import { setPoRaised } from './reminders';

const database = storePerTest('budget-test');

describe('budget inputs and fiscal year settings (R-BUD-1)', () => {
  it('January for the organization and no entity of its own until one is chosen', async () => {
    await database().entities.bulkPut([entityRow('lib', 'Library'), entityRow('dz', 'Campus Alger', { country: 'DZ' })]);
    const inputs = await loadBudgetInputs(database());
    expect(inputs.fiscalYear).toEqual({ startMonth: 1, entities: {} });
    expect(inputs.entities).toEqual([
      { id: 'dz', name: 'Campus Alger', country: 'DZ' },
      { id: 'lib', name: 'Library', country: 'FR' },
    ]);
  });

  it("stores the organization's month and an entity's own, and forgets the entity's on null", async () => {
    await database().entities.put(entityRow('lib', 'Library'));
    expect(await saveFiscalStartMonth(database(), { month: 9 })).toEqual({ ok: true, value: { startMonth: 9, entities: {} } });
    expect(await saveFiscalStartMonth(database(), { entityId: 'lib', month: 10 })).toEqual({
      ok: true,
      value: { startMonth: 9, entities: { lib: 10 } },
    });
    expect((await loadBudgetInputs(database())).entities).toEqual([{ id: 'lib', name: 'Library', country: 'FR', fiscalStartMonth: 10 }]);
    expect(await saveFiscalStartMonth(database(), { entityId: 'lib', month: null })).toEqual({
      ok: true,
      value: { startMonth: 9, entities: {} },
    });
  });

  it.each([0, 13, 2.5, 'September', null])('refuses %s as the first month and writes nothing (R-BUD-1)', async (month) => {
    await saveFiscalStartMonth(database(), { month: 4 });
    const r = await saveFiscalStartMonth(database(), { month });
    expect(r.ok ? null : r.error.messageKey).toBe('domain:budget.startMonthInvalid');
    expect((await loadBudgetInputs(database())).fiscalYear.startMonth).toBe(4);
  });

  it('a renewal is in progress only while the PO was raised for the current end', async () => {
    await database().licenses.bulkPut([licenseRow('a', 'SEN-00000001'), licenseRow('b', 'SEN-00000002', { maintenanceEnd: '2028-01-01' })]);
    await setPoRaised(database(), 'a', '2027-01-01', new Date('2026-11-01T00:00:00Z'));
    await setPoRaised(database(), 'b', '2027-01-01', new Date('2026-11-01T00:00:00Z'));
    expect([...(await loadBudgetInputs(database())).inProgress]).toEqual(['a']);
  });
});
