import { Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatPercent } from '../../../shared/money/format';
import type { PricedQuote } from '../../../shared/pricing/price-quote';
import type { PriceBook } from '../../../shared/pricing/price-book';
import { ExchangeNote } from './ExchangeNote';
import { toLocale } from './format';
import { describeLine, lineSen, periodText } from './line-text';
import { Ltr } from '../../ui/Ltr';

/** Every price step of every line as the domain computed it: list, promotion, academic, net; then the totals and no tax (R-DISC-2, R-TAX-1). */
export function PriceSteps({ priced, book }: { priced: PricedQuote; book: PriceBook }) {
  const { t, i18n } = useTranslation('quotes');
  const locale = toLocale(i18n.language);
  return (
    <>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('review.prices')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('review.step')}</TableCell>
              <TableCell align="right">{t('review.amount')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {priced.lines.map((line, i) => (
              <Fragment key={line.line.id ?? i}>
                <TableRow sx={{ bgcolor: 'action.hover' }}>
                  <TableCell colSpan={2} component="th" scope="rowgroup" sx={{ fontWeight: 700 }}>
                    {`${i + 1}. ${describeLine(t, line.line, book)} · ${t('review.sen', { sen: lineSen(t, line.line) })} · ${periodText(t, line, locale)}`}
                  </TableCell>
                </TableRow>
                {priced.currency !== 'EUR' && (
                  <TableRow>
                    <TableCell>{t('review.listPriceEur')}</TableCell>
                    <TableCell align="right">
                      <Ltr>{formatMoney(line.listEur, locale)}</Ltr>
                    </TableCell>
                  </TableRow>
                )}
                <TableRow>
                  <TableCell>{t('review.listPrice')}</TableCell>
                  <TableCell align="right">
                    <Ltr>{formatMoney(line.list, locale)}</Ltr>
                  </TableCell>
                </TableRow>
                {line.steps.map((step) => (
                  <TableRow key={step.kind}>
                    <TableCell>{t(`domain:discount.${step.kind}`, { percent: formatPercent(step.percent, locale) })}</TableCell>
                    <TableCell align="right">
                      <Ltr>−{formatMoney(step.discount, locale)}</Ltr>
                    </TableCell>
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell>{line.span ? t('review.lineNetEstimate') : t('review.lineNet')}</TableCell>
                  <TableCell align="right">
                    <Ltr>{formatMoney(line.net, locale)}</Ltr>
                  </TableCell>
                </TableRow>
              </Fragment>
            ))}
            <TableRow>
              <TableCell component="th" scope="row">
                {t('review.totalList')}
              </TableCell>
              <TableCell align="right">
                <Ltr>{formatMoney(priced.totals.list, locale)}</Ltr>
              </TableCell>
            </TableRow>
            <TableRow>
              <TableCell component="th" scope="row">
                {t('review.totalDiscount')}
              </TableCell>
              <TableCell align="right">
                <Ltr>−{formatMoney(priced.totals.discount, locale)}</Ltr>
              </TableCell>
            </TableRow>
            <TableRow>
              <TableCell component="th" scope="row" sx={{ fontWeight: 700 }}>
                {t('review.total', { currency: priced.currency })}
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 700 }} data-testid="quote-total">
                <Ltr>{formatMoney(priced.totals.net, locale)}</Ltr>
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </TableContainer>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {t('domain:quote.noTax')}
      </Typography>
      <ExchangeNote exchange={priced.exchange} />
    </>
  );
}
