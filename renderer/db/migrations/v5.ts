import type { Migration } from './types';

/**
 * v5: maintenance reminders. `reminderPrefs` holds each entity's thresholds;
 * `reminderState` each license's snooze, "PO raised" and last notification.
 * The automatic-backup settings live in `settings` under keys 'backup.*'.
 */
export const v5: Migration = {
  version: 5,
  stores: {
    reminderPrefs: 'entityId',
    reminderState: 'licenseId',
  },
};
