import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { monthName } from './format';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** A fiscal year's first month (R-BUD-1); `inherit` offers "as the organization" as the empty choice. */
export function MonthSelect({
  label,
  value,
  onChange,
  inherit,
}: {
  label: string;
  value: number | null;
  onChange: (month: number | null) => void;
  inherit?: string;
}) {
  const { i18n } = useTranslation();
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value === null ? '' : String(value)}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      sx={{ minWidth: 220 }}
      slotProps={{ select: { displayEmpty: inherit !== undefined }, inputLabel: { shrink: true } }}
    >
      {inherit !== undefined && <MenuItem value="">{inherit}</MenuItem>}
      {MONTHS.map((m) => (
        <MenuItem key={m} value={String(m)}>
          {monthName(m, i18n.language)}
        </MenuItem>
      ))}
    </TextField>
  );
}
