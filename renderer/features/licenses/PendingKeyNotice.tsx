import { Alert, Button } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { listPendingKeys } from '../../db/repos/sync-store';
import { formatInstant } from './format';

interface Props {
  licenseId: string;
  /** The text the License key box was filled with, if any. */
  filledWith: string | undefined;
  onFill: (key: string) => void;
}

/**
 * A key Conex issued for this license after payment (R-PAY-2) waits in the store until the user applies it (R-LIC-3).
 * License Details says so wherever the user arrives from, offers to fill the License key box with it, and once filled
 * says where the text in the box came from.
 */
export function PendingKeyNotice({ licenseId, filledWith, onFill }: Props) {
  const { t, i18n } = useTranslation('licenses');
  const pending = useLiveQuery(async () => (await listPendingKeys(db())).filter((k) => k.licenseId === licenseId).at(-1), [licenseId]);
  if (!pending) return null;
  const issued = formatInstant(pending.issued, i18n.language);
  if (filledWith === pending.key) {
    return (
      <Alert severity="info" role="status">
        {t('pendingKey.filled', { issued })}
      </Alert>
    );
  }
  return (
    <Alert
      severity="info"
      role="status"
      action={
        <Button color="inherit" size="small" onClick={() => onFill(pending.key)}>
          {t('pendingKey.fill')}
        </Button>
      }
    >
      {t('pendingKey.waiting', { issued })}
    </Alert>
  );
}
