import SearchIcon from '@mui/icons-material/Search';
import { InputAdornment, TextField } from '@mui/material';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

/** The list's search box (SEN or entity name): a plain controlled input, the only thing a keystroke draws at once. */
export const LicenseSearch = memo(function LicenseSearch({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('licenses');
  return (
    <TextField
      type="search"
      size="small"
      label={t('list.search')}
      placeholder={t('list.searchHelp')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      sx={{ minWidth: 220 }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
});
