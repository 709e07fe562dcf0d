import { Button, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { deleteSetAside, listSetAside } from '../../db/repos/set-aside';
import { platform } from '../../platform';
import { showHostError } from '../../ui/host-error';
import { useToast } from '../../store/toast';
import { Section } from './Section';
import { Ltr } from '../../ui/Ltr';

/** Stored quotes and licenses this version could not read, kept aside: each can be exported (JSON) or deleted. Hidden when there are none. */
export function NeedsAttentionSection() {
  const { t } = useTranslation('backups');
  const rows = useLiveQuery(() => listSetAside(db()), []);
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!rows || rows.length === 0) return null;

  const exportRow = async (key: string, row: unknown, table: string) => {
    const saved = await platform().saveFile({
      suggestedName: `conex-${table}-${key}.json`,
      data: JSON.stringify(row, null, 2),
      mimeType: 'application/json',
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
    if (!saved.ok) return showHostError(saved.error);
    if (saved.value.saved)
      useToast.getState().show({ severity: 'success', ns: 'backups', message: (t) => t('attention.exported', { record: key }) });
  };
  const remove = async (id: string, key: string) => {
    await deleteSetAside(db(), id);
    setConfirming(null);
    useToast.getState().show({ severity: 'success', ns: 'backups', message: (t) => t('attention.deleted', { record: key }) });
  };

  return (
    <Section id="attention-title" title={t('attention.title')} intro={t('attention.intro', { count: rows.length })}>
      <Table size="small" aria-label={t('attention.list')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('attention.data')}</TableCell>
            <TableCell>{t('attention.record')}</TableCell>
            <TableCell>{t('attention.reason')}</TableCell>
            <TableCell>{t('attention.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id}>
              <TableCell>{t(`tables.${r.table}`)}</TableCell>
              <TableCell component="th" scope="row">
                <Ltr>{r.key}</Ltr>
              </TableCell>
              <TableCell sx={{ wordBreak: 'break-word' }}>{r.reason}</TableCell>
              <TableCell>
                <Stack direction="row" spacing={1}>
                  <Button size="small" variant="outlined" onClick={() => void exportRow(r.key, r.row, r.table)}>
                    {t('attention.export', { record: r.key })}
                  </Button>
                  {confirming === r.id ? (
                    <Button size="small" color="error" variant="contained" onClick={() => void remove(r.id, r.key)}>
                      {t('attention.confirmDelete', { record: r.key })}
                    </Button>
                  ) : (
                    <Button size="small" color="error" variant="outlined" onClick={() => setConfirming(r.id)}>
                      {t('attention.delete', { record: r.key })}
                    </Button>
                  )}
                </Stack>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}
