import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCalendarDate } from '../../../../shared/calendar';
import type { PriceBook } from '../../../../shared/pricing/price-book';
import { ok } from '../../../../shared/errors';
import type { PricedQuote } from '../../../../shared/pricing/price-quote';
import { priceStoredQuote, type Quote } from '../../../../shared/quote';
import { checkOptions } from '../../../../shared/quote-options';
import { loadLanguages } from '../../../i18n';
import { platform } from '../../../platform';
import { useToast } from '../../../store/toast';
import { showHostError } from '../../../ui/host-error';
import { errorText } from '../errors';
import { makePdf } from '../../../lib/pdf/make-pdf';
import { quoteDocument } from './quote-pdf';

/** The file name a quote's PDF is saved under. */
export function pdfFileName(quote: Quote): string {
  return `conex-quote-${quote.officialNumber ?? `draft-${quote.id.slice(0, 8)}`}.pdf`;
}

/** "Download PDF": builds the quote's document in its language, makes it with pdfmake and saves it; `busy` drives the progress bar. */
export function usePdfDownload(): { busy: boolean; download: (quote: Quote, book: PriceBook) => Promise<boolean> } {
  const { t, i18n } = useTranslation('quotes');
  const toast = useToast((s) => s.show);
  const [busy, setBusy] = useState(false);

  const download = useCallback(
    async (quote: Quote, book: PriceBook) => {
      const now = new Date();
      // A quote with options prints every option, each priced on its own (issue 20).
      const options = quote.options ? checkOptions(quote, book, now) : undefined;
      const priced = options ? (options.ok ? ok(options.value[0] as PricedQuote) : options) : priceStoredQuote(quote, book, now);
      if (!priced.ok) {
        toast({ severity: 'error', ns: 'quotes', message: (t) => errorText(t, priced.error) });
        return false;
      }
      setBusy(true);
      try {
        // The quote's language may not be the one the app started in: its texts load on demand.
        await loadLanguages([quote.language]);
        const doc = quoteDocument({
          quote,
          priced: priced.value,
          book,
          today: toCalendarDate(now),
          ...(options?.ok ? { options: options.value } : {}),
          t: i18n.getFixedT(quote.language, 'quotes'),
        });
        const bytes = await makePdf(doc);
        if (!bytes.ok) {
          toast({ severity: 'error', ns: 'quotes', message: (t) => errorText(t, bytes.error) });
          return false;
        }
        const saved = await platform().saveFile({
          suggestedName: pdfFileName(quote),
          data: bytes.value,
          mimeType: 'application/pdf',
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        });
        if (!saved.ok) {
          showHostError(saved.error);
          return false;
        }
        return true;
      } finally {
        setBusy(false);
      }
    },
    [t, i18n, toast],
  );
  return { busy, download };
}
