import { LinearProgress } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Shown while a PDF is being made; the label tells screen readers what is happening. */
export function PdfProgress({ busy }: { busy: boolean }) {
  const { t } = useTranslation('quotes');
  return busy ? <LinearProgress aria-label={t('pdf.making')} sx={{ my: 1 }} /> : null;
}
