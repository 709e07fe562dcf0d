import { Alert, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../shared/entity';
import { checkKeyForLicense, type KeyApplyCheck } from '../../../shared/keys/apply-check';
import type { VerifiedKey } from '../../../shared/keys/verify';
import type { License } from '../../../shared/license';
import { db, type KeyHistoryRow } from '../../db/database';
import { listKeyHistory } from '../../db/repos/key-history';
import { ApplyKeyDialog } from './ApplyKeyDialog';
import { errorText, formatDay, formatInstant } from './format';
import { licenseSnapshot } from './key-check';
import { KeyViewDialog } from './KeyViewDialog';
import { useVerifiedHistory } from './use-verified-history';

interface Props {
  license: License;
  entityName: string | undefined;
  entities: readonly Entity[];
}

/** Every key applied to the license (R-LIC-3): each can be looked at, and a past one restored. */
export function KeyHistory({ license, entityName, entities }: Props) {
  const { t, i18n } = useTranslation('licenses');
  const language = i18n.language;
  const rows = useLiveQuery(() => listKeyHistory(db(), license.id), [license.id, license.updatedAt]);
  const verified = useVerifiedHistory(rows);
  const [viewing, setViewing] = useState<VerifiedKey | null>(null);
  const [restoring, setRestoring] = useState<{ row: KeyHistoryRow; check: KeyApplyCheck } | null>(null);
  const [error, setError] = useState('');

  if (!rows || !verified) return null;
  if (rows.length === 0) return <Typography color="text.secondary">{t('history.empty')}</Typography>;

  const restore = (row: KeyHistoryRow, key: VerifiedKey) => {
    setError('');
    // A restore may go back to an older key on purpose, so the "older than applied" check is left out.
    const check = checkKeyForLicense(key, licenseSnapshot(license, entityName, { restoring: true }), new Date());
    if (!check.ok) return setError(errorText(t, check.error, language));
    setRestoring({ row, check: check.value });
  };

  return (
    <Stack spacing={2}>
      <Table size="small" aria-label={t('history.table')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('history.issued')}</TableCell>
            <TableCell>{t('history.appliedAt')}</TableCell>
            <TableCell>{t('history.tier')}</TableCell>
            <TableCell>{t('history.maintenanceEnd')}</TableCell>
            <TableCell>{t('history.state')}</TableCell>
            <TableCell align="right">{t('history.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const result = verified.get(row.id);
            const key = result?.ok ? result.value : undefined;
            const issued = formatInstant(row.issued, language);
            const current = row.replacedAt === undefined;
            return (
              <TableRow key={row.id} selected={current}>
                <TableCell component="th" scope="row">
                  {issued}
                </TableCell>
                <TableCell>{formatInstant(row.appliedAt, language)}</TableCell>
                <TableCell>{key?.payload.tier ?? '—'}</TableCell>
                <TableCell>{key ? formatDay(key.payload.maintenanceEnd, language) : '—'}</TableCell>
                <TableCell>
                  {current ? t('history.current') : t('history.replaced', { date: formatInstant(row.replacedAt ?? '', language) })}
                  {row.restoredFrom && ` · ${t('history.restoredFrom')}`}
                  {!key && result && !result.ok && (
                    <Typography variant="body2" color="error">
                      {t('history.unreadable')} {errorText(t, result.error, language)}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {key && (
                    <Button size="small" onClick={() => setViewing(key)} aria-label={t('history.view', { issued })}>
                      {t('history.viewShort')}
                    </Button>
                  )}
                  {key && !current && license.key !== row.key && (
                    <Button size="small" onClick={() => restore(row, key)} aria-label={t('history.restore', { issued })}>
                      {t('history.restoreShort')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      {viewing && <KeyViewDialog verified={viewing} onClose={() => setViewing(null)} />}
      {restoring && (
        <ApplyKeyDialog
          license={license}
          check={restoring.check}
          entities={entities}
          restoredFrom={restoring.row.id}
          onClose={() => setRestoring(null)}
          onApplied={() => setRestoring(null)}
        />
      )}
    </Stack>
  );
}
