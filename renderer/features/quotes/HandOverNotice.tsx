import { Alert, Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { seesOrder } from '../../../shared/licensing/orders';
import { addContact, type ContactRole, type Quote } from '../../../shared/quote';
import type { DraftEdit } from './use-draft-autosave';

/**
 * Before "Submit Order": when the signed-in submitter is not among the billing and
 * technical contacts (an order placed for a customer), says they will not see the
 * order, its invoice or its keys, and offers to add them as a contact (R-ORD-8).
 */
export function HandOverNotice({
  quote,
  email,
  update,
}: {
  quote: Quote;
  email: string | null | undefined;
  update: (edit: DraftEdit) => void;
}) {
  const { t } = useTranslation('quotes');
  if (!email || seesOrder(quote.contacts, email)) return null;
  const addMe = (role: ContactRole) =>
    update((q) => {
      const added = addContact(q.contacts, email, role);
      return added.ok ? { ...q, contacts: added.value } : q;
    });
  return (
    <Alert severity="warning" role="status">
      {t('review.notContact', { email })}
      <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }}>
        <Button size="small" variant="outlined" color="inherit" onClick={() => addMe('billing')}>
          {t('review.addMeBilling')}
        </Button>
        <Button size="small" variant="outlined" color="inherit" onClick={() => addMe('technical')}>
          {t('review.addMeTechnical')}
        </Button>
      </Stack>
    </Alert>
  );
}
