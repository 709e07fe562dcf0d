import { Alert, Box, Button, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useMemo } from 'react';
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
import { EntityBudget } from './EntityBudget';
import { exchangeLine, formatDate } from './format';
import { useForecast } from './use-forecast';

// The chart library comes only with a drawn forecast, after the screen's first render.
const BudgetChart = lazy(() => import('./BudgetChart'));

/** Budget: the renewals falling due in each entity's next fiscal years, priced, totalled and charted (R-BUD-1..4). */
export default function BudgetScreen() {
  const { t, i18n } = useTranslation('budget');
  const inputs = useLiveQuery(() => loadBudgetInputs(db()), []);
  const today = useMemo(() => toCalendarDate(new Date()), []);
  const { choices, choose, toggleAlign, forecast } = useForecast(inputs, today);
  const go = useNavigation((s) => s.go);
  if (!inputs || !forecast) return null;

  const saveMonth = async (change: { entityId?: string; month: number | null }) => {
    const saved = await saveFiscalStartMonth(db(), change);
    if (!saved.ok)
      useToast.getState().show({ severity: 'error', ns: 'budget', message: (t) => t(saved.error.messageKey, saved.error.params) });
  };
  const productName = (id: string) => inputs.book.products.find((p) => p.id === id)?.name ?? id;

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
          <Suspense fallback={<Box sx={{ height: 320, mb: 2 }} />}>
            <BudgetChart forecast={forecast.value} />
          </Suspense>
          <BudgetSummary forecast={forecast.value} />
          {forecast.value.entities.map((e) => (
            <EntityBudget
              key={e.entity.id}
              forecast={e}
              orgMonth={inputs.fiscalYear.startMonth}
              aligned={choices.align.has(e.entity.id)}
              onAlign={() => toggleAlign(e.entity.id)}
              onMonth={(month) => void saveMonth({ entityId: e.entity.id, month })}
              onCreateQuote={() => go({ screen: 'quotes', intent: { kind: 'renewEntity', entityId: e.entity.id } })}
              productName={productName}
            />
          ))}
        </>
      )}
    </>
  );
}
