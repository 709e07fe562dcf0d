import { Box, Button, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { EntityYear } from '../../../shared/budget/forecast';
import { discountText, fiscalYearLabel, fiscalYearRange, formatDate, itemText, money } from './format';

/** One entity's fiscal year: each payment falling due, priced on its due date, and the year's total (R-BUD-3). */
export function YearTable({
  entityName,
  year,
  productName,
  onCreateQuote,
}: {
  entityName: string;
  year: EntityYear;
  productName: (id: string) => string;
  onCreateQuote: () => void;
}) {
  const { t, i18n } = useTranslation('budget');
  const lang = i18n.language;
  const label = fiscalYearLabel(t, year.fiscalYear);
  const caption = t('items.caption', { entity: entityName, year: label, range: fiscalYearRange(t, year.fiscalYear, lang) });
  return (
    <Box sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h3" sx={{ flexGrow: 1 }}>
          {t(`year.${year.fiscalYear.index}`)} · {label} · {fiscalYearRange(t, year.fiscalYear, lang)}
        </Typography>
        {year.items.length > 0 && (
          <Button
            size="small"
            variant="outlined"
            onClick={onCreateQuote}
            aria-label={t('createQuoteFor', { entity: entityName, year: label })}
          >
            {t('createQuote')}
          </Button>
        )}
      </Box>
      {year.items.length === 0 ? (
        <Typography color="text.secondary">{t('items.none')}</Typography>
      ) : (
        <Table size="small" aria-label={caption}>
          <TableHead>
            <TableRow>
              {(['due', 'license', 'what', 'list', 'discounts', 'net'] as const).map((c) => (
                <TableCell key={c} component="th" scope="col" align={c === 'list' || c === 'net' ? 'right' : 'left'}>
                  {t(`items.${c}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {year.items.map((item) => (
              <TableRow key={`${item.licenseId}-${item.due}`}>
                <TableCell>{formatDate(item.due, lang)}</TableCell>
                <TableCell>
                  {item.sen} · {productName(item.product)} {item.tier}
                </TableCell>
                <TableCell>
                  {itemText(t, item, lang)}
                  {item.inProgress ? ` · ${t('items.inProgress')}` : ''}
                </TableCell>
                <TableCell align="right">{money(item.list, lang)}</TableCell>
                <TableCell>{discountText(t, item, lang)}</TableCell>
                <TableCell align="right">{money(item.net, lang)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableCell colSpan={5} sx={{ fontWeight: 700, color: 'text.primary' }}>
                {t('items.total')}
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 700, color: 'text.primary' }}>
                {money(year.total, lang)}
              </TableCell>
            </TableRow>
          </TableFooter>
        </Table>
      )}
    </Box>
  );
}
