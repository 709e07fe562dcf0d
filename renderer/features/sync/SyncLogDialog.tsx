import { Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { listSyncLog } from '../../db/repos/sync-store';
import { formatWhen, messageText } from './format';

/** The sync log: what was sent and received, and what went wrong, latest first. */
export function SyncLogDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('sync');
  const entries = useLiveQuery(() => (open ? listSyncLog(db(), 200) : []), [open]) ?? [];
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="sync-log-title">
      <DialogTitle id="sync-log-title">{t('log.title')}</DialogTitle>
      <DialogContent dividers>
        {entries.length === 0 ? (
          <Typography color="text.secondary">{t('log.empty')}</Typography>
        ) : (
          <List dense aria-label={t('log.title')}>
            {entries.map((e) => (
              <ListItem key={e.id} disableGutters>
                <ListItemText
                  primary={messageText(t, e)}
                  secondary={`${formatWhen(e.at, i18n.language)} · ${t(`log.level.${e.level}`)}`}
                  slotProps={{ primary: { color: e.level === 'error' ? 'error' : 'textPrimary' } }}
                />
              </ListItem>
            ))}
          </List>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('log.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
