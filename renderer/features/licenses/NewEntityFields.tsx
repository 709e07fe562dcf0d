import { Alert, MenuItem, Stack, TextField } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_KINDS, type EntityKind } from '../../../shared/catalog';
import { countryOptions } from '../../ui/countries';

/** The entity to add with a license: its name comes from the key, its kind and country from the user. */
export interface NewEntityValue {
  readonly name: string;
  readonly kind: EntityKind;
  readonly country: string;
}

interface Props {
  value: NewEntityValue;
  /** The entity the key names. */
  keyEntity: string;
  onChange: (value: NewEntityValue) => void;
  /** Message keys by field, from the entity check. */
  errors: Readonly<Record<string, string>>;
}

/** Adds the entity a key names right in the key dialog, so the first key of an empty app goes in in one step (R-LIC-1, R-LIC-3). */
export function NewEntityFields({ value, keyEntity, onChange, errors }: Props) {
  const { t, i18n } = useTranslation('licenses');
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const fieldError = (field: string) => (errors[field] ? t(errors[field], { name: value.name }) : undefined);
  return (
    <Stack spacing={2}>
      <Alert severity="info">{t('addFromKey.newEntity', { entity: keyEntity })}</Alert>
      <TextField
        label={t('entities:fields.name')}
        value={value.name}
        onChange={(e) => onChange({ ...value, name: e.target.value })}
        required
        error={Boolean(errors.name)}
        helperText={fieldError('name')}
      />
      <TextField
        select
        label={t('entities:fields.kind')}
        value={value.kind}
        onChange={(e) => onChange({ ...value, kind: e.target.value as EntityKind })}
      >
        {ENTITY_KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {t(`entities:kinds.${k}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('entities:fields.country')}
        value={value.country}
        onChange={(e) => onChange({ ...value, country: e.target.value })}
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
    </Stack>
  );
}
