import { Alert, Button, FormControlLabel, FormLabel, MenuItem, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PRODUCT_IDS,
  SOLD_LICENSE_TYPES,
  TIERS,
  type Deployment,
  type ProductId,
  type SoldLicenseType,
  type Tier,
} from '../../../shared/catalog';
import type { IsoDate } from '../../../shared/catalog';
import type { Entity } from '../../../shared/entity';
import { checkNewLicense } from '../../../shared/maintenance/cap';
import type { PriceBook } from '../../../shared/pricing/price-book';
import type { QuoteLine } from '../../../shared/pricing/quote-lines';
import type { Quote } from '../../../shared/quote';
import { addEntry } from './cart-check';
import { errorText } from './errors';
import { formatDate, productName } from './format';
import type { DraftEdit } from './use-draft-autosave';
import { NO_PROBLEMS, useShownProblems, type Problems } from '../../ui/use-shown-problems';

interface Props {
  quote: Quote;
  update: (edit: DraftEdit) => void;
  book: PriceBook;
  entities: Entity[];
  today: IsoDate;
}

/** New tab: a new server license with its maintenance years, or a first Cloud term (R-ORD-1, R-MAINT-5). */
export function NewTab({ quote, update, book, entities, today }: Props) {
  const { t, i18n } = useTranslation('quotes');
  const [product, setProduct] = useState<ProductId>('conex-books');
  const [deployment, setDeployment] = useState<Deployment>('server');
  const [tier, setTier] = useState<Tier>('Starter');
  const [licenseType, setLicenseType] = useState<SoldLicenseType>('commercial');
  const [entityId, setEntityId] = useState('');
  const [years, setYears] = useState('1');

  const yearsNumber = Number(years);
  const period = deployment === 'server' ? checkNewLicense(today, yearsNumber) : checkNewLicense(today, 1, 'cloud');
  const yearsError = deployment === 'server' && !period.ok ? errorText(t, period.error) : '';

  /** What adding would do with the form as it is now: the quote with the new line, or what stops it. */
  const check = (id: string): { problems: Problems; next?: Quote } => {
    const line: QuoteLine =
      deployment === 'server'
        ? { id, kind: 'new', product, tier, licenseType, years: yearsNumber }
        : { id, kind: 'cloud-subscription', product, tier, licenseType, firstTerm: true };
    const entity = entities.find((e) => e.id === entityId);
    const result = addEntry(quote, { id, line, ...(entity ? { entity: { id: entity.id, name: entity.name } } : {}) }, book, today);
    return result.ok ? { problems: NO_PROBLEMS, next: result.value } : { problems: { fields: {}, form: errorText(t, result.error) } };
  };
  const { shown, attempt, reset } = useShownProblems(check('preview').problems);
  const error = shown.form;

  const add = () => {
    if (!attempt()) return;
    const next = check(crypto.randomUUID()).next;
    if (!next) return;
    reset();
    update(() => next);
  };

  return (
    <Stack spacing={2} component="section" aria-label={t('tabs.new')}>
      <TextField select label={t('fields.product')} value={product} onChange={(e) => setProduct(e.target.value as ProductId)}>
        {PRODUCT_IDS.map((p) => (
          <MenuItem key={p} value={p}>
            {productName(book, p)}
          </MenuItem>
        ))}
      </TextField>
      <div>
        <FormLabel id="new-deployment">{t('fields.deployment')}</FormLabel>
        <RadioGroup row aria-labelledby="new-deployment" value={deployment} onChange={(e) => setDeployment(e.target.value as Deployment)}>
          <FormControlLabel value="server" control={<Radio />} label={t('deployment.server')} />
          <FormControlLabel value="cloud" control={<Radio />} label={t('deployment.cloud')} />
        </RadioGroup>
      </div>
      <TextField select label={t('fields.tier')} value={tier} onChange={(e) => setTier(e.target.value as Tier)}>
        {TIERS.map((x) => (
          <MenuItem key={x} value={x}>
            {x}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('fields.licenseType')}
        value={licenseType}
        onChange={(e) => setLicenseType(e.target.value as SoldLicenseType)}
      >
        {SOLD_LICENSE_TYPES.map((x) => (
          <MenuItem key={x} value={x}>
            {t(`licenseType.${x}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('fields.entity')}
        value={entityId}
        onChange={(e) => setEntityId(e.target.value)}
        helperText={t('fields.entityHelp')}
      >
        <MenuItem value="">{t('fields.entityNone')}</MenuItem>
        {entities.map((e) => (
          <MenuItem key={e.id} value={e.id}>
            {e.name}
          </MenuItem>
        ))}
      </TextField>
      {deployment === 'server' ? (
        <TextField
          label={t('fields.years')}
          type="number"
          value={years}
          onChange={(e) => setYears(e.target.value)}
          error={Boolean(yearsError)}
          helperText={
            yearsError ||
            (period.ok
              ? t('new.period', { start: formatDate(period.value.start, i18n.language), end: formatDate(period.value.end, i18n.language) })
              : '')
          }
          slotProps={{ htmlInput: { min: 1, max: 10, step: 1 } }}
        />
      ) : (
        <Alert severity="info">{t('new.cloudTerm')}</Alert>
      )}
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      <div>
        <Button variant="contained" onClick={add}>
          {t('cart.add')}
        </Button>
      </div>
    </Stack>
  );
}
