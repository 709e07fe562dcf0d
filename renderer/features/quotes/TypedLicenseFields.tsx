import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PRODUCT_IDS, SOLD_LICENSE_TYPES, TIERS, type ProductId, type SoldLicenseType, type Tier } from '../../../shared/catalog';
import type { PriceBook } from '../../../shared/pricing/price-book';
import { productName } from './format';
import { ltrInputProps } from '../../ui/Ltr';

/** A license that is not stored here, described by the customer (R-LIC-4: anyone with the SEN and a contact email may order). */
export interface TypedLicense {
  sen: string;
  product: ProductId;
  tier: Tier;
  licenseType: SoldLicenseType;
  /** Renew: the current maintenance end. Upgrade: the original purchase date (optional). */
  date: string;
}

export const emptyTypedLicense: TypedLicense = { sen: '', product: 'conex-books', tier: 'Starter', licenseType: 'commercial', date: '' };

interface Props {
  value: TypedLicense;
  onChange: (next: TypedLicense) => void;
  book: PriceBook;
  tierLabel: string;
  dateLabel: string;
  senError?: string;
  dateError?: string;
}

/** SEN, product, plan, license type and a date for a license typed by hand. */
export function TypedLicenseFields({ value, onChange, book, tierLabel, dateLabel, senError, dateError }: Props) {
  const { t } = useTranslation('quotes');
  const set = <K extends keyof TypedLicense>(key: K, v: TypedLicense[K]) => onChange({ ...value, [key]: v });
  return (
    <Stack spacing={2}>
      <TextField
        label={t('fields.sen')}
        value={value.sen}
        onChange={(e) => set('sen', e.target.value)}
        error={Boolean(senError)}
        helperText={senError ?? t('fields.senHelp')}
        slotProps={{ htmlInput: ltrInputProps }}
      />
      <TextField select label={t('fields.product')} value={value.product} onChange={(e) => set('product', e.target.value as ProductId)}>
        {PRODUCT_IDS.map((p) => (
          <MenuItem key={p} value={p}>
            {productName(book, p)}
          </MenuItem>
        ))}
      </TextField>
      <TextField select label={tierLabel} value={value.tier} onChange={(e) => set('tier', e.target.value as Tier)}>
        {TIERS.map((x) => (
          <MenuItem key={x} value={x}>
            {x}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('fields.licenseType')}
        value={value.licenseType}
        onChange={(e) => set('licenseType', e.target.value as SoldLicenseType)}
      >
        {SOLD_LICENSE_TYPES.map((x) => (
          <MenuItem key={x} value={x}>
            {t(`licenseType.${x}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={dateLabel}
        type="date"
        value={value.date}
        onChange={(e) => set('date', e.target.value)}
        error={Boolean(dateError)}
        helperText={dateError}
        slotProps={{ inputLabel: { shrink: true } }}
      />
    </Stack>
  );
}
