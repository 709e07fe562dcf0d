import { useState } from 'react';
import type { IsoDate } from '../../../shared/catalog';
import type { Entity } from '../../../shared/entity';
import type { License } from '../../../shared/license';
import type { PriceBook } from '../../../shared/pricing/price-book';
import { priceStoredQuote, type Quote } from '../../../shared/quote';
import { Cart } from './Cart';
import { RenewTab } from './RenewTab';
import { ReviewStep } from './ReviewStep';
import { UpgradeTab } from './UpgradeTab';

interface Props {
  initial: Quote;
  book: PriceBook;
  licenses: License[];
  entities: Entity[];
  today: IsoDate;
  tab: 'renew' | 'upgrade';
  paidOn?: Record<string, IsoDate>;
  /** Called with the quote after every change, as the draft would be saved. */
  onQuote?: (quote: Quote) => void;
}

/** A tab, the cart and the review step on one quote held in memory: what a user sees across the form's steps. */
export function FormHarness({ initial, book, licenses, entities, today, tab, paidOn = {}, onQuote }: Props) {
  const [quote, setQuote] = useState(initial);
  const update = (edit: (q: Quote) => Quote) =>
    setQuote((q) => {
      const next = edit(q);
      onQuote?.(next);
      return next;
    });
  const priced = priceStoredQuote(quote, book, today);
  const common = { quote, update, book, licenses, entities, today };
  const noop = () => {};
  return (
    <>
      {tab === 'renew' ? <RenewTab {...common} /> : <UpgradeTab {...common} paidOn={paidOn} />}
      <Cart quote={quote} priced={priced} book={book} update={update} />
      <ReviewStep
        quote={{ ...quote, flaggedForReview: priced.ok && priced.value.review.required }}
        priced={priced}
        book={book}
        update={update}
        onDownload={noop}
        pdfBusy={false}
        onSubmit={noop}
        submitError=""
      />
    </>
  );
}
