import DeleteIcon from '@mui/icons-material/Delete';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  IconButton,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addContact, CONTACT_ROLES, type ContactRole, type Quote } from '../../../shared/quote';
import { errorText } from './errors';
import { useCustomerOptions } from './use-customer-options';
import type { DraftEdit } from './use-draft-autosave';
import { useShownProblems } from '../../ui/use-shown-problems';

interface Props {
  quote: Quote;
  update: (edit: DraftEdit) => void;
  /** The message of the last refused "Continue" (no billing or no technical contact). */
  stepError: string;
}

/** Step 2: billing and technical contacts by email (R-ORD-3, R-ORD-9) and the reseller checkbox (R-ORD-2). */
export function ContactsStep({ quote, update, stepError }: Props) {
  const { t } = useTranslation('quotes');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ContactRole>('billing');
  const added = addContact(quote.contacts, email, role);
  const { shown, attempt, reset } = useShownProblems({ fields: {}, form: added.ok ? '' : errorText(t, added.error) });
  const error = shown.form;
  const { contacts: known } = useCustomerOptions(quote.id);
  const offered = [
    ...new Set(known.filter((c) => !quote.contacts.some((q) => q.email === c.email && q.role === c.role)).map((c) => c.email)),
  ];

  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!attempt() || !added.ok) return;
    reset();
    setEmail('');
    update((q) => ({ ...q, contacts: added.value }));
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <Typography>{t('contacts.intro')}</Typography>
      <Box component="form" onSubmit={add} noValidate sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <Autocomplete
          freeSolo
          options={offered}
          inputValue={email}
          onInputChange={(_e, text) => setEmail(text)}
          onChange={(_e, picked) => {
            // A picked contact comes with the role it had before; both stay editable.
            const before = known.find((c) => c.email === picked);
            if (before) setRole(before.role);
          }}
          sx={{ flex: '1 1 280px' }}
          renderInput={(params) => (
            <TextField {...params} label={t('fields.contactEmailNew')} type="email" error={Boolean(error)} helperText={error || ' '} />
          )}
        />
        <TextField
          select
          label={t('fields.role')}
          value={role}
          onChange={(e) => setRole(e.target.value as ContactRole)}
          sx={{ minWidth: 180 }}
        >
          {CONTACT_ROLES.map((r) => (
            <MenuItem key={r} value={r}>
              {t(`contacts.role.${r}`)}
            </MenuItem>
          ))}
        </TextField>
        <Button type="submit" variant="outlined" sx={{ mt: 1 }}>
          {t('contacts.add')}
        </Button>
      </Box>
      {quote.contacts.length > 0 && (
        <List dense aria-label={t('contacts.list')}>
          {quote.contacts.map((c) => {
            const label = t('contacts.entry', { email: c.email, role: t(`contacts.role.${c.role}`) });
            return (
              <ListItem
                key={`${c.role}|${c.email}`}
                secondaryAction={
                  <IconButton
                    edge="end"
                    aria-label={t('contacts.remove', { contact: label })}
                    onClick={() => update((q) => ({ ...q, contacts: q.contacts.filter((x) => x !== c) }))}
                  >
                    <DeleteIcon />
                  </IconButton>
                }
              >
                <ListItemText primary={label} />
              </ListItem>
            );
          })}
        </List>
      )}
      {stepError && (
        <Alert severity="error" role="alert">
          {stepError}
        </Alert>
      )}
      <FormControlLabel
        control={<Checkbox checked={quote.reseller} onChange={(e) => update((q) => ({ ...q, reseller: e.target.checked }))} />}
        label={t('contacts.reseller')}
      />
      {quote.reseller && <Alert severity="info">{t('contacts.resellerNote')}</Alert>}
    </Stack>
  );
}
