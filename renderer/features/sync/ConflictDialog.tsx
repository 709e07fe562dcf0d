import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictFields } from '../../../shared/api';
import { db } from '../../db/database';
import { listConflicts } from '../../db/repos/sync-store';
import { resolveQuoteConflict } from '../../db/repos/sync-quotes';
import { syncEngine } from '../../sync/runtime';
import { CONFLICT_FIELDS, fieldText, remoteSide } from './conflict-values';

/** Quotes changed here and on the server, one at a time: both versions side by side, and the user's choice. Nothing is overwritten before it. */
export function ConflictDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('sync');
  const conflicts = useLiveQuery(() => listConflicts(db()), []) ?? [];
  const [busy, setBusy] = useState(false);
  const conflict = conflicts[0];
  if (!conflict) return null;
  const remote = conflict.remote;
  const paid = !remote.deleted && remote.status === 'paid';
  const differs = new Set(conflictFields(conflict.local, remote));
  const name = conflict.local?.officialNumber ?? (remote.deleted ? conflict.id : remote.officialNumber);
  const choose = async (choice: 'mine' | 'theirs') => {
    setBusy(true);
    await resolveQuoteConflict(db(), conflict.id, choice, new Date(), () => crypto.randomUUID());
    setBusy(false);
    void syncEngine().sync();
    if (conflicts.length <= 1) onClose();
  };
  const mine = conflict.local;
  const theirs = remoteSide(remote);
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="sync-conflict-title">
      <DialogTitle id="sync-conflict-title">
        {t('conflict.title')}
        {conflicts.length > 1 && (
          <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
            {t('conflict.of', { current: 1, total: conflicts.length })}
          </Typography>
        )}
      </DialogTitle>
      <DialogContent dividers>
        <DialogContentText sx={{ mb: 2 }}>{t('conflict.intro', { name })}</DialogContentText>
        {paid && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {t('conflict.paidNote')}
          </Alert>
        )}
        <Table size="small" aria-label={t('conflict.title')}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col" />
              <TableCell component="th" scope="col">
                {t('conflict.mine')}
              </TableCell>
              <TableCell component="th" scope="col">
                {t('conflict.theirs')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {CONFLICT_FIELDS.map((field) => (
              <TableRow key={field} selected={differs.has(field)}>
                <TableCell component="th" scope="row">
                  {t(`conflict.fields.${field}`)}
                </TableCell>
                <TableCell sx={{ fontWeight: differs.has(field) ? 700 : 400 }}>{fieldText(t, mine, field)}</TableCell>
                <TableCell sx={{ fontWeight: differs.has(field) ? 700 : 400 }}>{fieldText(t, theirs, field)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('log.close')}</Button>
        <Button variant="outlined" disabled={busy} onClick={() => void choose('mine')}>
          {paid ? t('conflict.keepMinePaid') : t('conflict.keepMine')}
        </Button>
        <Button variant="contained" disabled={busy} onClick={() => void choose('theirs')}>
          {t('conflict.takeTheirs')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
