import { Alert, Box, FormControlLabel, Paper, Switch, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { EntityForecast } from '../../../shared/budget/forecast';
import { formatDate, money, monthName } from './format';
import { MonthSelect } from './MonthSelect';
import { YearTable } from './YearTable';

/** One entity's forecast: its own fiscal year start, the alignment what-if, each fiscal year and its total. */
export function EntityBudget({
  forecast,
  orgMonth,
  aligned,
  onAlign,
  onMonth,
  onCreateQuote,
  productName,
}: {
  forecast: EntityForecast;
  orgMonth: number;
  aligned: boolean;
  onAlign: () => void;
  onMonth: (month: number | null) => void;
  onCreateQuote: () => void;
  productName: (id: string) => string;
}) {
  const { t, i18n } = useTranslation('budget');
  const lang = i18n.language;
  const name = forecast.entity.name;
  const alignment = forecast.alignment;
  return (
    <Paper
      component="section"
      aria-labelledby={`budget-entity-${forecast.entity.id}`}
      variant="outlined"
      // A large customer's entities run to thousands of table cells: the browser lays out only those near the view
      // (a section's contents stay in the DOM and the accessibility tree).
      sx={{ p: 2, mb: 3, contentVisibility: 'auto', containIntrinsicSize: 'auto 480px' }}
    >
      <Typography variant="h5" component="h2" id={`budget-entity-${forecast.entity.id}`} gutterBottom>
        {name}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
        <MonthSelect
          label={t('entityMonth', { entity: name })}
          value={forecast.entity.fiscalStartMonth ?? null}
          onChange={onMonth}
          inherit={t('sameAsOrg', { month: monthName(orgMonth, lang) })}
        />
        <FormControlLabel control={<Switch checked={aligned} onChange={onAlign} />} label={t('align', { entity: name })} />
      </Box>
      {alignment?.ok === true && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('aligned', { date: formatDate(alignment.commonEnd, lang) })}
        </Alert>
      )}
      {alignment?.ok === false && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {alignment.error.code === 'maintenance.cotermTooFew' ? t('alignTooFew') : t(alignment.error.messageKey, alignment.error.params)}
        </Alert>
      )}
      {forecast.unpriced.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('unpriced', { count: forecast.unpriced.length })}{' '}
          {forecast.unpriced.map((u) => `${u.sen}: ${t(u.error.messageKey, u.error.params)}`).join('; ')}
        </Alert>
      )}
      {forecast.years.map((y) => (
        <YearTable key={y.fiscalYear.index} entityName={name} year={y} productName={productName} onCreateQuote={onCreateQuote} />
      ))}
      <Typography sx={{ fontWeight: 700 }}>{t('entityTotal', { entity: name, amount: money(forecast.total, lang) })}</Typography>
    </Paper>
  );
}
