import NotificationsIcon from '@mui/icons-material/Notifications';
import {
  Badge,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  List,
  ListItem,
  ListItemText,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { db } from '../db/database';
import { dismissReminder, setPoRaised, snooze } from '../db/repos/reminders';
import { useNavigation } from '../store/navigation';
import type { Route } from '../store/route';
import { entitiesWithSeveralDue } from './due';
import { formatDay, formatInstant } from './format';
import { useReminders, type ReminderItem } from './store';

const WEEK = 7 * 86_400_000;

/**
 * The reminders badge at the foot of the navigation rail and its panel. It only
 * reads the reminders store; the reminders service (app/services.ts) fills it.
 */
export function ReminderCenter() {
  const { t, i18n } = useTranslation('maintenance');
  const { due, backupOverdue, restored, open, setOpen } = useReminders();

  const count = due.length + (backupOverdue === null ? 0 : 1);
  const go = (route: Route) => {
    setOpen(false);
    useNavigation.getState().go(route);
  };
  const groups = entitiesWithSeveralDue(due);

  return (
    <Box
      component="aside"
      aria-label={t('reminders.center')}
      sx={{ position: 'fixed', left: 0, bottom: 8, width: 96, display: 'flex', justifyContent: 'center' }}
    >
      <Tooltip title={t('reminders.button', { count })}>
        <IconButton aria-label={t('reminders.button', { count })} onClick={() => setOpen(true)}>
          <Badge badgeContent={count} color="primary">
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="reminders-title">
        <DialogTitle id="reminders-title">{t('reminders.title')}</DialogTitle>
        <DialogContent>
          {count === 0 && <Typography>{t('reminders.none')}</Typography>}
          {backupOverdue !== null && (
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
              <Typography sx={{ flexGrow: 1 }}>
                {backupOverdue === 'never' ? t('reminders.backupNever') : t('reminders.backupOld', { count: backupOverdue })}
                {restored &&
                  ` ${t('reminders.backupRestored', { restored: formatInstant(restored.at, i18n.language), taken: formatInstant(restored.taken, i18n.language) })}`}
              </Typography>
              <Button variant="outlined" onClick={() => go({ screen: 'backups', intent: { kind: 'back-up' } })}>
                {t('reminders.backUpNow')}
              </Button>
            </Stack>
          )}
          {[...groups].map(([entityId, list]) => (
            <Stack key={entityId} direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
              <Typography sx={{ flexGrow: 1 }}>
                {t('reminders.entityGroup', { count: list.length, entity: list[0]?.entityName ?? '' })}
              </Typography>
              <Button variant="outlined" onClick={() => go({ screen: 'quotes', intent: { kind: 'renewEntity', entityId } })}>
                {t('reminders.renewAll', { entity: list[0]?.entityName ?? '' })}
              </Button>
            </Stack>
          ))}
          <List aria-label={t('reminders.listLabel')}>
            {due.map((d) => (
              <ReminderRow key={d.licenseId} item={d} language={i18n.language} go={go} />
            ))}
          </List>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => go({ screen: 'maintenance' })}>{t('reminders.openMaintenance')}</Button>
          <Button onClick={() => setOpen(false)}>{t('common:close')}</Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}

/** The line under a reminder: days left, or how long ago maintenance ended and what can still be bought. */
function reminderText(t: TFunction, item: ReminderItem, language: string): string {
  const date = formatDay(item.end, language);
  if (item.kind === 'ended')
    return item.daysLeft === 0 ? t('reminders.endedToday', { date }) : t('reminders.ended', { count: -item.daysLeft, date });
  return t(item.kind === 'evaluation' ? 'reminders.evaluationEnds' : 'reminders.ends', {
    count: item.daysLeft,
    date,
    threshold: item.threshold,
  });
}

function ReminderRow({ item, language, go }: { item: ReminderItem; language: string; go: (route: Route) => void }) {
  const { t } = useTranslation('maintenance');
  const label = `${item.sen} · ${item.entityName}`;
  const evaluation = item.kind === 'evaluation';
  return (
    <ListItem divider sx={{ flexWrap: 'wrap', gap: 1 }}>
      <ListItemText primary={label} secondary={reminderText(t, item, language)} />
      <Stack direction="row" spacing={1}>
        <Button
          size="small"
          variant="contained"
          aria-label={t(evaluation ? 'actions.buyFor' : 'actions.renewFor', { sen: item.sen })}
          onClick={() => go({ screen: 'quotes', intent: evaluation ? { kind: 'new' } : { kind: 'renew', licenseId: item.licenseId } })}
        >
          {evaluation ? t('actions.buy') : t('actions.renew')}
        </Button>
        <Button
          size="small"
          aria-label={t('actions.snoozeWeekFor', { sen: item.sen })}
          onClick={() => void snooze(db(), item.licenseId, new Date(Date.now() + WEEK))}
        >
          {t('actions.snoozeWeek')}
        </Button>
        {item.kind === 'maintenance' && (
          <Button
            size="small"
            aria-label={t('actions.poRaisedFor', { sen: item.sen })}
            onClick={() => void setPoRaised(db(), item.licenseId, item.end, new Date())}
          >
            {t('actions.poRaised')}
          </Button>
        )}
        <Button
          size="small"
          aria-label={t('actions.dismissFor', { sen: item.sen })}
          onClick={() => void dismissReminder(db(), item.licenseId, item.end, new Date())}
        >
          {t('actions.dismiss')}
        </Button>
      </Stack>
    </ListItem>
  );
}
