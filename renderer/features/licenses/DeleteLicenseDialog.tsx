import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, List, ListItem } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { License } from '../../../shared/license';
import { db } from '../../db/database';
import { licenseInUse } from '../../db/repos/license-delete';
import { formatDay } from './format';

interface Props {
  license: License;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Asks before deleting a license; while an open quote or order names it, says which and offers no Delete. */
export function DeleteLicenseDialog({ license, onCancel, onConfirm }: Props) {
  const { t, i18n } = useTranslation('licenses');
  const inUse = useLiveQuery(() => licenseInUse(db(), license), [license]);
  const blockers = inUse
    ? [
        ...inUse.quotes.map((q) =>
          q.officialNumber
            ? t('delete.quote', { number: q.officialNumber })
            : t('delete.draft', { date: formatDay(q.createdAt.slice(0, 10), i18n.language) }),
        ),
        ...inUse.orders.map((o) => t('delete.order', { number: o.officialNumber })),
      ]
    : [];
  return (
    <Dialog open onClose={onCancel} aria-labelledby="delete-license-title">
      <DialogTitle id="delete-license-title">{t('delete.title', { sen: license.sen })}</DialogTitle>
      <DialogContent>
        {blockers.length > 0 ? (
          <Alert severity="warning" role="alert">
            {t('delete.refused', { sen: license.sen, count: blockers.length })}
            <List dense aria-label={t('delete.blockers')}>
              {blockers.map((b, i) => (
                <ListItem key={`${i}-${b}`}>{b}</ListItem>
              ))}
            </List>
          </Alert>
        ) : (
          <>
            <DialogContentText>{t('delete.body')}</DialogContentText>
            {inUse?.onAccount && (
              <Alert severity="info" sx={{ mt: 2 }}>
                {t('delete.onAccount', { sen: license.sen })}
              </Alert>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('common:cancel')}</Button>
        <Button color="error" variant="contained" disabled={inUse === undefined || blockers.length > 0} onClick={onConfirm}>
          {t('delete.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
