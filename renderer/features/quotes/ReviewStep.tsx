import { Alert, Box, Button, Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/errors';
import type { PricedQuote } from '../../../shared/pricing/price-quote';
import type { PriceBook } from '../../../shared/pricing/price-book';
import { promotionEndingBeforeValidity } from '../../../shared/pricing/promotion-ending';
import { checkPoNumber, PO_NUMBER_MAX, printedTaxIds, type Quote } from '../../../shared/quote';
import { countryName } from '../../ui/countries';
import { errorText } from './errors';
import { HandOverNotice } from './HandOverNotice';
import { PdfProgress } from './PdfProgress';
import { PriceSteps } from './PriceSteps';
import { promotionEndingText } from './promotion-text';
import { syncSummary } from './sync-summary';
import { useAccountEmail } from './use-account-email';
import type { DraftEdit } from './use-draft-autosave';
import { ltrInputProps } from '../../ui/Ltr';

interface Props {
  quote: Quote;
  priced: Result<PricedQuote>;
  book: PriceBook;
  update: (edit: DraftEdit) => void;
  onDownload: () => void;
  pdfBusy: boolean;
  onSubmit: () => void;
  submitError: string;
}

/** "Review My Order": every price step, the PO number (R-ORD-6), the sales-review flag, then "Submit Order". */
export function ReviewStep({ quote, priced, book, update, onDownload, pdfBusy, onSubmit, submitError }: Props) {
  const { t, i18n } = useTranslation('quotes');
  const [poOn, setPoOn] = useState(quote.poNumber !== undefined);
  const [poText, setPoText] = useState(quote.poNumber ?? '');
  const poChecked = checkPoNumber(poText);
  const poError = poOn && !poChecked.ok ? errorText(t, poChecked.error) : '';
  const accountEmail = useAccountEmail();

  const typePo = (value: string) => {
    setPoText(value);
    const checked = checkPoNumber(value);
    // A refused PO stays in the field with its message; the draft keeps the last valid one.
    if (!checked.ok) return;
    update(({ poNumber: _old, ...rest }) => (checked.value === undefined ? rest : { ...rest, poNumber: checked.value }));
  };
  const org = quote.organization;
  const promotionEnding = priced.ok ? promotionEndingBeforeValidity(priced.value, book) : null;

  return (
    <Stack spacing={2}>
      <Box>
        <Typography variant="subtitle2">{t('review.customer')}</Typography>
        <Typography>
          {org.name} · {t('pdf.licensee', { name: org.licensee })} · {org.country ? countryName(org.country, i18n.language) : ''}
        </Typography>
        {printedTaxIds(quote).map((tax) => (
          <Typography key={tax.kind}>{`${t(`taxId.${tax.kind}`)}: ${tax.value}`}</Typography>
        ))}
        <Typography>
          {t('review.contacts', { emails: quote.contacts.map((c) => `${c.email} (${t(`contacts.role.${c.role}`)})`).join(', ') })}
        </Typography>
        <Typography>{quote.paymentChoice === 'card' ? t('payment.card') : t('payment.quote')}</Typography>
        {quote.reseller && <Typography>{t('pdf.reseller')}</Typography>}
      </Box>
      <HandOverNotice quote={quote} email={accountEmail} update={update} />
      {quote.flaggedForReview && (
        <Alert severity="warning" role="status">
          {t('review.flagged')}
        </Alert>
      )}
      {syncSummary(t, quote, i18n.language).map((text) => (
        <Typography key={text}>{text}</Typography>
      ))}
      {promotionEnding && (
        <Alert severity="warning" role="status">
          {promotionEndingText(t, promotionEnding, i18n.language)}
        </Alert>
      )}
      {priced.ok ? (
        <PriceSteps priced={priced.value} book={book} />
      ) : (
        <Alert severity="error" role="alert">
          {errorText(t, priced.error)}
        </Alert>
      )}
      <Box>
        <FormControlLabel
          control={
            <Checkbox
              checked={poOn}
              onChange={(e) => {
                setPoOn(e.target.checked);
                if (!e.target.checked) {
                  setPoText('');
                  update(({ poNumber: _old, ...rest }) => rest);
                }
              }}
            />
          }
          label={t('review.poCheckbox')}
        />
        {poOn && (
          <TextField
            label={t('fields.poNumber')}
            value={poText}
            onChange={(e) => typePo(e.target.value)}
            error={Boolean(poError)}
            helperText={poError || t('fields.poHelp', { max: PO_NUMBER_MAX })}
            fullWidth
            slotProps={{ htmlInput: ltrInputProps }}
          />
        )}
      </Box>
      <Typography variant="body2" color="text.secondary">
        {t('review.draftNote')}
      </Typography>
      <PdfProgress busy={pdfBusy} />
      {submitError && (
        <Alert severity="error" role="alert">
          {submitError}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Button variant="outlined" onClick={onDownload} disabled={pdfBusy || !priced.ok}>
          {t('actions.downloadPdf')}
        </Button>
        <Button variant="contained" onClick={onSubmit}>
          {t('actions.submit')}
        </Button>
      </Box>
    </Stack>
  );
}
