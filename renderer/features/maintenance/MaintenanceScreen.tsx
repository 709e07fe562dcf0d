import DownloadIcon from '@mui/icons-material/FileDownload';
import UploadIcon from '@mui/icons-material/FileUpload';
import EventIcon from '@mui/icons-material/Event';
import { Alert, Box, Button, FormControlLabel, Switch, TextField } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { writeIcs } from '../../../shared/calendar/ics';
import { toCalendarDate } from '../../../shared/calendar';
import { db } from '../../db/database';
import { loadPriceBook } from '../../db/repos/quotes';
import { loadReminderInputs } from '../../db/repos/reminders';
import { platform } from '../../platform';
import { showHostError } from '../../ui/host-error';
import { useNavigation } from '../../store/navigation';
import { useToast } from '../../store/toast';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { calendarEvents } from '../../../shared/calendar/maintenance-events';
import { CsvImportDialog } from './CsvImportDialog';
import { writeLicenseCsv } from '../../lib/license-csv';
import { GroupFilter } from './GroupFilter';
import { InstalledVersionDialog } from './InstalledVersionDialog';
import { MaintenanceTable } from './MaintenanceTable';
import { ReinstallChecklist } from './ReinstallChecklist';
import { ReminderSettings } from './ReminderSettings';
import { groupCounts, maintenanceRows, matches, supportedText, type GroupKey, type MaintenanceRow } from './rows';
import { StatusLegend } from './StatusLegend';
import { Timeline } from './Timeline';
import { useRowAction } from './use-row-action';

/** Maintenance: every license of every entity by maintenance end, on a timeline and in a table, with reminders and end-of-life warnings. */
export default function MaintenanceScreen() {
  const { t } = useTranslation('maintenance');
  const data = useLiveQuery(async () => ({ inputs: await loadReminderInputs(db()), book: await loadPriceBook(db()) }), []);
  const [filter, setFilter] = useState<GroupKey | 'all'>('all');
  const [search, setSearch] = useState('');
  const [grouped, setGrouped] = useState(false);
  const [dialog, setDialog] = useState<{ kind: 'version' | 'reinstall'; row: MaintenanceRow } | { kind: 'csv' } | null>(null);
  const onAction = useRowAction((kind, row) => setDialog({ kind, row }));
  const now = useMemo(() => new Date(), [data]);

  const rows = useMemo(() => (data ? maintenanceRows({ ...data.inputs, versions: data.book.majorVersions, now }) : []), [data, now]);
  if (!data) return null;
  const today = toCalendarDate(now);
  const versions = data.book.majorVersions;
  const supported = supportedText(versions, today);
  const productName = (id: string) => data.book.products.find((p) => p.id === id)?.name ?? id;
  const entityName = (id: string) => data.inputs.entities.find((e) => e.id === id)?.name ?? id;
  const groups = groupCounts(rows);
  const shown = rows.filter((r) => (filter === 'all' || r.group === filter) && matches(r, search));
  const eolWarnings = rows.filter((r) => r.eol.kind === 'ending' || r.eol.kind === 'ended').length;
  const cloudEvaluations = rows.some(
    (r) => r.license.deployment === 'cloud' && r.license.type === 'evaluation' && r.status.kind === 'evaluation',
  );
  const toast = useToast.getState().show;

  const exportIcs = async () => {
    const events = calendarEvents(rows, now, t, productName);
    if (events.length === 0) return toast({ severity: 'info', ns: 'maintenance', message: (t) => t('ics.nothing') });
    const text = writeIcs(events, { now, calendarName: t('ics.calendarName') });
    const saved = await platform().saveFile({
      suggestedName: `conex-maintenance-${today}.ics`,
      data: text,
      mimeType: 'text/calendar',
      filters: [{ name: 'iCalendar', extensions: ['ics'] }],
    });
    if (!saved.ok) return showHostError(saved.error);
    if (saved.value.saved) toast({ severity: 'success', ns: 'maintenance', message: (t) => t('ics.exported', { count: events.length }) });
  };
  const exportCsv = async () => {
    const licenses = rows.map((r) => r.license);
    const saved = await platform().saveFile({
      suggestedName: `conex-licenses-${today}.csv`,
      data: writeLicenseCsv(licenses, entityName),
      mimeType: 'text/csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    if (!saved.ok) return showHostError(saved.error);
    if (saved.value.saved) toast({ severity: 'success', ns: 'maintenance', message: (t) => t('csv.exported', { count: licenses.length }) });
  };

  const importButton = (
    <Button variant="outlined" startIcon={<UploadIcon />} onClick={() => setDialog({ kind: 'csv' })}>
      {t('toolbar.importCsv')}
    </Button>
  );

  return (
    <>
      <ScreenHeader
        title={t('title')}
        actions={
          rows.length > 0 ? (
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
              <Button variant="contained" startIcon={<EventIcon />} onClick={() => void exportIcs()}>
                {t('toolbar.exportIcs')}
              </Button>
              {importButton}
              <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => void exportCsv()}>
                {t('toolbar.exportCsv')}
              </Button>
            </Box>
          ) : undefined
        }
      />
      {rows.length === 0 ? (
        <EmptyState title={t('empty.title')} body={t('empty.body')} action={importButton} />
      ) : (
        <>
          {eolWarnings > 0 && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {t('eol.summary', { count: eolWarnings, supported })}
            </Alert>
          )}
          {cloudEvaluations && (
            <Alert severity="info" sx={{ mb: 2 }}>
              {t('cloudEvaluation')}
            </Alert>
          )}
          <Timeline rows={rows} now={now} />
          <GroupFilter groups={groups} total={rows.length} value={filter} onChange={setFilter} />
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
            <TextField
              size="small"
              label={t('toolbar.search')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              sx={{ minWidth: 360 }}
            />
            <FormControlLabel
              control={<Switch checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />}
              label={t('toolbar.groupByEntity')}
            />
          </Box>
          <MaintenanceTable
            rows={shown}
            grouped={grouped}
            supported={supported}
            productName={productName}
            onAction={(action, row) => void onAction(action, row)}
            onRenewEntity={(entityId) => useNavigation.getState().go({ screen: 'quotes', intent: { kind: 'renewEntity', entityId } })}
          />
          <ReminderSettings entities={data.inputs.entities} prefs={data.inputs.prefs} />
          <StatusLegend />
        </>
      )}
      {dialog?.kind === 'csv' && <CsvImportDialog entities={data.inputs.entities} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'version' && (
        <InstalledVersionDialog license={dialog.row.license} versions={versions} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'reinstall' && <ReinstallChecklist row={dialog.row} supported={supported} onClose={() => setDialog(null)} />}
    </>
  );
}
