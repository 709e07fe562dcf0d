import { db } from '../../db/database';
import { setPoRaised, snooze } from '../../db/repos/reminders';
import { formatDay } from '../../reminders/format';
import { useNavigation } from '../../store/navigation';
import { useToast, type ToastText } from '../../store/toast';
import type { RowAction } from './RowActions';
import type { MaintenanceRow } from './rows';

const DAY = 86_400_000;

/** What each row action does; dialogs (version, reinstall) are opened through `open`. */
export function useRowAction(open: (dialog: 'version' | 'reinstall', row: MaintenanceRow) => void) {
  return async (action: RowAction, row: MaintenanceRow) => {
    const { license } = row;
    const sen = license.sen;
    const toast = useToast.getState().show;
    const report = (
      result: { ok: boolean; error?: { messageKey: string; params?: Record<string, string | number> } },
      message: ToastText,
    ) =>
      toast(
        result.ok
          ? { severity: 'success', ns: 'maintenance', message }
          : { severity: 'error', ns: 'maintenance', message: (t) => t(result.error?.messageKey ?? '', result.error?.params) },
      );
    switch (action) {
      case 'renew':
        // A new license after an evaluation; otherwise the Renew tab prefilled for this license (R-ORD-1).
        return useNavigation.getState().go({
          screen: 'quotes',
          intent: license.type === 'evaluation' ? { kind: 'new' } : { kind: 'renew', licenseId: license.id },
        });
      case 'snooze-1':
      case 'snooze-7':
      case 'snooze-30': {
        const until = new Date(Date.now() + Number(action.slice(7)) * DAY);
        return report(await snooze(db(), license.id, until), (t, language) =>
          t('actions.snoozed', { sen, date: formatDay(until.toISOString().slice(0, 10), language) }),
        );
      }
      case 'unsnooze':
        return report(await snooze(db(), license.id, null), (t) => t('actions.poCleared', { sen }));
      case 'po-on':
        return report(await setPoRaised(db(), license.id, license.maintenanceEnd, new Date()), (t) => t('actions.poMarked', { sen }));
      case 'po-off':
        return report(await setPoRaised(db(), license.id, null, new Date()), (t) => t('actions.poCleared', { sen }));
      case 'version':
      case 'reinstall':
        return open(action, row);
    }
  };
}
