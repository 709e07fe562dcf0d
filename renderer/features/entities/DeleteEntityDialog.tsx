import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../shared/entity';
import { db } from '../../db/database';
import { licensesOfEntity } from '../../db/repos/licenses';

/**
 * Asks before deleting an entity. One that still has licenses cannot be
 * deleted: the dialog lists them instead, since they would be left with no
 * entity (R-LIC-1).
 */
export function DeleteEntityDialog({ entity, onCancel, onDelete }: { entity: Entity; onCancel: () => void; onDelete: () => void }) {
  const { t } = useTranslation('entities');
  const licenses = useLiveQuery(() => licensesOfEntity(db(), entity.id), [entity.id]);
  const blocked = licenses !== undefined && licenses.length > 0;
  return (
    <Dialog open onClose={onCancel} aria-labelledby="delete-entity-title">
      <DialogTitle id="delete-entity-title">
        {blocked ? t('delete.blockedTitle', { name: entity.name }) : t('delete.title', { name: entity.name })}
      </DialogTitle>
      <DialogContent>
        {blocked ? (
          <>
            <Alert severity="warning">{t('delete.blocked', { count: licenses.length, name: entity.name })}</Alert>
            <List dense aria-label={t('delete.licensesLabel', { name: entity.name })}>
              {[...licenses]
                .sort((a, b) => a.sen.localeCompare(b.sen))
                .map((l) => (
                  <ListItem key={l.id}>
                    <ListItemText
                      primary={`${l.sen} · ${t(`keys:products.${l.product}`)} ${l.tier} (${t(`keys:deployments.${l.deployment}`)})`}
                    />
                  </ListItem>
                ))}
            </List>
          </>
        ) : (
          <DialogContentText>{t('delete.body')}</DialogContentText>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{blocked ? t('common:close') : t('common:cancel')}</Button>
        {!blocked && (
          <Button color="error" variant="contained" disabled={licenses === undefined} onClick={onDelete}>
            {t('delete.confirm')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
