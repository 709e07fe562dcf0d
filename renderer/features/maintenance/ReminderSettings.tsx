import EditIcon from '@mui/icons-material/Tune';
import { IconButton, Paper, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_THRESHOLDS } from '../../../shared/maintenance/status';
import { ThresholdsDialog } from './ThresholdsDialog';

/** The reminder thresholds of every entity, each editable. */
export function ReminderSettings({
  entities,
  prefs,
}: {
  entities: readonly { id: string; name: string }[];
  prefs: ReadonlyMap<string, readonly number[]>;
}) {
  const { t } = useTranslation('maintenance');
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  if (entities.length === 0) return null;
  const days = (id: string) => {
    const own = prefs.get(id);
    if (!own) return t('reminders.settings.default');
    return own.length === 0 ? t('reminders.settings.none') : own.join(', ');
  };
  return (
    <Paper variant="outlined" component="section" aria-labelledby="reminder-settings-title" sx={{ p: 2, mt: 3 }}>
      <Typography id="reminder-settings-title" variant="h6" component="h2" gutterBottom>
        {t('reminders.settings.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {t('reminders.settings.intro')}
      </Typography>
      <Table size="small" aria-labelledby="reminder-settings-title">
        <TableHead>
          <TableRow>
            <TableCell>{t('reminders.settings.entity')}</TableCell>
            <TableCell>{t('reminders.settings.days')}</TableCell>
            <TableCell align="right">{t('table.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {[...entities]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((e) => (
              <TableRow key={e.id}>
                <TableCell component="th" scope="row">
                  {e.name}
                </TableCell>
                <TableCell>{days(e.id)}</TableCell>
                <TableCell align="right">
                  <Tooltip title={t('reminders.settings.edit', { entity: e.name })}>
                    <IconButton aria-label={t('reminders.settings.edit', { entity: e.name })} onClick={() => setEditing(e)}>
                      <EditIcon />
                    </IconButton>
                  </Tooltip>
                </TableCell>
              </TableRow>
            ))}
        </TableBody>
      </Table>
      {editing && (
        <ThresholdsDialog entity={editing} current={prefs.get(editing.id) ?? DEFAULT_THRESHOLDS} onClose={() => setEditing(null)} />
      )}
    </Paper>
  );
}
