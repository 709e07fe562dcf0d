import { Alert, Button, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../shared/entity';
import { useNavigation } from '../../store/navigation';

interface Props {
  entities: readonly Entity[];
  label: string;
  value: string;
  onChange: (id: string) => void;
  helperText?: string | undefined;
  error?: string | undefined;
  /** Offers to add a new entity (value NEW_ENTITY) with this label; with no entity yet, the field is not needed at all. */
  newEntityLabel?: string | undefined;
}

/** The value of EntityField's "add a new entity" choice. */
export const NEW_ENTITY = 'new-entity';

/** Picks the entity a license is for; with no entity yet, says so and leads to the Entities screen. */
export function EntityField({ entities, label, value, onChange, helperText, error, newEntityLabel }: Props) {
  const { t } = useTranslation('licenses');
  if (entities.length === 0 && newEntityLabel !== undefined) return null;
  if (entities.length === 0) {
    return (
      <Alert
        severity="info"
        action={
          <Button color="inherit" size="small" onClick={() => useNavigation.getState().go({ screen: 'entities' })}>
            {t('actions.goToEntities')}
          </Button>
        }
      >
        {t('addFromKey.noEntities')}
      </Alert>
    );
  }
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      required
      error={Boolean(error)}
      helperText={error ?? helperText}
    >
      {newEntityLabel !== undefined && <MenuItem value={NEW_ENTITY}>{newEntityLabel}</MenuItem>}
      {entities.map((e) => (
        <MenuItem key={e.id} value={e.id}>
          {e.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
