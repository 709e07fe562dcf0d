import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_KINDS, type EntityKind } from '../../../shared/catalog';
import type { Entity, EntityInput } from '../../../shared/entity';
import type { EntityResult } from '../../db/repos/entities';
import { countryOptions } from '../../ui/countries';

interface Props {
  open: boolean;
  entity?: Entity;
  onClose: () => void;
  onSubmit: (input: EntityInput) => Promise<EntityResult>;
}

/** Adds or edits an entity; errors show under the field they concern, in the user's language. */
export function EntityDialog({ open, entity, onClose, onSubmit }: Props) {
  const { t, i18n } = useTranslation('entities');
  const [name, setName] = useState(entity?.name ?? '');
  const [kind, setKind] = useState<EntityKind>(entity?.kind ?? 'library');
  const [country, setCountry] = useState(entity?.country ?? '');
  const [notes, setNotes] = useState(entity?.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const [saving, setSaving] = useState(false);
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    const result = await onSubmit({ name, kind, country, notes });
    setSaving(false);
    if (result.ok) return onClose();
    setErrors(result.fieldErrors ?? {});
    setFormError(result.fieldErrors ? '' : t(result.error.messageKey, result.error.params));
  };

  const fieldError = (field: string) => (errors[field] ? t(errors[field], { name }) : undefined);

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="entity-dialog-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="entity-dialog-title">{entity ? t('edit.title') : t('add.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TextField
              label={t('fields.name')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              autoFocus
              error={Boolean(errors.name)}
              helperText={fieldError('name') ?? t('fields.nameHelp')}
            />
            <TextField select label={t('fields.kind')} value={kind} onChange={(e) => setKind(e.target.value as EntityKind)}>
              {ENTITY_KINDS.map((k) => (
                <MenuItem key={k} value={k}>
                  {t(`kinds.${k}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t('fields.country')}
              value={country}
              onChange={(e) => setCountry(e.target.value)}
              required
              error={Boolean(errors.country)}
              helperText={fieldError('country')}
            >
              {countries.map((c) => (
                <MenuItem key={c.code} value={c.code}>
                  {c.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={t('fields.notes')}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
              multiline
              minRows={2}
              error={Boolean(errors.notes)}
              helperText={fieldError('notes')}
            />
            {formError && (
              <Alert severity="error" role="alert">
                {formError}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving}>
            {t('common:save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
