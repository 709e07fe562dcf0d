import { Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Forecast } from '../../../shared/budget/forecast';
import { money } from './format';

export const SUMMARY_ID = 'budget-summary';

/** Totals per entity and fiscal year, and for all (R-BUD-2): the figures the chart draws, for everyone who does not see it. */
export function BudgetSummary({ forecast }: { forecast: Forecast }) {
  const { t, i18n } = useTranslation('budget');
  const years = Array.from({ length: forecast.yearCount }, (_, i) => i);
  const lang = i18n.language;
  return (
    <Table size="small" id={SUMMARY_ID} sx={{ mb: 3 }}>
      <caption style={{ captionSide: 'top', textAlign: 'left' }}>
        <Typography variant="h6" component="span">
          {t('summary.caption', { currency: forecast.currency })}
        </Typography>
      </caption>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {t('summary.entity')}
          </TableCell>
          {years.map((i) => (
            <TableCell key={i} component="th" scope="col" align="right">
              {t(`year.${i}`)}
            </TableCell>
          ))}
          <TableCell component="th" scope="col" align="right">
            {t('summary.total')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {forecast.entities.map((e) => (
          <TableRow key={e.entity.id}>
            <TableCell component="th" scope="row">
              {e.entity.name}
            </TableCell>
            {e.years.map((y) => (
              <TableCell key={y.fiscalYear.index} align="right">
                {money(y.total, lang)}
              </TableCell>
            ))}
            <TableCell align="right">{money(e.total, lang)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell component="th" scope="row" sx={{ fontWeight: 700, color: 'text.primary' }}>
            {t('summary.grandTotal')}
          </TableCell>
          {forecast.yearTotals.map((m, i) => (
            <TableCell key={i} align="right" sx={{ fontWeight: 700, color: 'text.primary' }}>
              {money(m, lang)}
            </TableCell>
          ))}
          <TableCell align="right" sx={{ fontWeight: 700, color: 'text.primary' }} data-testid="budget-grand-total">
            {money(forecast.grandTotal, lang)}
          </TableCell>
        </TableRow>
      </TableFooter>
    </Table>
  );
}
