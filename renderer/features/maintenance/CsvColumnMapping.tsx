import { Box, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CsvMapping } from '../../../shared/csv-columns';
import { CSV_COLUMNS, CSV_REQUIRED, type CsvColumn } from '../../../shared/csv-licenses';

interface Props {
  headers: readonly string[];
  mapping: CsvMapping;
  onChange: (mapping: CsvMapping) => void;
}

/** One choice per column the app reads: which header of the file feeds it, guessed first and changeable. */
export function CsvColumnMapping({ headers, mapping, onChange }: Props) {
  const { t } = useTranslation('maintenance');
  const set = (column: CsvColumn, header: string) => {
    const { [column]: _old, ...rest } = mapping;
    onChange(header === '' ? rest : { ...rest, [column]: header });
  };
  return (
    <Box
      role="group"
      aria-label={t('csv.mapping.label')}
      sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 1.5, mt: 1 }}
    >
      {CSV_COLUMNS.map((column) => {
        const required = CSV_REQUIRED.includes(column);
        const value = mapping[column] ?? '';
        return (
          <TextField
            key={column}
            select
            size="small"
            label={t(`csv.columns.${column}`)}
            value={value}
            required={required}
            error={required && value === ''}
            onChange={(e) => set(column, e.target.value)}
          >
            <MenuItem value="">{t('csv.mapping.none')}</MenuItem>
            {headers.map((h) => (
              <MenuItem key={h} value={h}>
                {h}
              </MenuItem>
            ))}
          </TextField>
        );
      })}
    </Box>
  );
}
