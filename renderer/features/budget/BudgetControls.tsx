import { Box, FormControlLabel, MenuItem, Switch, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { MAX_FORECAST_YEARS } from '../../../shared/budget/fiscal-year';
import { CURRENCIES } from '../../../shared/catalog';
import { MonthSelect } from './MonthSelect';
import type { BudgetView } from '../../db/repos/settings';
import type { ForecastChoices } from './use-forecast';

const YEARS = Array.from({ length: MAX_FORECAST_YEARS }, (_, i) => i + 1);

/** The forecast's options: how many fiscal years, the currency, what to count, and the organization's first month. */
export function BudgetControls({
  choices,
  onChoose,
  orgMonth,
  onOrgMonth,
}: {
  choices: ForecastChoices;
  onChoose: (patch: Partial<BudgetView>) => void;
  orgMonth: number;
  onOrgMonth: (month: number | null) => void;
}) {
  const { t } = useTranslation('budget');
  return (
    <Box
      component="section"
      aria-label={t('controls.label')}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 3 }}
    >
      <TextField
        select
        size="small"
        label={t('controls.years')}
        value={String(choices.years)}
        onChange={(e) => onChoose({ years: Number(e.target.value) })}
        sx={{ minWidth: 160 }}
      >
        {YEARS.map((n) => (
          <MenuItem key={n} value={String(n)}>
            {t('controls.yearsOption', { count: n })}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('controls.currency')}
        value={choices.currency}
        onChange={(e) => onChoose({ currency: e.target.value })}
        sx={{ minWidth: 120 }}
      >
        {CURRENCIES.map((c) => (
          <MenuItem key={c} value={c}>
            {c}
          </MenuItem>
        ))}
      </TextField>
      <MonthSelect label={t('controls.orgMonth')} value={orgMonth} onChange={onOrgMonth} />
      <FormControlLabel
        control={<Switch checked={choices.includeEvaluations} onChange={(e) => onChoose({ includeEvaluations: e.target.checked })} />}
        label={t('controls.evaluations')}
      />
      <FormControlLabel
        control={<Switch checked={choices.includeInProgress} onChange={(e) => onChoose({ includeInProgress: e.target.checked })} />}
        label={t('controls.inProgress')}
      />
    </Box>
  );
}
