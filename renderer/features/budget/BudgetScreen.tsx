import { Alert, Box, Button, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useCallback, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toCalendarDate } from '../../../shared/calendar';
import { db } from '../../db/database';
import { loadBudgetInputs, saveFiscalStartMonth } from '../../db/repos/budget';
import { useNavigation } from '../../store/navigation';
import { useToast } from '../../store/toast';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { BudgetControls } from './BudgetControls';
import { BudgetExports } from './BudgetExports';
import { BudgetSummary } from './BudgetSummary';
import { EntitySections } from './EntitySections';
import { exchangeLine, formatDate } from './format';
import { useForecast } from './use-forecast';

// The chart library comes only with a drawn forecast, after the screen's first render.
const BudgetChart = lazy(() => import('./BudgetChart'));
// The chart's room, kept while it comes so that nothing below it moves.
const chartPlaceholder = <Box sx={{ height: 320, mb: 2 }} />;

/** Budget: the renewals falling due in each entity's next fiscal years, priced, totalled and charted (R-BUD-1..4). */
export default function BudgetScreen() {
  const { t, i18n } = useTranslation('budget');
  const inputs = useLiveQuery(() => loadBudgetInputs(db()), []);
  const today = useMemo(() => toCalendarDate(new Date()), []);
  const { choices, choose, toggleAlign, forecast } = useForecast(inputs, today);
  const go = useNavigation((s) => s.go);
  // The totals come first; the chart (which lays out the whole page to measure its box) and each entity's tables
  // (thousands of cells for a large customer) follow in a render of their own, on the first drawing and after each
  // choice. Drawn in one render, they held the first frame past 300 ms with 1,000 licenses (issue 20).
  const later = useDeferredValue(forecast?.ok ? forecast.value : null, null);
  const book = inputs?.book;
  const productName = useCallback((id: string) => book?.products.find((p) => p.id === id)?.name ?? id, [book]);
  if (!inputs || !forecast) return null;

  const saveMonth = async (change: { entityId?: string; month: number | null }) => {
    const saved = await saveFiscalStartMonth(db(), change);
    if (!saved.ok)
      useToast.getState().show({ severity: 'error', ns: 'budget', message: (t) => t(saved.error.messageKey, saved.error.params) });
  };

  if (inputs.licenses.length === 0) {
    return (
      <>
        <ScreenHeader title={t('title')} />
        <EmptyState
          title={t('empty.title')}
          body={t('empty.body')}
          action={
            <Button variant="contained" onClick={() => go({ screen: 'licenses' })}>
              {t('empty.action')}
            </Button>
          }
        />
      </>
    );
  }

  return (
    <>
      <ScreenHeader
        title={t('title')}
        actions={forecast.ok ? <BudgetExports forecast={forecast.value} productName={productName} /> : undefined}
      />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('intro')}
      </Typography>
      <BudgetControls
        choices={choices}
        onChoose={choose}
        orgMonth={inputs.fiscalYear.startMonth}
        onOrgMonth={(month) => void saveMonth({ month })}
      />
      {!forecast.ok ? (
        <Alert severity="error" role="alert">
          {t(forecast.error.messageKey, forecast.error.params)}
        </Alert>
      ) : (
        <>
          <Box sx={{ mb: 2 }}>
            <Typography variant="body2" color="text.secondary" data-testid="budget-exchange">
              {exchangeLine(t, forecast.value.exchange, i18n.language)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('printed', { date: formatDate(forecast.value.today, i18n.language), version: forecast.value.priceBookVersion })}
            </Typography>
          </Box>
          {later ? (
            <Suspense fallback={chartPlaceholder}>
              <BudgetChart forecast={later} />
            </Suspense>
          ) : (
            chartPlaceholder
          )}
          <BudgetSummary forecast={forecast.value} />
          {later && (
            <EntitySections
              entities={later.entities}
              orgMonth={inputs.fiscalYear.startMonth}
              align={choices.align}
              productName={productName}
              onAlign={toggleAlign}
              onMonth={(entityId, month) => void saveMonth({ entityId, month })}
              onCreateQuote={(entityId) => go({ screen: 'quotes', intent: { kind: 'renewEntity', entityId } })}
            />
          )}
        </>
      )}
    </>
  );
}
