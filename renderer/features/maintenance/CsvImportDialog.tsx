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
  Stack,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { guessMapping, type CsvMapping } from '../../../shared/csv-columns';
import { CSV_COLUMNS } from '../../../shared/csv-licenses';
import type { License } from '../../../shared/license';
import { db } from '../../db/database';
import { existingSens, importLicenses } from '../../db/repos/maintenance';
import { checkCsvFile, decodeCsvBytes, licenseCsvTemplate, parseCsvText, type CsvFile } from '../../lib/license-csv';
import { platform } from '../../platform';
import { useToast } from '../../store/toast';
import { CsvColumnMapping } from './CsvColumnMapping';
import { CsvPreviewTable } from './CsvPreviewTable';

interface Chosen {
  name: string;
  file: CsvFile;
  sens: ReadonlySet<string>;
}

/**
 * CSV import: a template to start from, then a file; its columns matched to the app's (guessed, changeable),
 * every row previewed with its errors, and an import only once each row is fixed in the file or skipped.
 */
export function CsvImportDialog({ entities, onClose }: { entities: readonly { id: string; name: string }[]; onClose: () => void }) {
  const { t } = useTranslation('maintenance');
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [mapping, setMapping] = useState<CsvMapping>({});
  const [skip, setSkip] = useState(false);
  const [error, setError] = useState('');
  const [now] = useState(() => new Date());

  const choose = async () => {
    const picked = await platform().openFile({ filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }] });
    if (!picked.ok) return setError(t(picked.error.messageKey, picked.error.params));
    const file = picked.value;
    if (!file) return;
    const read = parseCsvText(decodeCsvBytes(file.data));
    setSkip(false);
    if (!read.ok) {
      setChosen(null);
      return setError(t(read.error.messageKey, { name: file.name }));
    }
    setError('');
    setMapping(guessMapping(read.value.headers, CSV_COLUMNS));
    setChosen({ name: file.name, file: read.value, sens: await existingSens(db()) });
  };

  const saveTemplate = async () => {
    const name = t('csv.templateName');
    const saved = await platform().saveFile({
      suggestedName: name,
      data: licenseCsvTemplate(),
      mimeType: 'text/csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    if (!saved.ok) setError(t(saved.error.messageKey, saved.error.params));
  };

  // Ids are made once per file and mapping, so the preview and the import are the same licenses.
  const checked = useMemo(
    () =>
      chosen ? checkCsvFile(chosen.file, { existingSens: chosen.sens, entities, now, newId: () => crypto.randomUUID() }, mapping) : null,
    [chosen, entities, now, mapping],
  );
  const ready = checked?.rows.flatMap((r) => (r.license ? [r.license] : [])) ?? [];
  const bad = (checked?.rows.length ?? 0) - ready.length;
  const canImport = ready.length > 0 && (bad === 0 || skip);
  const entityName = (id: string) => entities.find((e) => e.id === id)?.name ?? '';

  const run = async (licenses: License[]) => {
    const result = await importLicenses(db(), licenses);
    if (!result.ok) return setError(t(result.error.messageKey, result.error.params));
    useToast.getState().show({ severity: 'success', ns: 'maintenance', message: (t) => t('csv.imported', { count: result.value }) });
    onClose();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="csv-title">
      <DialogTitle id="csv-title">{t('csv.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('csv.intro', { columns: CSV_COLUMNS.join(', ') })}</DialogContentText>
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" onClick={() => void choose()}>
            {t('csv.choose')}
          </Button>
          <Button onClick={() => void saveTemplate()}>{t('csv.template')}</Button>
        </Stack>
        {chosen && checked && (
          <Box sx={{ mt: 2 }}>
            <Typography>{t('csv.file', { name: chosen.name })}</Typography>
            <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
              {t('csv.mapping.label')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('csv.mapping.help')}
            </Typography>
            <CsvColumnMapping headers={chosen.file.headers} mapping={mapping} onChange={setMapping} />
            {checked.missingColumns.length > 0 ? (
              <Alert severity="error" role="alert" sx={{ mt: 2 }}>
                {t('csv.missingColumns', { columns: checked.missingColumns.map((c) => t(`csv.columns.${c}`)).join(', ') })}
              </Alert>
            ) : checked.empty ? (
              <Alert severity="info" sx={{ mt: 2 }}>
                {t('csv.empty')}
              </Alert>
            ) : (
              <>
                <Typography role="status" sx={{ mt: 2 }}>
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
                <CsvPreviewTable rows={checked.rows} entityName={entityName} />
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
