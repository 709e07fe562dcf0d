import DownloadIcon from '@mui/icons-material/FileDownload';
import PdfIcon from '@mui/icons-material/PictureAsPdf';
import { Box, Button } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forecast } from '../../../shared/budget/forecast';
import { makePdf } from '../../lib/pdf/make-pdf';
import { platform } from '../../platform';
import { useToast } from '../../store/toast';
import { showHostError } from '../../ui/host-error';
import { budgetDocument } from './budget-pdf';
import { writeBudgetCsv } from './budget-csv';

/** Export the forecast shown, in the user's language: CSV for a spreadsheet, PDF for the budget request. */
export function BudgetExports({ forecast, productName }: { forecast: Forecast; productName: (id: string) => string }) {
  const { t, i18n } = useTranslation('budget');
  const [busy, setBusy] = useState(false);
  const toast = useToast.getState().show;
  const name = `conex-budget-${forecast.today}`;

  const exportCsv = async () => {
    const saved = await platform().saveFile({
      suggestedName: `${name}.csv`,
      data: writeBudgetCsv(forecast, t, i18n.language, productName),
      mimeType: 'text/csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    if (!saved.ok) return showHostError(saved.error);
    if (saved.value.saved) toast({ severity: 'success', ns: 'budget', message: (t) => t('export.csvDone') });
  };

  const exportPdf = async () => {
    setBusy(true);
    try {
      const made = await makePdf(budgetDocument(forecast, t, i18n.language, productName));
      if (!made.ok) return toast({ severity: 'error', ns: 'budget', message: (t) => t(made.error.messageKey, made.error.params) });
      const saved = await platform().saveFile({
        suggestedName: `${name}.pdf`,
        data: made.value,
        mimeType: 'application/pdf',
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (!saved.ok) return showHostError(saved.error);
      if (saved.value.saved) toast({ severity: 'success', ns: 'budget', message: (t) => t('export.pdfDone') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      <Button variant="contained" startIcon={<PdfIcon />} disabled={busy} onClick={() => void exportPdf()}>
        {t('export.pdf')}
      </Button>
      <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => void exportCsv()}>
        {t('export.csv')}
      </Button>
    </Box>
  );
}
