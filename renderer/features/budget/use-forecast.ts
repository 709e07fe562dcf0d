import { useMemo, useState } from 'react';
import { forecastBudget, type Forecast } from '../../../shared/budget/forecast';
import type { IsoDate } from '../../../shared/catalog';
import type { Result } from '../../../shared/errors';
import type { BudgetInputs } from '../../db/repos/budget';
import type { BudgetView } from '../../db/repos/settings';
import { useSettings } from '../../store/settings';

/** What the user chose on the Budget screen: the view, remembered in the settings, and the what-if of this visit. */
export interface ForecastChoices extends BudgetView {
  readonly align: ReadonlySet<string>;
}

/** The choices and the forecast they give, computed again whenever the inputs or a choice change (R-BUD-4). */
export function useForecast(inputs: BudgetInputs | undefined, today: IsoDate) {
  const view = useSettings((s) => s.settings.budgetView);
  const [align, setAlign] = useState<ReadonlySet<string>>(() => new Set());
  const choices = useMemo<ForecastChoices>(() => ({ ...view, align }), [view, align]);
  const forecast = useMemo<Result<Forecast> | undefined>(
    () =>
      inputs &&
      forecastBudget(inputs.entities, inputs.licenses, inputs.book, {
        today,
        years: choices.years,
        currency: choices.currency,
        startMonth: inputs.fiscalYear.startMonth,
        includeEvaluations: choices.includeEvaluations,
        includeInProgress: choices.includeInProgress,
        inProgress: inputs.inProgress,
        align: choices.align,
      }),
    [inputs, today, choices],
  );
  const choose = (patch: Partial<BudgetView>) => {
    const settings = useSettings.getState();
    void settings.set('budgetView', { ...settings.settings.budgetView, ...patch });
  };
  const toggleAlign = (entityId: string) =>
    setAlign((current) => {
      const next = new Set(current);
      if (next.has(entityId)) next.delete(entityId);
      else next.add(entityId);
      return next;
    });
  return { choices, choose, toggleAlign, forecast };
}
