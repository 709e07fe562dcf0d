import { ALGERIA, type Currency, type IsoDate } from '../catalog';
import type { Entity } from '../entity';
import { domainError, err, ok, type DomainError, type Result } from '../errors';
import type { License } from '../license';
import { checkQuoteCurrency, convertFromEur, exchangeSnapshot, type ExchangeSnapshot } from '../pricing/currency';
import { applicableDiscounts, applyDiscounts, type DiscountStep } from '../pricing/discounts';
import type { PriceBook } from '../pricing/price-book';
import type { Money } from '../money/money';
import { alignToFiscalYear } from './align';
import { checkFiscalStartMonth, checkForecastYears, fiscalYearIndex, fiscalYears, type FiscalYear } from './fiscal-year';
import { dueRenewals, type DueRenewal } from './renewals';

export interface BudgetEntity extends Pick<Entity, 'id' | 'name' | 'country'> {
  /** The entity's own fiscal year start, overriding the organization's (R-BUD-1). */
  readonly fiscalStartMonth?: number;
}

export interface ForecastOptions {
  readonly today: IsoDate;
  /** 1 to 3, checked (R-BUD-2). */
  readonly years: unknown;
  /** Checked per entity: DZD for Algeria only (R-CUR-1). */
  readonly currency: unknown;
  /** The organization's fiscal year start month, checked (R-BUD-1). */
  readonly startMonth: unknown;
  readonly includeEvaluations: boolean;
  /** Count renewals already in progress (PO raised); left out otherwise (R-BUD-4). */
  readonly includeInProgress: boolean;
  /** Licenses whose current renewal has a PO raised. */
  readonly inProgress: ReadonlySet<string>;
  /** Entities whose server licenses are aligned to their fiscal year end, what-if (R-MAINT-7, R-BUD-4). */
  readonly align: ReadonlySet<string>;
}

/** A payment as the forecast prices it on its due date. */
export interface ForecastItem extends DueRenewal {
  readonly list: Money;
  readonly steps: readonly DiscountStep[];
  readonly net: Money;
}

export interface EntityYear {
  readonly fiscalYear: FiscalYear;
  readonly items: readonly ForecastItem[];
  readonly total: Money;
}

export interface EntityForecast {
  readonly entity: BudgetEntity;
  readonly startMonth: number;
  readonly years: readonly EntityYear[];
  readonly total: Money;
  /** The what-if's common end, or why the entity's licenses cannot be aligned. */
  readonly alignment?: { readonly ok: true; readonly commonEnd: IsoDate } | { readonly ok: false; readonly error: DomainError };
  /** Licenses the price book cannot price (a product or tier it lacks). */
  readonly unpriced: readonly { readonly licenseId: string; readonly sen: string; readonly error: DomainError }[];
}

export interface Forecast {
  readonly today: IsoDate;
  readonly currency: Currency;
  readonly exchange: ExchangeSnapshot;
  readonly priceBookVersion: string;
  readonly yearCount: number;
  readonly entities: readonly EntityForecast[];
  /** Per fiscal year index (each entity's own year 0, 1, 2), and overall. */
  readonly yearTotals: readonly Money[];
  readonly grandTotal: Money;
}

/**
 * The renewal forecast (R-BUD-1, R-BUD-2, R-BUD-3, R-BUD-4): for each entity, every payment falling due
 * in its next fiscal years, priced on its due date under the price book's rules
 * (R-DISC-1, R-DISC-2, R-MAINT-4, R-MAINT-5, R-MAINT-7) and converted with one
 * exchange snapshot (R-CUR-1). Any bad option is refused before anything is priced.
 */
export function forecastBudget(
  entities: readonly BudgetEntity[],
  licenses: readonly License[],
  book: PriceBook,
  options: ForecastOptions,
): Result<Forecast> {
  const years = checkForecastYears(options.years);
  if (!years.ok) return years;
  const orgMonth = checkFiscalStartMonth(options.startMonth);
  if (!orgMonth.ok) return orgMonth;
  const checked = checkEntities(entities, options.currency);
  if (!checked.ok) return checked;
  const currency = checked.value;
  const exchange = exchangeSnapshot(book, currency, currency === 'DZD' ? ALGERIA : (entities[0]?.country ?? ALGERIA));
  if (!exchange.ok) return exchange;
  const byEntity = new Map<string, License[]>();
  for (const l of licenses) {
    const list = byEntity.get(l.entityId);
    if (list) list.push(l);
    else byEntity.set(l.entityId, [l]);
  }
  const results: EntityForecast[] = [];
  for (const entity of entities) {
    const month = entity.fiscalStartMonth ?? orgMonth.value;
    const own = byEntity.get(entity.id) ?? [];
    results.push(forecastEntity(entity, month, own, book, exchange.value, years.value, options));
  }
  const yearTotals = Array.from({ length: years.value }, (_, i) => ({
    amount: results.reduce((sum, e) => sum + (e.years[i]?.total.amount ?? 0), 0),
    currency,
  }));
  const grandTotal = { amount: yearTotals.reduce((s, m) => s + m.amount, 0), currency };
  return ok({
    today: options.today,
    currency,
    exchange: exchange.value,
    priceBookVersion: book.version,
    yearCount: years.value,
    entities: results,
    yearTotals,
    grandTotal,
  });
}

function checkEntities(entities: readonly BudgetEntity[], currency: unknown): Result<Currency> {
  let chosen: Currency | undefined;
  for (const entity of entities) {
    if (entity.fiscalStartMonth !== undefined) {
      const month = checkFiscalStartMonth(entity.fiscalStartMonth);
      if (!month.ok) return err({ ...month.error, params: { ...month.error.params, entity: entity.name } });
    }
    const c = checkQuoteCurrency(currency, entity.country);
    if (!c.ok) {
      if (c.error.code !== 'currency.dzdOutsideAlgeria') return c;
      return err(
        domainError('budget.currencyNotAllowed', 'domain:budget.currencyNotAllowed', { currency: String(currency), entity: entity.name }),
      );
    }
    chosen = c.value;
  }
  if (chosen) return ok(chosen);
  return checkQuoteCurrency(currency, ALGERIA);
}

function forecastEntity(
  entity: BudgetEntity,
  startMonth: number,
  licenses: readonly License[],
  book: PriceBook,
  exchange: ExchangeSnapshot,
  count: number,
  options: ForecastOptions,
): EntityForecast {
  const fys = fiscalYears(options.today, startMonth, count);
  const horizon = fys[fys.length - 1]?.end ?? options.today;
  const buckets: ForecastItem[][] = fys.map(() => []);
  const converted = new Map<number, Money>();
  const unpriced: { licenseId: string; sen: string; error: DomainError }[] = [];
  let alignment: EntityForecast['alignment'];
  const coterms = new Map<string, NonNullable<Parameters<typeof dueRenewals>[1]['coterm']>>();
  if (options.align.has(entity.id)) {
    const plan = alignToFiscalYear(licenses, startMonth, options.today);
    if (plan.ok) {
      alignment = { ok: true, commonEnd: plan.value.commonEnd };
      for (const r of plan.value.renewals) coterms.set(r.id, r);
    } else alignment = { ok: false, error: plan.error };
  }
  for (const license of licenses) {
    if (license.type === 'evaluation' && !options.includeEvaluations) continue;
    const inProgress = options.inProgress.has(license.id);
    const coterm = coterms.get(license.id);
    const due = dueRenewals(license, { book, today: options.today, horizon, inProgress, coterm });
    if (!due.ok) {
      unpriced.push({ licenseId: license.id, sen: license.sen, error: due.error });
      continue;
    }
    for (const d of due.value) {
      if (d.inProgress && !options.includeInProgress) continue;
      const index = fiscalYearIndex(fys, d.due);
      if (index >= 0) buckets[index]?.push(priceItem(d, book, exchange, converted));
    }
  }
  const years = fys.map((fiscalYear, i) => {
    const items = (buckets[i] ?? []).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.sen < b.sen ? -1 : 1));
    return { fiscalYear, items, total: { amount: items.reduce((s, it) => s + it.net.amount, 0), currency: exchange.currency } };
  });
  const total = { amount: years.reduce((s, y) => s + y.total.amount, 0), currency: exchange.currency };
  return { entity, startMonth, years, total, ...(alignment ? { alignment } : {}), unpriced };
}

/** Converted first, then discounted step by step on the due date, as a quote priced that day would be (R-CUR-1, R-DISC-1, R-DISC-2). */
function priceItem(d: DueRenewal, book: PriceBook, exchange: ExchangeSnapshot, converted: Map<number, Money>): ForecastItem {
  // The same few list prices come back for every license: each is converted once (exact decimals are slow).
  let list = converted.get(d.listEur);
  if (!list) {
    list = convertFromEur(d.listEur, exchange);
    converted.set(d.listEur, list);
  }
  const context = { kind: d.lineKind, deployment: d.deployment, licenseType: d.licenseType, firstTerm: d.kind === 'purchase' };
  const { steps, net } = applyDiscounts(list, applicableDiscounts(book, context, d.due));
  // Field by field, not `{ ...d, list, steps, net }`: spreading thousands of items was the forecast's hot spot.
  return {
    licenseId: d.licenseId,
    sen: d.sen,
    product: d.product,
    kind: d.kind,
    due: d.due,
    period: d.period,
    blocks: d.blocks,
    span: d.span,
    listEur: d.listEur,
    lineKind: d.lineKind,
    deployment: d.deployment,
    licenseType: d.licenseType,
    tier: d.tier,
    inProgress: d.inProgress,
    list,
    steps,
    net,
  };
}
