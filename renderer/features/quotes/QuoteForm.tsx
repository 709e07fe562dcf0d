import ArrowBack from '@mui/icons-material/ArrowBack';
import { mirrored } from '../../ui/mirrored';
import { Box, Button, Divider, Step, StepButton, Stepper, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCalendarDate } from '../../../shared/calendar';
import {
  checkContacts,
  checkReadyToSubmit,
  FORM_STEPS,
  organizationErrors,
  priceStoredQuote,
  type FormStep,
  type Quote,
} from '../../../shared/quote';
import { checkOptions } from '../../../shared/quote-options';
import { db } from '../../db/database';
import { submitQuote } from '../../db/repos/quotes';
import { useToast } from '../../store/toast';
import { useFocusFirstField } from '../../ui/use-focus-first-field';
import { useShownProblems } from '../../ui/use-shown-problems';
import { Cart } from './Cart';
import { ChooseOptionDialog } from './ChooseOptionDialog';
import { ContactsStep } from './ContactsStep';
import { errorText } from './errors';
import { optionSummaries } from './option-totals';
import { OptionsBar } from './OptionsBar';
import { OrganizationStep } from './OrganizationStep';
import { PaymentStep } from './PaymentStep';
import { usePdfDownload } from './pdf/use-pdf-download';
import { ProductTabs, type ProductTab } from './ProductTabs';
import type { RenewPreset } from './RenewTab';
import { ReviewStep } from './ReviewStep';
import { useDraftAutosave } from './use-draft-autosave';
import type { QuoteData } from './use-quote-data';

// "Back" points to where the reader came from: to the right in a right-to-left window.
const ArrowBackIcon = mirrored(ArrowBack);

interface Props {
  initial: Quote;
  data: QuoteData;
  initialTab?: ProductTab;
  renewPreset?: RenewPreset;
  /** The license the Upgrade tab opens on (from License Details). */
  upgradeLicenseId?: string | undefined;
  onClose: () => void;
}

/** The Quote & Order Form: tabs and cart, contacts, step 3, payment, review and submit (R-ORD-1, R-ORD-3). Every change is saved as typed. */
export function QuoteForm({ initial, data, initialTab = 'new', renewPreset, upgradeLicenseId, onClose }: Props) {
  const { t, i18n } = useTranslation('quotes');
  const toast = useToast((s) => s.show);
  const { quote, update } = useDraftAutosave(initial, data.book, (error) =>
    toast({ severity: 'error', ns: 'quotes', message: (t) => errorText(t, error) }),
  );
  const pdf = usePdfDownload();
  const [choosing, setChoosing] = useState(false);
  const today = toCalendarDate(new Date());
  const { lines, currency, exchange, organization, cotermination } = quote;
  // Typing a name or an address does not change a price: only these do, so only they reprice.
  const priced = useMemo(
    () => priceStoredQuote({ ...quote, lines, currency, exchange, organization, cotermination }, data.book, today),
    [lines, currency, exchange, organization.country, cotermination, data.book, today],
  );
  const index = FORM_STEPS.indexOf(quote.step);
  const stepSection = useFocusFirstField<HTMLElement>(quote.step);
  // Checked against the quote as it is now, on every render, so a fixed error goes at once.
  const orgErrors = quote.step === 'organization' ? organizationErrors(quote.organization, quote.taxId) : {};
  // Every option must price on its own (R-MAINT-5, R-UPG-1), not only the one open.
  const optionsProblem = (): string => {
    if (!quote.options) return '';
    const checked = checkOptions(quote, data.book, today);
    return checked.ok ? '' : errorText(t, checked.error);
  };
  const problem = (): string => {
    if ((quote.step === 'cart' || quote.step === 'review') && optionsProblem()) return optionsProblem();
    if (quote.step === 'cart') {
      if (quote.lines.length === 0) return t('errors.cartEmpty');
      if (!priced.ok) return errorText(t, priced.error);
    }
    if (quote.step === 'contacts') {
      const contacts = checkContacts(quote.contacts);
      if (!contacts.ok) return errorText(t, contacts.error);
    }
    if (quote.step === 'organization' && Object.keys(orgErrors).length > 0) return t('errors.organizationIncomplete');
    if (quote.step === 'payment' && quote.paymentChoice === null) return t('errors.paymentRequired');
    if (quote.step === 'review') {
      const ready = checkReadyToSubmit(quote, data.book, new Date());
      if (!ready.ok) return errorText(t, ready.error);
    }
    return '';
  };
  const { shown, attempt, reset, refuse } = useShownProblems(
    { fields: orgErrors as Record<string, string>, form: problem() },
    quote.step,
    quote,
  );
  const stepError = shown.form;

  const goTo = (step: FormStep) => {
    reset();
    update((q) => ({ ...q, step }));
  };

  const next = () => {
    if (!attempt()) return;
    const following = FORM_STEPS[index + 1];
    if (following) goTo(following);
  };

  const send = async (optionId?: string): Promise<string> => {
    const result = await submitQuote(db(), quote.id, new Date(), optionId);
    if (!result.ok) return errorText(t, result.error);
    toast({ severity: 'success', ns: 'quotes', message: (t) => (navigator.onLine ? t('submit.queued') : t('submit.queuedOffline')) });
    onClose();
    return '';
  };
  const submit = async () => {
    if (!attempt()) return;
    // A quote with options asks which one is ordered: only that one is sent.
    if (quote.options) return setChoosing(true);
    const refusal = await send();
    if (refusal) refuse(refusal);
  };
  const options = optionSummaries(t, quote, data.book, today, i18n.language);

  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <Button startIcon={<ArrowBackIcon />} onClick={onClose}>
          {t('form.backToList')}
        </Button>
        <Typography variant="h5" component="h2" sx={{ flexGrow: 1 }}>
          {quote.officialNumber ? t('form.titleNumbered', { number: quote.officialNumber }) : t('form.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" role="status">
          {t('form.autosaved')}
        </Typography>
      </Box>
      <Stepper nonLinear activeStep={index} sx={{ mb: 3, flexWrap: 'wrap', rowGap: 1 }}>
        {FORM_STEPS.map((step, i) => (
          <Step key={step} completed={i < index}>
            <StepButton onClick={() => i < index && goTo(step)} disabled={i > index}>
              {t(`steps.${step}`)}
            </StepButton>
          </Step>
        ))}
      </Stepper>
      <Box component="section" aria-label={t(`steps.${quote.step}`)} ref={stepSection} tabIndex={-1}>
        {quote.step === 'cart' && (
          <OptionsBar quote={quote} book={data.book} today={today} update={update}>
            <ProductTabs
              quote={quote}
              update={update}
              data={data}
              today={today}
              initialTab={initialTab}
              renewPreset={renewPreset}
              upgradeLicenseId={upgradeLicenseId}
            />
            <Divider sx={{ my: 3 }} />
            <Typography variant="h6" component="h3" gutterBottom>
              {t('cart.title')}
            </Typography>
            <Cart quote={quote} priced={priced} book={data.book} update={update} />
          </OptionsBar>
        )}
        {quote.step === 'contacts' && <ContactsStep quote={quote} update={update} stepError={stepError} />}
        {quote.step === 'organization' && <OrganizationStep quote={quote} update={update} book={data.book} errors={shown.fields} />}
        {quote.step === 'payment' && <PaymentStep quote={quote} update={update} stepError={stepError} />}
        {quote.step === 'review' && options.length > 0 && (
          <Box component="ul" aria-label={t('options.label')} sx={{ mt: 0, mb: 2 }}>
            {options.map((o) => (
              <li key={o.id}>{o.text}</li>
            ))}
          </Box>
        )}
        {quote.step === 'review' && (
          <ReviewStep
            quote={quote}
            priced={priced}
            book={data.book}
            update={update}
            onDownload={() => void pdf.download(quote, data.book)}
            pdfBusy={pdf.busy}
            onSubmit={() => void submit()}
            submitError={stepError}
          />
        )}
      </Box>
      {choosing && <ChooseOptionDialog options={options} onChoose={send} onClose={() => setChoosing(false)} />}
      {(quote.step === 'cart' || quote.step === 'organization') && stepError && (
        <Typography role="alert" color="error" sx={{ mt: 2 }}>
          {stepError}
        </Typography>
      )}
      <Box sx={{ display: 'flex', gap: 2, mt: 3 }}>
        {index > 0 && <Button onClick={() => goTo(FORM_STEPS[index - 1] as FormStep)}>{t('form.back')}</Button>}
        {quote.step !== 'review' && (
          <Button variant="contained" onClick={next}>
            {quote.step === 'cart' ? t('form.checkout') : quote.step === 'payment' ? t('form.review') : t('form.continue')}
          </Button>
        )}
      </Box>
    </Box>
  );
}
