import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { Button, IconButton, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../shared/entity';
import { db } from '../../db/database';
import { addEntity, deleteEntity, listEntities, restoreEntity, updateEntity } from '../../db/repos/entities';
import { licenseCountsByEntity } from '../../db/repos/licenses';
import { useToast } from '../../store/toast';
import { countryName } from '../../ui/countries';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { DeleteEntityDialog } from './DeleteEntityDialog';
import { EntityDialog } from './EntityDialog';

/** Entities: the library, faculty or campus each license is for (R-LIC-1). */
export default function EntitiesScreen() {
  const { t, i18n } = useTranslation('entities');
  const entities = useLiveQuery(() => listEntities(db()), []);
  const counts = useLiveQuery(() => licenseCountsByEntity(db()), []);
  const [editing, setEditing] = useState<Entity | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Entity | null>(null);
  const toast = useToast((s) => s.show);

  const remove = async (entity: Entity) => {
    setDeleting(null);
    const result = await deleteEntity(db(), entity.id);
    if (!result.ok) return toast({ severity: 'error', ns: 'entities', message: (t) => t(result.error.messageKey, result.error.params) });
    toast({
      severity: 'success',
      ns: 'entities',
      message: (t) => t('deleted', { name: entity.name }),
      action: { label: (t) => t('common:undo'), run: () => void restoreEntity(db(), result.value) },
    });
  };

  const addButton = (
    <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
      {t('add.button')}
    </Button>
  );

  return (
    <>
      <ScreenHeader title={t('title')} actions={entities && entities.length > 0 ? addButton : undefined} />
      {entities === undefined ? null : entities.length === 0 ? (
        <EmptyState title={t('empty.title')} body={t('empty.body')} action={addButton} />
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label={t('table.label')} size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('fields.name')}</TableCell>
                <TableCell>{t('fields.kind')}</TableCell>
                <TableCell>{t('fields.country')}</TableCell>
                <TableCell align="right">{t('fields.licenses')}</TableCell>
                <TableCell>{t('fields.notes')}</TableCell>
                <TableCell align="right">{t('table.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {entities.map((e) => (
                <TableRow key={e.id} hover>
                  <TableCell component="th" scope="row">
                    {e.name}
                  </TableCell>
                  <TableCell>{t(`kinds.${e.kind}`)}</TableCell>
                  <TableCell>{countryName(e.country, i18n.language)}</TableCell>
                  <TableCell align="right">{counts?.get(e.id) ?? 0}</TableCell>
                  <TableCell sx={{ maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    {e.notes}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Tooltip title={t('edit.button', { name: e.name })}>
                      <IconButton aria-label={t('edit.button', { name: e.name })} onClick={() => setEditing(e)}>
                        <EditIcon />
                      </IconButton>
                    </Tooltip>
                    <Tooltip title={t('delete.button', { name: e.name })}>
                      <IconButton aria-label={t('delete.button', { name: e.name })} onClick={() => setDeleting(e)}>
                        <DeleteIcon />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}

      {editing && (
        <EntityDialog
          open
          entity={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSubmit={async (input) => {
            const result =
              editing === 'new'
                ? await addEntity(db(), input, new Date(), crypto.randomUUID())
                : await updateEntity(db(), editing.id, input, new Date());
            if (result.ok)
              toast({
                severity: 'success',
                ns: 'entities',
                message: (t) => t(editing === 'new' ? 'added' : 'saved', { name: result.value.name }),
              });
            return result;
          }}
        />
      )}

      {deleting && <DeleteEntityDialog entity={deleting} onCancel={() => setDeleting(null)} onDelete={() => void remove(deleting)} />}
    </>
  );
}
