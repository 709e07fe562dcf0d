import { Alert, Button, Checkbox, FormControlLabel, ListItemText, MenuItem, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDateSchema, senSchema, TIERS, type IsoDate, type Tier } from '../../../shared/catalog';
import { daysBetween } from '../../../shared/calendar';
import type { Entity } from '../../../shared/entity';
import type { License } from '../../../shared/license';
import { checkUpgradePath, planUpgrade, withinPurchaseWindow } from '../../../shared/licensing/upgrades';
import { upgradePeriod } from '../../../shared/maintenance/maintenance';
import type { PriceBook } from '../../../shared/pricing/price-book';
import { checkEmail, type Quote } from '../../../shared/quote';
import { addEntry } from './cart-check';
import { errorText } from './errors';
import { formatDate } from './format';
import { licenseEntity, licenseLabel } from './license-label';
import { emptyTypedLicense, TypedLicenseFields, type TypedLicense } from './TypedLicenseFields';
import type { DraftEdit } from './use-draft-autosave';

interface Props {
  quote: Quote;
  update: (edit: DraftEdit) => void;
  book: PriceBook;
  licenses: License[];
  entities: Entity[];
  today: IsoDate;
}

/** Upgrade tab: one license moves up to a higher plan (R-UPG-1, R-LIC-2); its maintenance restarts at payment (R-MAINT-3). */
export function UpgradeTab({ quote, update, book, licenses, entities, today }: Props) {
  const { t, i18n } = useTranslation('quotes');
  const upgradable = licenses.filter((l) => l.deployment === 'server');
  const [source, setSource] = useState<'mine' | 'other'>(upgradable.length > 0 ? 'mine' : 'other');
  const [selected, setSelected] = useState<string[]>(upgradable[0] ? [upgradable[0].id] : []);
  const [typed, setTyped] = useState<TypedLicense>(emptyTypedLicense);
  const [to, setTo] = useState<Tier>('Enterprise');
  const [email, setEmail] = useState('');
  const [error, setError] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const chosen = upgradable.filter((l) => selected.includes(l.id));
  const purchaseDate = source === 'mine' ? chosen[0]?.purchaseDate : isoDateSchema.safeParse(typed.date).success ? typed.date : undefined;
  const plan = source === 'mine' ? planUpgrade(chosen, to, today) : checkUpgradePath(typed.tier, to);
  const period = upgradePeriod(today);
  const lostDays = source === 'mine' && chosen.length === 1 && chosen[0] ? Math.max(0, daysBetween(today, chosen[0].maintenanceEnd)) : 0;
  const viaSales = purchaseDate !== undefined && withinPurchaseWindow(purchaseDate, today);

  const add = () => {
    const errors: Record<string, string> = {};
    const contact = checkEmail(email);
    if (!contact.ok) errors.email = errorText(t, contact.error);
    if (source === 'other' && !senSchema.safeParse(typed.sen.trim()).success) errors.sen = t('errors.senFormat');
    setFieldErrors(errors);
    if (!plan.ok) return setError(errorText(t, plan.error));
    if (Object.keys(errors).length > 0 || !contact.ok) return setError('');
    const license = source === 'mine' ? chosen[0] : undefined;
    const id = crypto.randomUUID();
    const line = {
      id,
      kind: 'upgrade' as const,
      product: license?.product ?? typed.product,
      licenseType: license ? (license.type === 'academic' ? ('academic' as const) : ('commercial' as const)) : typed.licenseType,
      sen: license?.sen ?? typed.sen.trim(),
      from: plan.value.from,
      to: plan.value.to,
      ...(purchaseDate ? { purchaseDate } : {}),
    };
    const entry = {
      id,
      line,
      contactEmail: contact.value,
      ...(license ? { licenseId: license.id, entity: licenseEntity(license, entities) } : {}),
    };
    const result = addEntry(quote, entry, book, today);
    if (!result.ok) return setError(errorText(t, result.error));
    setError('');
    update(() => result.value);
  };

  return (
    <Stack spacing={2} component="section" aria-label={t('tabs.upgrade')}>
      {upgradable.length > 0 && (
        <RadioGroup row aria-label={t('renew.source')} value={source} onChange={(e) => setSource(e.target.value as 'mine' | 'other')}>
          <FormControlLabel value="mine" control={<Radio />} label={t('renew.mine')} />
          <FormControlLabel value="other" control={<Radio />} label={t('renew.other')} />
        </RadioGroup>
      )}
      {source === 'mine' ? (
        <TextField
          select
          label={t('fields.licensesToUpgrade')}
          value={selected}
          onChange={(e) => setSelected(typeof e.target.value === 'string' ? e.target.value.split(',') : (e.target.value as string[]))}
          helperText={t('upgrade.oneAtATime')}
          slotProps={{
            select: {
              multiple: true,
              renderValue: (ids) => (ids as string[]).map((id) => upgradable.find((l) => l.id === id)?.sen ?? id).join(', '),
            },
          }}
        >
          {upgradable.map((l) => (
            <MenuItem key={l.id} value={l.id}>
              <Checkbox checked={selected.includes(l.id)} tabIndex={-1} disableRipple />
              <ListItemText primary={licenseLabel(t, l, book, entities, i18n.language)} />
            </MenuItem>
          ))}
        </TextField>
      ) : (
        <TypedLicenseFields
          value={typed}
          onChange={setTyped}
          book={book}
          tierLabel={t('fields.existingTier')}
          dateLabel={t('fields.purchaseDate')}
          senError={fieldErrors.sen}
        />
      )}
      <TextField select label={t('fields.upgradeTo')} value={to} onChange={(e) => setTo(e.target.value as Tier)}>
        {TIERS.map((x) => (
          <MenuItem key={x} value={x}>
            {x}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('fields.contactEmail')}
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={Boolean(fieldErrors.email)}
        helperText={fieldErrors.email ?? t('fields.contactEmailHelp')}
      />
      {!plan.ok && (
        <Alert severity="error" role="alert">
          {errorText(t, plan.error)}
        </Alert>
      )}
      <Alert severity="info" role="status">
        {t('upgrade.maintenance', { start: formatDate(period.start, i18n.language), end: formatDate(period.end, i18n.language) })}
        {lostDays > 0 && ` ${t('upgrade.notCarried', { count: lostDays })}`}
      </Alert>
      {viaSales && <Alert severity="warning">{t('domain:upgrade.salesWindow')}</Alert>}
      {error && plan.ok && (
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
