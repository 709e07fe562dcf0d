import SearchIcon from '@mui/icons-material/Search';
import { Box, InputBase } from '@mui/material';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The list's search box (SEN or entity name): a plain controlled input, the only thing a keystroke draws at once. An
 * InputBase with its own label rather than a TextField, whose select and menu code the first screen does not need.
 */
export const LicenseSearch = memo(function LicenseSearch({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('licenses');
  const id = useId();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', minWidth: 220 }}>
      <Box component="label" htmlFor={id} sx={{ typography: 'caption', color: 'text.secondary', px: 0.5 }}>
        {t('list.search')}
      </Box>
      <InputBase
        id={id}
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={t('list.searchHelp')}
        startAdornment={<SearchIcon fontSize="small" sx={{ mr: 1, color: 'text.secondary' }} />}
        sx={{
          typography: 'body2',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          px: 1,
          py: 0.25,
          '&.Mui-focused': { borderColor: 'primary.main', boxShadow: (theme) => `inset 0 0 0 1px ${theme.palette.primary.main}` },
        }}
      />
    </Box>
  );
});
