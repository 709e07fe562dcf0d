import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import PdfIcon from '@mui/icons-material/PictureAsPdf';
import PoIcon from '@mui/icons-material/Tag';
import { Button, IconButton, Tooltip } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { quoteEditable, type Quote } from '../../../shared/quote';
import { SlotOutlet } from '../../contributions/slot';
import { quoteRowActions } from '../../contributions/slots';

export interface RowHandlers {
  onEdit: (quote: Quote) => void;
  onContactUs: (quote: Quote, reasons: readonly string[]) => void;
  onDuplicate: (quote: Quote) => void;
  onPo: (quote: Quote) => void;
  onPdf: (quote: Quote) => void;
  onDelete: (quote: Quote) => void;
}

/** A quote's actions (R-ORD-7): edit or "contact us", duplicate, update PO, PDF, delete. A paid order keeps PO and PDF only. */
export function QuoteRowActions({
  quote,
  name,
  handlers,
  pdfBusy,
  handedOver = false,
}: {
  quote: Quote;
  name: string;
  handlers: RowHandlers;
  pdfBusy: boolean;
  /** An order placed for a customer, which goes to its contacts only (R-ORD-8). */
  handedOver?: boolean;
}) {
  const { t } = useTranslation('quotes');
  const editable = quoteEditable(quote);
  const paid = quote.status === 'paid';
  const icon = (label: string, onClick: () => void, node: ReactNode, disabled = false) => (
    <Tooltip title={label}>
      <span>
        <IconButton aria-label={label} onClick={onClick} disabled={disabled}>
          {node}
        </IconButton>
      </span>
    </Tooltip>
  );
  return (
    <>
      {!paid &&
        (editable.editable ? (
          icon(t('list.edit', { name }), () => handlers.onEdit(quote), <EditIcon />)
        ) : (
          <Button size="small" onClick={() => handlers.onContactUs(quote, editable.reasons)}>
            {t('list.contactUs')}
          </Button>
        ))}
      {!paid && icon(t('list.duplicate', { name }), () => handlers.onDuplicate(quote), <ContentCopyIcon />)}
      {icon(t('list.updatePo', { name }), () => handlers.onPo(quote), <PoIcon />)}
      {icon(t('list.pdf', { name }), () => handlers.onPdf(quote), <PdfIcon />, pdfBusy || quote.lines.length === 0)}
      {!paid && icon(t('list.delete', { name }), () => handlers.onDelete(quote), <DeleteIcon />)}
      <SlotOutlet
        slot={quoteRowActions}
        props={{ quoteId: quote.id, status: quote.status, officialNumber: quote.officialNumber, handedOver }}
      />
    </>
  );
}
