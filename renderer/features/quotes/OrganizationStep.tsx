import { Alert, Box, MenuItem, Stack, TextField } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALGERIA, CURRENCIES, type Currency } from '../../../shared/catalog';
import { exchangeSnapshot } from '../../../shared/pricing/currency';
import type { PriceBook } from '../../../shared/pricing/price-book';
import { QUOTE_LANGUAGES, TAX_ID_KINDS, type Organization, type Quote, type QuoteLanguage, type TaxIdKind } from '../../../shared/quote';
import { countryOptions } from '../../ui/countries';
import { errorText } from './errors';
import type { OrganizationOption } from './customer-options';
import { ExchangeNote } from './ExchangeNote';
import { OrganizationPicker } from './OrganizationPicker';
import { useCustomerOptions } from './use-customer-options';
import type { DraftEdit } from './use-draft-autosave';
import { ltrInputProps } from '../../ui/Ltr';

interface Props {
  quote: Quote;
  update: (edit: DraftEdit) => void;
  book: PriceBook;
  /** Message keys by field, from the last refused "Continue". */
  errors: Partial<Record<string, string>>;
}

/** Step 3: Licensee and Organization details, tax ID (R-TAX-1), quote currency (R-CUR-1) and language. */
export function OrganizationStep({ quote, update, book, errors }: Props) {
  const { t, i18n } = useTranslation('quotes');
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  // The refused choices are kept, not their messages: each message shows while it is still true.
  const [refusedCountry, setRefusedCountry] = useState<string | null>(null);
  const [refusedCurrency, setRefusedCurrency] = useState<Currency | null>(null);
  const org = quote.organization;
  const countryError = refusedCountry !== null && quote.currency === 'DZD' ? t('domain:currency.dzdOutsideAlgeria') : '';
  const refusal =
    refusedCurrency !== null && refusedCurrency !== quote.currency ? exchangeSnapshot(book, refusedCurrency, org.country) : undefined;
  const currencyError = refusal && !refusal.ok ? errorText(t, refusal.error) : '';
  const setOrg = <K extends keyof Organization>(key: K, value: Organization[K]) =>
    update((q) => ({ ...q, organization: { ...q.organization, [key]: value } }));
  const fieldError = (field: string) => (errors[field] ? t(errors[field]) : undefined);

  const changeCountry = (country: string) => {
    // DZD is for Algeria only: moving a DZD quote elsewhere is refused, not silently re-priced (R-CUR-1).
    if (quote.currency === 'DZD' && country !== ALGERIA) return setRefusedCountry(country);
    setRefusedCountry(null);
    setOrg('country', country as Organization['country']);
  };

  const { organizations } = useCustomerOptions(quote.id);
  // A picked organization fills what it knows; every field stays editable after.
  const pick = (o: OrganizationOption) => {
    update((q) => ({
      ...q,
      organization: {
        ...q.organization,
        name: o.name,
        ...(o.licensee ? { licensee: o.licensee } : {}),
        ...(o.address ? { address: o.address } : {}),
      },
    }));
    if (o.country && o.country !== org.country) changeCountry(o.country);
  };

  const changeCurrency = (currency: Currency) => {
    const snapshot = exchangeSnapshot(book, currency, org.country);
    if (!snapshot.ok) return setRefusedCurrency(currency);
    setRefusedCurrency(null);
    update((q) => ({ ...q, currency, exchange: snapshot.value }));
  };

  const taxKind = quote.taxId?.kind ?? '';
  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <TextField
        label={t('fields.licensee')}
        value={org.licensee}
        onChange={(e) => setOrg('licensee', e.target.value)}
        required
        error={Boolean(errors.licensee)}
        helperText={fieldError('licensee') ?? t('fields.licenseeHelp')}
      />
      <OrganizationPicker
        value={org.name}
        options={organizations}
        onType={(name) => setOrg('name', name)}
        onPick={pick}
        error={Boolean(errors.name)}
        helperText={fieldError('name')}
      />
      <TextField
        label={t('fields.address')}
        value={org.address}
        onChange={(e) => setOrg('address', e.target.value)}
        required
        multiline
        minRows={2}
        error={Boolean(errors.address)}
        helperText={fieldError('address')}
      />
      <TextField
        select
        label={t('fields.country')}
        value={org.country}
        onChange={(e) => changeCountry(e.target.value)}
        required
        error={Boolean(errors.country || countryError)}
        helperText={countryError || fieldError('country')}
      >
        {countries.map((c) => (
          <MenuItem key={c.code} value={c.code}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <TextField
          select
          label={t('fields.taxIdKind')}
          value={taxKind}
          onChange={(e) => {
            const kind = e.target.value as TaxIdKind | '';
            update((q) => ({ ...q, taxId: kind === '' ? null : { kind, value: q.taxId?.value ?? '' } }));
          }}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{t('taxId.none')}</MenuItem>
          {TAX_ID_KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {t(`taxId.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        {quote.taxId && (
          <TextField
            label={t('fields.taxIdValue')}
            value={quote.taxId.value}
            onChange={(e) => update((q) => ({ ...q, taxId: q.taxId ? { ...q.taxId, value: e.target.value } : null }))}
            error={Boolean(errors.taxId)}
            helperText={fieldError('taxId')}
            slotProps={{ htmlInput: { ...ltrInputProps, maxLength: 50 } }}
            sx={{ flex: '1 1 240px' }}
          />
        )}
      </Box>
      <Alert severity="info">{t('domain:quote.noTax')}</Alert>
      <TextField
        select
        label={t('fields.currency')}
        value={quote.currency}
        onChange={(e) => changeCurrency(e.target.value as Currency)}
        error={Boolean(currencyError)}
        helperText={currencyError || t('fields.currencyHelp')}
      >
        {CURRENCIES.map((c) => (
          <MenuItem key={c} value={c}>
            {t(`currency.${c}`)}
          </MenuItem>
        ))}
      </TextField>
      <ExchangeNote exchange={quote.exchange} />
      <TextField
        select
        label={t('fields.language')}
        value={quote.language}
        onChange={(e) => update((q) => ({ ...q, language: e.target.value as QuoteLanguage }))}
        helperText={t('fields.languageHelp')}
      >
        {QUOTE_LANGUAGES.map((l) => (
          <MenuItem key={l} value={l}>
            {t(`language.${l}`)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
