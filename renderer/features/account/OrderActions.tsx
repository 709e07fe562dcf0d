import { Button } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { payQuoteUrl } from '../../../shared/api';
import type { QuoteSlotProps } from '../../contributions/slots';
import { db } from '../../db/database';
import { platform } from '../../platform';
import { showHostError } from '../../ui/host-error';
import { useToast } from '../../store/toast';
import { currentApiUrl, platformSecrets } from '../../sync/runtime';
import { currentToken } from '../../sync/session';
import { fetchInvoice } from './invoice';
import { useConexLinks } from './conex-links';

/**
 * Quote row actions of the account side: "Pay by card" on a submitted quote
 * (Conex's secure payment page in the system browser) and the paid invoice PDF of an order.
 */
export default function OrderActions({ quoteId, status, officialNumber, handedOver }: QuoteSlotProps) {
  const { t } = useTranslation('account');
  const toast = useToast((s) => s.show);
  const [busy, setBusy] = useState(false);
  const links = useConexLinks();

  const download = async () => {
    setBusy(true);
    const token = await currentToken(db(), platformSecrets(), currentApiUrl());
    const r = await fetchInvoice({ db: db(), apiUrl: currentApiUrl(), token }, quoteId);
    setBusy(false);
    if (!r.ok) return toast({ severity: 'error', ns: 'account', message: (t) => t(r.message.messageKey, r.message.params) });
    const saved = await platform().saveFile({
      suggestedName: `${r.invoiceNumber}.pdf`,
      data: r.bytes,
      mimeType: 'application/pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (!saved.ok) showHostError(saved.error);
  };

  // An order handed over to the customer's contacts never comes here, nor does its invoice (R-ORD-8).
  if (status === 'paid' && handedOver) return null;
  if (status === 'paid')
    return (
      <Button
        size="small"
        disabled={busy}
        onClick={() => void download()}
        aria-label={t('orders.invoiceOf', { number: officialNumber ?? '' })}
      >
        {t('orders.invoice')}
      </Button>
    );
  if (status === 'submitted' && officialNumber)
    return (
      <Button
        size="small"
        onClick={() =>
          links
            ? void platform().openExternal(payQuoteUrl(links, officialNumber))
            : toast({ severity: 'warning', ns: 'account', message: (t) => t('orders.payUnknown') })
        }
        aria-label={t('orders.payOf', { number: officialNumber })}
      >
        {t('orders.pay')}
      </Button>
    );
  return null;
}
