import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Tab, Tabs } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { prefillFromProfile } from '../../../shared/account';
import { newDraft, type Quote } from '../../../shared/quote';
import { useSlotLoaded } from '../../contributions/slot';
import { quoteRowActions } from '../../contributions/slots';
import { db } from '../../db/database';
import { getProfile } from '../../db/repos/account';
import { ordersByQuote } from '../../db/repos/orders';
import { listQuotes } from '../../db/repos/quotes';
import { useOncePerNavigation } from '../../store/navigation';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { clearJournal, recoverDraft } from './draft-journal';
import { quoteLanguageOf } from './format';
import { PdfProgress } from './PdfProgress';
import type { ProductTab } from './ProductTabs';
import { QuoteForm } from './QuoteForm';
import { OrderList } from './OrderList';
import { QuoteList } from './QuoteList';
import type { RenewPreset } from './RenewTab';
import { useQuoteActions } from './use-quote-actions';
import { useQuoteData } from './use-quote-data';

interface OpenForm {
  quote: Quote;
  tab: ProductTab;
  preset?: RenewPreset;
  /** The license the Upgrade tab opens on. */
  upgrade?: string;
}

/** Where the open draft's id is kept, so a reload reopens the form on it. */
const OPEN_KEY = 'conex.quotes.openDraft';

/** Quotes: the Quote & Order Form, and the list of drafts, quotes (tab "Quotes") and paid orders (tab "Orders"). */
export default function QuotesScreen() {
  const { t, i18n } = useTranslation('quotes');
  const data = useQuoteData();
  const quotes = useLiveQuery(() => listQuotes(db()), []);
  const orders = useLiveQuery(() => ordersByQuote(db()), []);
  const profile = useLiveQuery(() => getProfile(db()), []);
  const [open, setOpen] = useState<OpenForm | null>(null);
  const [tab, setTab] = useState<'quotes' | 'orders'>('quotes');

  const openForm = (form: OpenForm) => {
    sessionStorage.setItem(OPEN_KEY, form.quote.id);
    setOpen(form);
  };
  const close = () => {
    sessionStorage.removeItem(OPEN_KEY);
    clearJournal();
    setOpen(null);
  };
  const actions = useQuoteActions(data?.book, (quote) => openForm({ quote, tab: 'new' }));
  // The rows' contributed actions (Pay by card, Invoice) are loaded before the list shows, so no button moves once drawn.
  const rowActionsLoaded = useSlotLoaded(quoteRowActions);

  // A new quote asked by the shell (Ctrl/Cmd+N, menu) or by another screen (renew a license, an entity's licenses),
  // once per navigation; without one, the draft open before a reload comes back.
  useOncePerNavigation('quotes', (route) => {
    if (!data) return false;
    const intent = route?.intent;
    const fresh = () => prefillFromProfile(newDraft(crypto.randomUUID(), new Date(), quoteLanguageOf(i18n.language), data.book), profile);
    if (intent?.kind === 'renew') openForm({ quote: fresh(), tab: 'renew', preset: { licenseId: intent.licenseId } });
    else if (intent?.kind === 'upgrade') openForm({ quote: fresh(), tab: 'upgrade', upgrade: intent.licenseId });
    else if (intent?.kind === 'renewEntity') openForm({ quote: fresh(), tab: 'renew', preset: { entityId: intent.entityId } });
    else if (intent?.kind === 'new') openForm({ quote: fresh(), tab: 'new' });
    else {
      const id = sessionStorage.getItem(OPEN_KEY);
      if (id)
        void recoverDraft(db(), id).then((quote) => {
          if (quote) setOpen({ quote, tab: 'new' });
        });
    }
  });

  if (!data) return null;
  if (open) {
    return (
      <>
        <ScreenHeader title={t('title')} />
        <QuoteForm
          key={open.quote.id}
          initial={open.quote}
          data={data}
          initialTab={open.tab}
          renewPreset={open.preset}
          upgradeLicenseId={open.upgrade}
          onClose={close}
        />
      </>
    );
  }

  const newButton = (
    <Button
      variant="contained"
      startIcon={<AddIcon />}
      onClick={() =>
        openForm({
          quote: prefillFromProfile(newDraft(crypto.randomUUID(), new Date(), quoteLanguageOf(i18n.language), data.book), profile),
          tab: 'new',
        })
      }
    >
      {t('actions.new')}
    </Button>
  );
  const shown = (quotes ?? []).filter((q) => (tab === 'orders' ? q.status === 'paid' : q.status !== 'paid'));
  return (
    <>
      <ScreenHeader title={t('title')} actions={newButton} />
      <Tabs value={tab} onChange={(_e, v: 'quotes' | 'orders') => setTab(v)} aria-label={t('list.tabs')} sx={{ mb: 2 }}>
        <Tab value="quotes" label={t('list.quotesTab')} id="quotes-list-tab" aria-controls="quotes-list-panel" />
        <Tab value="orders" label={t('list.ordersTab')} id="orders-list-tab" aria-controls="quotes-list-panel" />
      </Tabs>
      <Box role="tabpanel" id="quotes-list-panel" aria-labelledby={`${tab}-list-tab`}>
        <PdfProgress busy={actions.pdfBusy} />
        {quotes === undefined || !rowActionsLoaded ? null : shown.length === 0 ? (
          <EmptyState
            title={t(tab === 'orders' ? 'list.emptyOrders.title' : 'list.empty.title')}
            body={t(tab === 'orders' ? 'list.emptyOrders.body' : 'list.empty.body')}
            action={tab === 'quotes' ? newButton : undefined}
          />
        ) : tab === 'orders' ? (
          <OrderList
            quotes={shown}
            orders={orders ?? new Map()}
            label={t('list.ordersLabel')}
            handlers={actions.handlers}
            pdfBusy={actions.pdfBusy}
          />
        ) : (
          <QuoteList quotes={shown} book={data.book} label={t('list.quotesLabel')} handlers={actions.handlers} pdfBusy={actions.pdfBusy} />
        )}
      </Box>
      {actions.dialog}
    </>
  );
}
