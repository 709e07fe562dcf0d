import { Box, useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import type { Forecast } from '../../../shared/budget/forecast';
import { toMajor } from '../../../shared/money/format';
import { money } from './format';
import { SUMMARY_ID } from './BudgetSummary';

/**
 * One bar per fiscal year, stacked by entity. Loaded with React.lazy by the screen, so the chart library is
 * fetched only when a forecast is drawn. An image to assistive technology: the totals table next to it says the same.
 */
export default function BudgetChart({ forecast }: { forecast: Forecast }) {
  const { t, i18n } = useTranslation('budget');
  const years = Array.from({ length: forecast.yearCount }, (_, i) => t(`year.${i}`));
  const currency = forecast.currency;
  // The chart library turns its texts with the theme but not its axes: right to left, the amounts' axis goes on the
  // right and the years run from the right, this year first.
  const rtl = useTheme().direction === 'rtl';
  return (
    <Box role="img" aria-label={t('chart.label')} aria-describedby={SUMMARY_ID} sx={{ height: 320, mb: 2 }} data-testid="budget-chart">
      <BarChart
        xAxis={[{ scaleType: 'band', data: years, reverse: rtl }]}
        yAxis={[
          {
            width: 90,
            position: rtl ? 'right' : 'left',
            valueFormatter: (v: number) => money({ amount: Math.round(v * 100), currency }, i18n.language),
          },
        ]}
        series={forecast.entities.map((e) => ({
          id: e.entity.id,
          label: e.entity.name,
          stack: 'total',
          data: e.years.map((y) => toMajor(y.total)),
          valueFormatter: (v: number | null) => (v === null ? '' : money({ amount: Math.round(v * 100), currency }, i18n.language)),
        }))}
        height={320}
      />
    </Box>
  );
}
