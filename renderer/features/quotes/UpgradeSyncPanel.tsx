import { Alert, Box, FormControlLabel, Radio, RadioGroup, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/catalog';
import type { Result } from '../../../shared/errors';
import type { CoterminationPlan } from '../../../shared/maintenance/cotermination';
import type { PriceBook } from '../../../shared/pricing/price-book';
import type { Quote, QuoteEntry } from '../../../shared/quote';
import { errorText } from './errors';
import { formatDate } from './format';
import { SyncRows } from './SyncRows';
import type { OthersRenew } from './upgrade-sync';

interface Props {
  entity: string;
  upgradeEnd: IsoDate;
  value: OthersRenew | '';
  onChange: (value: OthersRenew) => void;
  plan: Result<CoterminationPlan>;
  /** The renewals synchronising would add to the cart. */
  rows: QuoteEntry[];
  quote: Quote;
  book: PriceBook;
  today: IsoDate;
}

/** Upgrade tab: the entity's other licenses renew with the upgrade, or on their own dates (R-UPG-2). */
export function UpgradeSyncPanel({ entity, upgradeEnd, value, onChange, plan, rows, quote, book, today }: Props) {
  const { t, i18n } = useTranslation('quotes');
  const date = formatDate(upgradeEnd, i18n.language);
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ px: 0.5 }}>
        {t('upgrade.others', { entity })}
      </Typography>
      <RadioGroup aria-label={t('upgrade.others', { entity })} value={value} onChange={(e) => onChange(e.target.value as OthersRenew)}>
        <FormControlLabel value="with-upgrade" control={<Radio />} label={t('upgrade.othersSync', { date })} />
        <FormControlLabel value="own-dates" control={<Radio />} label={t('upgrade.othersOwn')} />
      </RadioGroup>
      {value === 'with-upgrade' && !plan.ok && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {errorText(t, plan.error)}
        </Alert>
      )}
      {value === 'with-upgrade' && plan.ok && (
        <Alert severity="warning" role="status" sx={{ mt: 1 }}>
          <SyncRows entries={rows} quote={quote} book={book} today={today} label={t('upgrade.othersRows')} />
          <Typography variant="body2">{t('cotermination.flagged')}</Typography>
        </Alert>
      )}
    </Box>
  );
}
