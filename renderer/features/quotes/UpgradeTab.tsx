import { Alert, Button, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDateSchema, senSchema, TIERS, type IsoDate, type Tier } from '../../../shared/catalog';
import { daysBetween } from '../../../shared/calendar';
import type { Entity } from '../../../shared/entity';
import type { License } from '../../../shared/license';
import { checkUpgradePath, knownPurchaseDate, planUpgrade, withinPurchaseWindow } from '../../../shared/licensing/upgrades';
import { upgradePeriod } from '../../../shared/maintenance/maintenance';
import type { PriceBook } from '../../../shared/pricing/price-book';
import { checkEmail, type Quote, type QuoteEntry } from '../../../shared/quote';
import { addEntries } from './cart-check';
import { errorText } from './errors';
import { formatDate } from './format';
import { licenseEntity, licenseLabel, soldLicenseType } from './license-label';
import { syncEntries, syncRequest } from './sync-entries';
import { otherLicensesOfEntity, upgradeSyncPlan, type OthersRenew } from './upgrade-sync';
import { UpgradeSyncPanel } from './UpgradeSyncPanel';
import { emptyTypedLicense, TypedLicenseFields, type TypedLicense } from './TypedLicenseFields';
import type { DraftEdit } from './use-draft-autosave';
import { NO_PROBLEMS, useShownProblems, type Problems } from '../../ui/use-shown-problems';
import { ltrInputProps } from '../../ui/Ltr';

interface Props {
  quote: Quote;
  update: (edit: DraftEdit) => void;
  book: PriceBook;
  licenses: License[];
  entities: Entity[];
  today: IsoDate;
  /** Payment dates of licenses bought through paid orders, by SEN (R-UPG-1). */
  paidOn: Record<string, IsoDate>;
  /** The license to open on, when the form was opened from its License Details. */
  preset?: string | undefined;
}

/** Upgrade tab: one license moves up to a higher plan (R-UPG-1, R-LIC-2); its maintenance restarts at payment (R-MAINT-3). */
export function UpgradeTab({ quote, update, book, licenses, entities, today, paidOn, preset }: Props) {
  const { t, i18n } = useTranslation('quotes');
  const upgradable = licenses.filter((l) => l.deployment === 'server');
  const [source, setSource] = useState<'mine' | 'other'>(upgradable.length > 0 ? 'mine' : 'other');
  const [licenseId, setLicenseId] = useState(upgradable.some((l) => l.id === preset) ? (preset ?? '') : '');
  const [typed, setTyped] = useState<TypedLicense>(emptyTypedLicense);
  const [to, setTo] = useState<Tier>('Enterprise');
  const [email, setEmail] = useState('');
  const [othersRenew, setOthersRenew] = useState<OthersRenew | ''>('');

  const license = source === 'mine' ? upgradable.find((l) => l.id === licenseId) : undefined;
  // The date the app knows for one of the user's licenses; a typed one for another license (R-UPG-1).
  const purchaseDate =
    source === 'mine'
      ? license && knownPurchaseDate(license, paidOn[license.sen])
      : isoDateSchema.safeParse(typed.date).success
        ? typed.date
        : undefined;
  const plan = source === 'mine' ? license && planUpgrade([{ ...license, purchaseDate }], to, today) : checkUpgradePath(typed.tier, to);
  const period = upgradePeriod(today);
  const lostDays = license ? Math.max(0, daysBetween(today, license.maintenanceEnd)) : 0;
  const viaSales = purchaseDate !== undefined && withinPurchaseWindow(purchaseDate, today);
  const inCart = new Set(quote.lines.flatMap((e) => ('sen' in e.line ? [e.line.sen] : [])));
  const others = otherLicensesOfEntity(license, period.end, upgradable, inCart);
  const syncPlan = license && others.length > 0 ? upgradeSyncPlan(license, period.end, others, today) : undefined;
  const entityName = license ? licenseEntity(license, entities).name : '';
  const syncRows = (anchorId: string, newId: () => string) =>
    syncPlan?.ok && othersRenew === 'with-upgrade' ? syncEntries(syncPlan.value, licenses, entities, anchorId, newId, license?.id) : [];

  /** What adding would do with the form as it is now: the quote with the new lines, or what stops it. */
  const check = (newId: () => string): { problems: Problems; next?: Quote } => {
    const fields: Record<string, string> = {};
    const contact = checkEmail(email);
    if (!contact.ok) fields.email = errorText(t, contact.error);
    if (source === 'other' && !senSchema.safeParse(typed.sen.trim()).success) fields.sen = t('errors.senFormat');
    if (source === 'mine' && !license) fields.license = t('domain:upgrade.noLicense');
    if (others.length > 0 && othersRenew === '') fields.others = t('errors.othersRenewChoose', { entity: entityName });
    if (plan && !plan.ok) return { problems: { fields, form: errorText(t, plan.error) } };
    if (Object.keys(fields).length > 0 || !contact.ok || !plan) return { problems: { fields, form: fields.others ?? '' } };
    if (othersRenew === 'with-upgrade' && syncPlan && !syncPlan.ok) return { problems: { fields, form: errorText(t, syncPlan.error) } };
    const id = newId();
    const line = {
      id,
      kind: 'upgrade' as const,
      product: license?.product ?? typed.product,
      licenseType: license ? soldLicenseType(license) : typed.licenseType,
      sen: license?.sen ?? typed.sen.trim(),
      from: plan.value.from,
      to: plan.value.to,
      ...(purchaseDate ? { purchaseDate } : {}),
    };
    const entry: QuoteEntry = {
      id,
      line,
      contactEmail: contact.value,
      ...(license ? { licenseId: license.id, entity: licenseEntity(license, entities) } : {}),
      ...(others.length > 0 && othersRenew !== '' ? { othersRenew } : {}),
    };
    const synced = syncRows(id, newId);
    const request = syncPlan?.ok && synced.length > 0 ? syncRequest(synced, syncPlan.value, 'upgrade') : undefined;
    const result = addEntries(quote, [entry, ...synced], book, today, request);
    if (!result.ok) return { problems: { fields, form: errorText(t, result.error) } };
    return { problems: NO_PROBLEMS, next: result.value };
  };
  const { shown, attempt, reset } = useShownProblems(check(() => `preview-${crypto.randomUUID()}`).problems);
  const fieldErrors = shown.fields;
  const error = shown.form;

  const add = () => {
    if (!attempt()) return;
    const next = check(() => crypto.randomUUID()).next;
    if (!next) return;
    reset();
    setOthersRenew('');
    update(() => next);
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
          value={licenseId}
          onChange={(e) => {
            setLicenseId(e.target.value);
            setOthersRenew('');
          }}
          error={Boolean(fieldErrors.license) && !license}
          helperText={(!license && fieldErrors.license) || t('upgrade.oneAtATime')}
        >
          {upgradable.map((l) => (
            <MenuItem key={l.id} value={l.id}>
              {licenseLabel(t, l, book, entities, i18n.language)}
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
        slotProps={{ htmlInput: ltrInputProps }}
      />
      {plan && !plan.ok && (
        <Alert severity="error" role="alert">
          {errorText(t, plan.error)}
        </Alert>
      )}
      <Alert severity="info" role="status">
        {t('upgrade.maintenance', { start: formatDate(period.start, i18n.language), end: formatDate(period.end, i18n.language) })}
        {lostDays > 0 && ` ${t('upgrade.notCarried', { count: lostDays })}`}
      </Alert>
      {viaSales && <Alert severity="warning">{t('domain:upgrade.salesWindow')}</Alert>}
      {license && syncPlan && (
        <UpgradeSyncPanel
          entity={entityName}
          upgradeEnd={period.end}
          value={othersRenew}
          onChange={setOthersRenew}
          plan={syncPlan}
          rows={syncRows('preview', () => `preview-${crypto.randomUUID()}`)}
          quote={quote}
          book={book}
          today={today}
        />
      )}
      {error && (!plan || plan.ok) && (
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
