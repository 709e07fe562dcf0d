import DeleteIcon from '@mui/icons-material/Delete';
import {
  Alert,
  IconButton,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/errors';
import { formatMoney } from '../../../shared/money/format';
import type { PricedQuote } from '../../../shared/pricing/price-quote';
import type { PriceBook } from '../../../shared/pricing/price-book';
import type { Quote } from '../../../shared/quote';
import { errorText } from './errors';
import { removeEntry } from './cart-check';
import { toLocale } from './format';
import { describeLine, lineSen, periodText } from './line-text';
import type { DraftEdit } from './use-draft-autosave';
import { Ltr, useLtrText } from '../../ui/Ltr';

interface Props {
  quote: Quote;
  priced: Result<PricedQuote>;
  book: PriceBook;
  update: (edit: DraftEdit) => void;
}

/** The cart: each line with its SEN, entity, maintenance dates and price, as the domain prices them. */
export function Cart({ quote, priced, book, update }: Props) {
  const { t, i18n } = useTranslation('quotes');
  const ltr = useLtrText();
  const locale = toLocale(i18n.language);
  if (quote.lines.length === 0) return <Typography color="text.secondary">{t('cart.empty')}</Typography>;
  const remove = (id: string) => update((q) => removeEntry(q, id));
  const senOf = (id: string) => {
    const anchor = quote.lines.find((e) => e.id === id)?.line;
    return anchor ? lineSen(t, anchor) : '';
  };
  const estimated = priced.ok && priced.value.lines.some((l) => l.span);
  return (
    <>
      {!priced.ok && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {errorText(t, priced.error)}
        </Alert>
      )}
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('cart.label')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('cart.item')}</TableCell>
              <TableCell>{t('cart.sen')}</TableCell>
              <TableCell>{t('cart.entity')}</TableCell>
              <TableCell>{t('cart.maintenance')}</TableCell>
              <TableCell align="right">{t('cart.list')}</TableCell>
              <TableCell align="right">{t('cart.net')}</TableCell>
              <TableCell align="right">{t('cart.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {quote.lines.map((entry, i) => {
              const line = priced.ok ? priced.value.lines[i] : undefined;
              const description = describeLine(t, entry.line, book);
              return (
                <TableRow key={entry.id}>
                  <TableCell component="th" scope="row">
                    {description}
                    {entry.syncedWith && (
                      <Typography variant="body2" color="text.secondary">
                        {t('cart.syncedWith', { sen: senOf(entry.syncedWith) })}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{lineSen(t, entry.line)}</TableCell>
                  <TableCell>{entry.entity?.name ?? t('fields.entityNone')}</TableCell>
                  <TableCell>{line ? periodText(t, line, locale) : '—'}</TableCell>
                  <TableCell align="right">{line ? <Ltr>{formatMoney(line.list, locale)}</Ltr> : '—'}</TableCell>
                  <TableCell align="right">
                    {line ? <Ltr>{formatMoney(line.net, locale)}</Ltr> : '—'}
                    {line?.span && (
                      <Typography variant="body2" color="text.secondary">
                        {t('cart.estimate')}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell align="right">
                    <Tooltip title={t('cart.remove', { item: description })}>
                      <IconButton aria-label={t('cart.remove', { item: description })} onClick={() => remove(entry.id)}>
                        <DeleteIcon />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {priced.ok && (
        <Typography sx={{ mt: 1, textAlign: 'right', fontWeight: 700 }}>
          {t('cart.total', { total: ltr(formatMoney(priced.value.totals.net, locale)) })}
        </Typography>
      )}
      {estimated && (
        <Typography variant="body2" sx={{ textAlign: 'right' }}>
          {t('cart.totalEstimate')}
        </Typography>
      )}
    </>
  );
}
