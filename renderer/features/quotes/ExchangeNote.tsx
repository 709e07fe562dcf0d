import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ExchangeSnapshot } from '../../../shared/pricing/currency';
import { exchangeText } from './exchange-text';

/** The rate, margin and date a non-EUR quote is priced with (R-CUR-1); nothing for EUR. */
export function ExchangeNote({ exchange }: { exchange: ExchangeSnapshot }) {
  const { t, i18n } = useTranslation('quotes');
  if (exchange.currency === 'EUR') return null;
  return (
    <Typography variant="body2" color="text.secondary" data-testid="exchange-note">
      {exchangeText(t, exchange, i18n.language)}
    </Typography>
  );
}
