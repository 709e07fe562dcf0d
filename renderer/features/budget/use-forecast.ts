import { useMemo, useState } from 'react';
import { forecastBudget, type Forecast } from '../../../shared/budget/forecast';
import type { IsoDate } from '../../../shared/catalog';
import type { Result } from '../../../shared/errors';
import type { BudgetInputs } from '../../db/repos/budget';

/** What the user chose on the Budget screen; nothing of it is stored. */
export interface ForecastChoices {
  readonly years: number;
  readonly currency: string;
  readonly includeEvaluations: boolean;
  readonly includeInProgress: boolean;
  readonly align: ReadonlySet<string>;
}

export const INITIAL_CHOICES: ForecastChoices = {
  years: 1,
  currency: 'EUR',
  includeEvaluations: true,
  includeInProgress: true,
  align: new Set(),
};

/** The choices and the forecast they give, computed again whenever the inputs or a choice change (R-BUD-4). */
export function useForecast(inputs: BudgetInputs | undefined, today: IsoDate) {
  const [choices, setChoices] = useState<ForecastChoices>(INITIAL_CHOICES);
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
  const choose = (patch: Partial<ForecastChoices>) => setChoices((c) => ({ ...c, ...patch }));
  const toggleAlign = (entityId: string) =>
    setChoices((c) => {
      const align = new Set(c.align);
      if (align.has(entityId)) align.delete(entityId);
      else align.add(entityId);
      return { ...c, align };
    });
  return { choices, choose, toggleAlign, forecast };
}
