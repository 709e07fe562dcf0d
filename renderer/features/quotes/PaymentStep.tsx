import { Alert, FormControlLabel, FormLabel, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { allowedPaymentMethods } from '../../../shared/licensing/payment';
import type { PaymentChoice, Quote } from '../../../shared/quote';
import type { DraftEdit } from './use-draft-autosave';

interface Props {
  quote: Quote;
  update: (edit: DraftEdit) => void;
  stepError: string;
}

/** "Pay now via credit card" or "Get a Quote" (R-ORD-3), with the accepted methods and Net 0 terms (R-PAY-1). */
export function PaymentStep({ quote, update, stepError }: Props) {
  const { t } = useTranslation('quotes');
  const methods = allowedPaymentMethods(
    quote.organization.country,
    quote.lines.map((e) => e.line.kind),
  );
  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <div>
        <FormLabel id="payment-choice">{t('payment.label')}</FormLabel>
        <RadioGroup
          aria-labelledby="payment-choice"
          value={quote.paymentChoice ?? ''}
          onChange={(e) => update((q) => ({ ...q, paymentChoice: e.target.value as PaymentChoice }))}
        >
          <FormControlLabel value="card" control={<Radio />} label={t('payment.card')} />
          <FormControlLabel value="quote" control={<Radio />} label={t('payment.quote')} />
        </RadioGroup>
      </div>
      {quote.paymentChoice === 'card' && <Alert severity="info">{t('payment.cardNote')}</Alert>}
      {stepError && (
        <Alert severity="error" role="alert">
          {stepError}
        </Alert>
      )}
      <Typography variant="body2">{t('domain:payment.terms')}</Typography>
      <Typography variant="body2">
        {t('payment.methods', { methods: methods.map((m) => t(`domain:payment.method.${m}`)).join(', ') })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('payment.noPoTerms')}
      </Typography>
    </Stack>
  );
}
