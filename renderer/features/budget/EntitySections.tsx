import { memo } from 'react';
import type { EntityForecast } from '../../../shared/budget/forecast';
import { EntityBudget } from './EntityBudget';

interface Props {
  readonly entities: readonly EntityForecast[];
  readonly orgMonth: number;
  readonly align: ReadonlySet<string>;
  readonly productName: (id: string) => string;
  readonly onAlign: (entityId: string) => void;
  readonly onMonth: (entityId: string, month: number | null) => void;
  readonly onCreateQuote: (entityId: string) => void;
}

/** Every entity's forecast, one section each (R-BUD-3). */
function Sections({ entities, orgMonth, align, productName, onAlign, onMonth, onCreateQuote }: Props) {
  return entities.map((e) => (
    <EntityBudget
      key={e.entity.id}
      forecast={e}
      orgMonth={orgMonth}
      aligned={align.has(e.entity.id)}
      onAlign={() => onAlign(e.entity.id)}
      onMonth={(month) => onMonth(e.entity.id, month)}
      onCreateQuote={() => onCreateQuote(e.entity.id)}
      productName={productName}
    />
  ));
}

/**
 * Drawn again only when what they show changes: a large customer's sections hold thousands of cells, and going
 * through them again on every choice held the totals back (issue 20). The handlers are left out of the comparison:
 * the screen makes new ones each render, doing the same thing (a state setter, the store, the repository).
 */
export const EntitySections = memo(
  Sections,
  (a, b) => a.entities === b.entities && a.orgMonth === b.orgMonth && a.align === b.align && a.productName === b.productName,
);
