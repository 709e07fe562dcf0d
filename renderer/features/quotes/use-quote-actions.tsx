import { useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { PriceBook } from '../../../shared/pricing/price-book';
import type { Quote } from '../../../shared/quote';
import { db } from '../../db/database';
import { deleteQuote, duplicateQuote, reopenAsDraft, restoreQuote } from '../../db/repos/quotes';
import { useToast } from '../../store/toast';
import { errorText } from './errors';
import { usePdfDownload } from './pdf/use-pdf-download';
import { PoDialog } from './PoDialog';
import type { RowHandlers } from './QuoteRowActions';

/** What the quote list's buttons do: edit (a sent quote becomes a draft again), contact us, duplicate, PO, PDF, delete with undo. */
export function useQuoteActions(
  book: PriceBook | undefined,
  openDraft: (quote: Quote) => void,
): { handlers: RowHandlers; dialog: ReactNode; pdfBusy: boolean } {
  const toast = useToast((s) => s.show);
  const pdf = usePdfDownload();
  const [poFor, setPoFor] = useState<Quote | null>(null);
  const fail = (messageKey: Parameters<typeof errorText>[1]) =>
    toast({ severity: 'error', ns: 'quotes', message: (t) => errorText(t, messageKey) });

  const handlers: RowHandlers = {
    async onEdit(quote) {
      if (quote.status === 'draft') return openDraft(quote);
      const reopened = await reopenAsDraft(db(), quote.id, new Date());
      if (!reopened.ok) return fail(reopened.error);
      toast({ severity: 'info', ns: 'quotes', message: (t) => t('list.reopened') });
      openDraft(reopened.value);
    },
    onContactUs(_quote, reasons) {
      const why = (t: TFunction) => reasons.map((r) => t(`domain:quote.contactUsReason.${r}`)).join(' ');
      toast({ severity: 'info', message: (t) => `${t('domain:quote.contactUs')} ${why(t)}` });
    },
    async onDuplicate(quote) {
      if (!book) return;
      const copy = await duplicateQuote(db(), quote.id, new Date(), crypto.randomUUID(), book);
      if (!copy.ok) return fail(copy.error);
      toast({ severity: 'success', ns: 'quotes', message: (t) => t('list.duplicated') });
    },
    onPo(quote) {
      if (quote.status === 'paid') return toast({ severity: 'error', ns: 'quotes', message: (t) => t('account:errors.poPaid') });
      setPoFor(quote);
    },
    onPdf(quote) {
      if (book) void pdf.download(quote, book);
    },
    async onDelete(quote) {
      const removed = await deleteQuote(db(), quote.id);
      if (!removed.ok) return fail(removed.error);
      toast({
        severity: 'success',
        ns: 'quotes',
        message: (t) => t('list.deleted'),
        action: { label: (t) => t('common:undo'), run: () => void restoreQuote(db(), removed.value) },
      });
    },
  };

  const dialog = poFor ? (
    <PoDialog
      quote={poFor}
      onClose={() => setPoFor(null)}
      onSaved={() => toast({ severity: 'success', ns: 'quotes', message: (t) => t('list.poSaved') })}
    />
  ) : null;
  return { handlers, dialog, pdfBusy: pdf.busy };
}
