import { Alert, Button, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDateSchema, senSchema, type IsoDate } from '../../../shared/catalog';
import type { Entity } from '../../../shared/entity';
import type { License } from '../../../shared/license';
import { checkRenewal } from '../../../shared/maintenance/cap';
import type { PriceBook } from '../../../shared/pricing/price-book';
import type { QuoteLine } from '../../../shared/pricing/quote-lines';
import { checkEmail, type Quote, type QuoteEntry } from '../../../shared/quote';
import { addEntries } from './cart-check';
import { CoterminationPanel } from './CoterminationPanel';
import { errorText } from './errors';
import { formatDate } from './format';
import { licenseEntity, licenseLabel, soldLicenseType } from './license-label';
import { noSync, renewSyncPlan, type SyncChoice } from './renew-sync';
import { syncEntries, syncRequest } from './sync-entries';
import { emptyTypedLicense, TypedLicenseFields, type TypedLicense } from './TypedLicenseFields';
import type { DraftEdit } from './use-draft-autosave';
import { NO_PROBLEMS, useShownProblems, type Problems } from '../../ui/use-shown-problems';
import { ltrInputProps } from '../../ui/Ltr';

export interface RenewPreset {
  licenseId?: string;
  entityId?: string;
}

interface Props {
  quote: Quote;
  update: (edit: DraftEdit) => void;
  book: PriceBook;
  licenses: License[];
  entities: Entity[];
  today: IsoDate;
  preset?: RenewPreset;
}

/** The preset's license, or an entity's license that ends first with the others ready to synchronise (R-MAINT-7). */
function fromPreset(licenses: License[], preset: RenewPreset | undefined): { id: string; sync: string[] } {
  if (preset?.licenseId && licenses.some((l) => l.id === preset.licenseId)) return { id: preset.licenseId, sync: [] };
  const own = licenses.filter((l) => l.entityId === preset?.entityId).sort((a, b) => a.maintenanceEnd.localeCompare(b.maintenanceEnd));
  return { id: own[0]?.id ?? licenses[0]?.id ?? '', sync: own.slice(1).map((l) => l.id) };
}

/** Renew tab: one of the user's licenses, or a SEN and a contact's email (R-LIC-4); renewals start at the previous expiry (R-MAINT-4). */
export function RenewTab({ quote, update, book, licenses, entities, today, preset }: Props) {
  const { t, i18n } = useTranslation('quotes');
  const start = useMemo(() => fromPreset(licenses, preset), [licenses, preset]);
  const [source, setSource] = useState<'mine' | 'other'>(licenses.length > 0 ? 'mine' : 'other');
  const [licenseId, setLicenseId] = useState(start.id);
  const [typed, setTyped] = useState<TypedLicense>(emptyTypedLicense);
  const [email, setEmail] = useState('');
  const [years, setYears] = useState('1');
  const [sync, setSync] = useState<SyncChoice>({ ...noSync, enabled: start.sync.length > 0, selected: start.sync });

  const license = source === 'mine' ? licenses.find((l) => l.id === licenseId) : undefined;
  const currentEnd = license?.maintenanceEnd ?? (isoDateSchema.safeParse(typed.date).success ? typed.date : undefined);
  const cloud = license?.deployment === 'cloud';
  const period = currentEnd ? checkRenewal(currentEnd, Number(years), today, cloud ? 'cloud' : 'server') : undefined;
  const inCart = new Set(quote.lines.flatMap((e) => ('sen' in e.line ? [e.line.sen] : [])));
  const candidates = licenses.filter((l) => l.id !== license?.id && l.deployment === 'server' && !inCart.has(l.sen));
  const renewedId = license?.id ?? typed.sen.trim();
  const renewed = currentEnd
    ? {
        id: renewedId,
        currentEnd,
        deployment: license?.deployment ?? ('server' as const),
        termEnd: period?.ok ? period.value.end : undefined,
      }
    : undefined;
  const plan = renewSyncPlan(sync, renewed, candidates, today);
  const synced = plan?.ok && sync.enabled;

  /** The renewed license's line: whole 12-month blocks, or up to the picked common end. */
  const renewedEntry = (id: string, contactEmail?: string): QuoteEntry | undefined => {
    if (!currentEnd) return undefined;
    const sen = license?.sen ?? typed.sen.trim();
    const base = { id, product: license?.product ?? typed.product, licenseType: license ? soldLicenseType(license) : typed.licenseType };
    const until = synced && sync.anchor === 'date' ? plan.value.commonEnd : undefined;
    const line: QuoteLine = cloud
      ? { ...base, kind: 'cloud-subscription', tier: license.tier, firstTerm: false, currentEnd }
      : { ...base, kind: 'renewal', sen, tier: license?.tier ?? typed.tier, currentEnd, years: Number(years), ...(until ? { until } : {}) };
    return {
      id,
      line,
      ...(contactEmail ? { contactEmail } : {}),
      ...(license ? { licenseId: license.id, entity: licenseEntity(license, entities) } : {}),
    };
  };
  const preview = synced ? renewedEntry('preview') : undefined;
  const rows =
    preview && plan?.ok
      ? [preview, ...syncEntries(plan.value, licenses, entities, 'preview', () => `preview-${crypto.randomUUID()}`, renewedId)]
      : [];
  const aligned = plan?.ok ? plan.value.alreadyAligned.map((id) => licenses.find((l) => l.id === id)?.sen ?? id) : [];

  /** What adding would do with the form as it is now: the quote with the new lines, or what stops it. */
  const check = (newId: () => string): { problems: Problems; next?: Quote } => {
    const fields: Record<string, string> = {};
    const contact = checkEmail(email);
    if (!contact.ok) fields.email = errorText(t, contact.error);
    if (!license && !senSchema.safeParse(typed.sen.trim()).success) fields.sen = t('errors.senFormat');
    if (!currentEnd) fields.date = t('errors.endRequired');
    if (Object.keys(fields).length > 0 || !currentEnd || !contact.ok) return { problems: { fields, form: '' } };
    if (plan && !plan.ok) return { problems: { fields, form: errorText(t, plan.error) } };
    if (sync.enabled && !plan) {
      return { problems: { fields, form: t(sync.selected.length === 0 ? 'errors.cotermChooseOthers' : 'errors.cotermChooseDate') } };
    }
    const id = newId();
    const entry = renewedEntry(id, contact.value);
    if (!entry) return { problems: { fields, form: '' } };
    const others = plan?.ok ? syncEntries(plan.value, licenses, entities, id, newId, renewedId) : [];
    const request = plan?.ok ? syncRequest(others, plan.value, sync.anchor) : undefined;
    const result = addEntries(quote, [entry, ...others], book, today, request);
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
    setSync(noSync);
    update(() => next);
  };

  return (
    <Stack spacing={2} component="section" aria-label={t('tabs.renew')}>
      {licenses.length > 0 && (
        <RadioGroup row aria-label={t('renew.source')} value={source} onChange={(e) => setSource(e.target.value as 'mine' | 'other')}>
          <FormControlLabel value="mine" control={<Radio />} label={t('renew.mine')} />
          <FormControlLabel value="other" control={<Radio />} label={t('renew.other')} />
        </RadioGroup>
      )}
      {source === 'mine' ? (
        <TextField select label={t('fields.license')} value={licenseId} onChange={(e) => setLicenseId(e.target.value)}>
          {licenses.map((l) => (
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
          tierLabel={t('fields.tier')}
          dateLabel={t('fields.currentEnd')}
          senError={fieldErrors.sen}
          dateError={fieldErrors.date}
        />
      )}
      <TextField
        label={t('fields.contactEmail')}
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={Boolean(fieldErrors.email)}
        helperText={fieldErrors.email ?? t('fields.contactEmailHelp')}
        slotProps={{ htmlInput: ltrInputProps }}
      />
      {cloud ? (
        <Alert severity="info">{t('new.cloudTerm')}</Alert>
      ) : (
        <TextField
          label={t('fields.years')}
          type="number"
          value={years}
          onChange={(e) => setYears(e.target.value)}
          error={period !== undefined && !period.ok}
          helperText={period && !period.ok ? errorText(t, period.error) : t('renew.yearsHelp')}
          slotProps={{ htmlInput: { min: 1, max: 10, step: 1 } }}
        />
      )}
      {period?.ok && (
        <Alert severity="info" role="status">
          {t('renew.period', {
            start: formatDate(period.value.start, i18n.language),
            end: formatDate(synced && sync.anchor === 'date' ? plan.value.commonEnd : period.value.end, i18n.language),
          })}
        </Alert>
      )}
      {!cloud && (
        <CoterminationPanel
          choice={sync}
          onChoice={setSync}
          candidates={candidates}
          termEnd={renewed?.termEnd}
          plan={plan}
          rows={rows}
          aligned={aligned}
          quote={quote}
          book={book}
          entities={entities}
          today={today}
        />
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
