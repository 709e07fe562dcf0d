import { List, ListItem, ListItemText } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ConsentRequestRow } from '../../db/account-tables';
import { localeOf } from '../../i18n/locale';

/** The Consent To Assign requests that would move a license, each with where it stands at Conex (R-LIC-6). */
export function ConsentRequests({ requests }: { requests: readonly ConsentRequestRow[] }) {
  const { t, i18n } = useTranslation('account');
  const when = (iso: string) => new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'medium' }).format(new Date(iso));
  const standing = (r: ConsentRequestRow) => {
    const text = t(`consent.status.${r.status}`, { date: when(r.decidedAt ?? r.receivedAt ?? r.createdAt) });
    if (r.status === 'declined' && r.note) return `${text} ${t('consent.note', { note: r.note })}`;
    if (r.status === 'refused' && r.errorKey) return `${text} ${t(r.errorKey, r.errorParams)}`;
    return text;
  };
  if (requests.length === 0) return null;
  return (
    <List dense aria-label={t('consent.requests')}>
      {requests.map((r) => (
        <ListItem key={r.id} alignItems="flex-start">
          <ListItemText
            primary={t('consent.to', { entity: r.toEntityName, count: r.sens.length, sens: r.sens.join(', ') })}
            secondary={
              <>
                {standing(r)}
                {r.document && <span style={{ display: 'block' }}>{t('consent.sentWith', { name: r.document.name })}</span>}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
