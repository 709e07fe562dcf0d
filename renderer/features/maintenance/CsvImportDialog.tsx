import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_COLUMNS, type CsvCheck } from '../../../shared/csv-licenses';
import type { License } from '../../../shared/license';
import { db } from '../../db/database';
import { existingSens, importLicenses } from '../../db/repos/maintenance';
import { platform } from '../../platform';
import { useToast } from '../../store/toast';
import { readLicenseCsv } from './csv-file';

type Checked = CsvCheck & { empty: boolean; file: string };

/** CSV import: pick a file, see every row with its errors, import only once each row is fixed in the file or skipped. */
export function CsvImportDialog({ entities, onClose }: { entities: readonly { id: string; name: string }[]; onClose: () => void }) {
  const { t } = useTranslation('maintenance');
  const [checked, setChecked] = useState<Checked | null>(null);
  const [skip, setSkip] = useState(false);
  const [error, setError] = useState('');

  const choose = async () => {
    const file = await platform().openFile({ filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }] });
    if (!file) return;
    const text = new TextDecoder().decode(file.data);
    const result = readLicenseCsv(text, {
      existingSens: await existingSens(db()),
      entities,
      now: new Date(),
      newId: () => crypto.randomUUID(),
    });
    setChecked({ ...result, file: file.name });
    setSkip(false);
    setError('');
  };

  const ready = checked?.rows.flatMap((r) => (r.license ? [r.license] : [])) ?? [];
  const bad = (checked?.rows.length ?? 0) - ready.length;
  const canImport = ready.length > 0 && (bad === 0 || skip);

  const run = async (licenses: License[]) => {
    const result = await importLicenses(db(), licenses);
    if (!result.ok) return setError(t(result.error.messageKey, result.error.params));
    useToast.getState().show({ severity: 'success', message: t('csv.imported', { count: result.value }) });
    onClose();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="csv-title">
      <DialogTitle id="csv-title">{t('csv.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('csv.intro', { columns: CSV_COLUMNS.join(', ') })}</DialogContentText>
        <Button variant="outlined" onClick={() => void choose()}>
          {t('csv.choose')}
        </Button>
        {checked && (
          <Box sx={{ mt: 2 }}>
            <Typography>{t('csv.file', { name: checked.file })}</Typography>
            {checked.missingColumns.length > 0 ? (
              <Alert severity="error" role="alert" sx={{ mt: 1 }}>
                {t('csv.missingColumns', { columns: checked.missingColumns.join(', ') })}
              </Alert>
            ) : checked.empty ? (
              <Alert severity="info" sx={{ mt: 1 }}>
                {t('csv.empty')}
              </Alert>
            ) : (
              <>
                <Typography role="status" sx={{ mt: 1 }}>
                  {t('csv.summary', { total: checked.rows.length, ready: ready.length, bad })}
                </Typography>
                {bad > 0 && (
                  <>
                    <Alert severity="warning" sx={{ mt: 1 }}>
                      {t('csv.fixOrSkip')}
                    </Alert>
                    <FormControlLabel
                      control={<Checkbox checked={skip} onChange={(e) => setSkip(e.target.checked)} />}
                      label={t('csv.skip', { count: bad })}
                    />
                  </>
                )}
                <TableContainer sx={{ maxHeight: 360, mt: 1 }}>
                  <Table size="small" stickyHeader aria-label={t('csv.previewLabel')}>
                    <TableHead>
                      <TableRow>
                        <TableCell>{t('csv.line')}</TableCell>
                        <TableCell>{t('table.sen')}</TableCell>
                        <TableCell>{t('csv.result')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {checked.rows.map((row) => (
                        <TableRow key={row.line}>
                          <TableCell component="th" scope="row">
                            {row.line}
                          </TableCell>
                          <TableCell>{row.sen}</TableCell>
                          <TableCell>
                            {row.errors.length === 0 ? (
                              t('csv.ready')
                            ) : (
                              <Box component="ul" sx={{ m: 0, pl: 2 }}>
                                {row.errors.map((e) => (
                                  <li key={`${e.field}-${e.messageKey}`}>{t(e.messageKey, { ...e.params })}</li>
                                ))}
                              </Box>
                            )}
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </TableContainer>
              </>
            )}
          </Box>
        )}
        {error && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:cancel')}</Button>
        <Button variant="contained" disabled={!canImport} onClick={() => void run(ready)}>
          {t('csv.import', { count: ready.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
