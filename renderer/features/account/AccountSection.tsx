import { Alert, Button, Checkbox, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyProfile, type ProfileInput } from '../../../shared/account';
import { TAX_ID_KINDS, type TaxIdKind } from '../../../shared/quote';
import { db } from '../../db/database';
import { getProfile, saveProfile } from '../../db/repos/account';
import { useToast } from '../../store/toast';
import { countryOptions } from '../../ui/countries';
import { currentApiUrl, platformSecrets, syncEngine } from '../../sync/runtime';
import { signedInAccount } from '../../sync/session';
import { BulkContacts } from './BulkContacts';
import { CloseAccount } from './CloseAccount';
import { HelpLinks } from './HelpLinks';
import { TaxIdsField, type TaxIdRow } from './TaxIdsField';
import { ltrInputProps } from '../../ui/Ltr';

type Form = Omit<ProfileInput, 'taxIds'> & { taxIds: TaxIdRow[] };

function toForm(p: ProfileInput): Form {
  return { ...p, taxIds: p.taxIds.map((tax) => ({ key: crypto.randomUUID(), ...tax })) };
}

function isTaxIdKind(value: unknown): value is TaxIdKind {
  return TAX_ID_KINDS.some((k) => k === value);
}

/** My Conex in Settings: the account profile (R-ACC-1, R-ACC-5, R-TAX-1), closing the account (R-ACC-3), help links. */
export function AccountSection() {
  const { t, i18n } = useTranslation('account');
  const toast = useToast((s) => s.show);
  const account = useLiveQuery(() => signedInAccount(db(), platformSecrets(), currentApiUrl()), []);
  const stored = useLiveQuery(async () => (await getProfile(db())) ?? null, []);
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState('');
  const [invalidKind, setInvalidKind] = useState<TaxIdKind | undefined>(undefined);

  useEffect(() => {
    if (stored === undefined || form) return;
    setForm(toForm(stored ?? emptyProfile(account?.email ?? '', new Date())));
  }, [stored, account, form]);

  if (!form) return null;
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm({ ...form, [key]: value });

  const save = async () => {
    const input: ProfileInput = { ...form, taxIds: form.taxIds.map(({ kind, value }) => ({ kind, value })) };
    const r = await saveProfile(db(), input, { now: new Date(), newKey: () => crypto.randomUUID(), signedIn: Boolean(account) });
    if (!r.ok) {
      // Tax ID messages name the kind in the user's language ("VAT number", not "VAT").
      const kind = r.error.params?.kind;
      setInvalidKind(isTaxIdKind(kind) ? kind : undefined);
      return setError(t(r.error.messageKey, { ...r.error.params, ...(isTaxIdKind(kind) ? { kind: t(`taxKinds.${kind}`) } : {}) }));
    }
    setError('');
    setInvalidKind(undefined);
    setForm(toForm(r.value));
    toast({ severity: 'success', ns: 'account', message: (t) => t('saved') });
    if (account) void syncEngine().sync();
  };

  const field = (key: 'email' | 'name' | 'organization' | 'address' | 'phone', extra: object = {}) => (
    <TextField label={t(`fields.${key}`)} value={form[key]} onChange={(e) => set(key, e.target.value)} {...extra} />
  );

  return (
    <Stack spacing={2} component="section" aria-labelledby="settings-account">
      <Typography variant="h6" component="h2" id="settings-account">
        {t('title')}
      </Typography>
      <Typography color="text.secondary">{t('intro')}</Typography>
      {field('email', { type: 'email', required: true, slotProps: { htmlInput: ltrInputProps } })}
      {field('name')}
      {field('organization')}
      {field('address', { multiline: true, minRows: 2 })}
      <TextField
        select
        label={t('fields.country')}
        value={form.country}
        onChange={(e) => set('country', e.target.value as Form['country'])}
      >
        <MenuItem value="">{t('taxKinds.none')}</MenuItem>
        {countryOptions(i18n.language).map((c) => (
          <MenuItem key={c.code} value={c.code}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      {field('phone', { type: 'tel', slotProps: { htmlInput: ltrInputProps } })}
      <TaxIdsField rows={form.taxIds} onChange={(rows) => set('taxIds', rows)} invalidKind={invalidKind} />
      <FormControlLabel
        control={<Checkbox checked={form.publicityOptOut} onChange={(e) => set('publicityOptOut', e.target.checked)} />}
        label={t('fields.publicityOptOut')}
      />
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      <div>
        <Button variant="contained" onClick={() => void save()}>
          {t('save')}
        </Button>
      </div>
      <BulkContacts />
      <CloseAccount email={account?.email} />
      <HelpLinks />
    </Stack>
  );
}
