import { Autocomplete, Box, createFilterOptions, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../ui/countries';
import type { OrganizationOption } from './customer-options';

interface Props {
  value: string;
  options: readonly OrganizationOption[];
  /** The name as typed: always kept, also after picking. */
  onType: (name: string) => void;
  onPick: (option: OrganizationOption) => void;
  error: boolean;
  helperText: string | undefined;
}

const byTypedText = createFilterOptions<OrganizationOption>();

/** The Organization field: typed freely, or picked from those already used, and editable after picking. */
export function OrganizationPicker({ value, options, onType, onPick, error, helperText }: Props) {
  const { t, i18n } = useTranslation('quotes');
  // The list narrows to what the user types once the list is open, not to a name already in the field (prefilled from
  // the profile or picked before): opening it shows every organization used before, to pick another.
  const [typedSinceOpen, setTypedSinceOpen] = useState(false);
  return (
    <Autocomplete<OrganizationOption, false, false, true>
      freeSolo
      options={options}
      value={null}
      inputValue={value}
      onOpen={() => setTypedSinceOpen(false)}
      filterOptions={(all, state) => (typedSinceOpen ? byTypedText(all, state) : all)}
      onInputChange={(_e, text, reason) => {
        if (reason === 'input') setTypedSinceOpen(true);
        if (reason === 'input' || reason === 'clear') onType(text);
      }}
      onChange={(_e, picked) => {
        if (picked === null) return;
        if (typeof picked === 'string') onType(picked);
        else onPick(picked);
      }}
      getOptionLabel={(o) => (typeof o === 'string' ? o : o.name)}
      getOptionKey={(o) => (typeof o === 'string' ? o : `${o.source}|${o.name}`)}
      renderOption={({ key, ...props }, o) => (
        <Box component="li" key={key} {...props} sx={{ flexDirection: 'column', alignItems: 'flex-start !important' }}>
          <span>{o.name}</span>
          <Typography variant="caption" color="text.secondary">
            {[t(`customer.source.${o.source}`), o.address.split('\n')[0], o.country && countryName(o.country, i18n.language)]
              .filter(Boolean)
              .join(' · ')}
          </Typography>
        </Box>
      )}
      renderInput={(params) => (
        <TextField {...params} label={t('fields.organization')} required error={error} helperText={helperText ?? t('customer.pickHelp')} />
      )}
    />
  );
}
