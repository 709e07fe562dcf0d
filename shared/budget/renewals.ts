import type { Deployment, IsoDate, ProductId, SoldLicenseType, Tier } from '../catalog';
import { addMonthsIso } from '../calendar';
import { err, ok, type Result } from '../errors';
import type { License } from '../license';
import type { CoterminationRenewal } from '../maintenance/cotermination';
import { BLOCK_MONTHS, type MaintenancePeriod } from '../maintenance/maintenance';
import type { Span } from '../maintenance/span';
import { findProduct, tierMissing, type LineKind, type PriceBook } from '../pricing/price-book';
import { proratedRenewal } from '../pricing/prorate';

/** Why money falls due: a yearly renewal, a lapsed license brought back, an evaluation bought, a co-termination what-if. */
export type DueKind = 'renewal' | 'lapsed' | 'purchase' | 'cotermination';

/** One payment a license will need, in EUR list price, before discounts and conversion. */
export interface DueRenewal {
  readonly licenseId: string;
  readonly sen: string;
  readonly product: ProductId;
  readonly kind: DueKind;
  readonly due: IsoDate;
  readonly period: MaintenancePeriod;
  /** 12-month blocks bought (a lapsed license may need more than one to be covered again, R-MAINT-4). */
  readonly blocks: number;
  readonly span?: Span;
  readonly listEur: number;
  readonly lineKind: LineKind;
  readonly deployment: Deployment;
  readonly licenseType: SoldLicenseType;
  readonly tier: Tier;
  /** The first renewal of a license whose renewal is already in progress (PO raised). */
  readonly inProgress: boolean;
}

export interface RenewalContext {
  readonly book: PriceBook;
  readonly today: IsoDate;
  /** The first day after the forecast's last fiscal year. */
  readonly horizon: IsoDate;
  readonly inProgress: boolean;
  readonly coterm?: CoterminationRenewal;
}

interface AnnualPrices {
  readonly renewal: number;
  readonly purchase: number;
}

function annualPrices(license: License, book: PriceBook): Result<AnnualPrices> {
  const product = findProduct(book, license.product);
  if (!product.ok) return product;
  if (license.deployment === 'cloud') {
    const cloud = product.value.cloud?.[license.tier];
    return cloud ? ok({ renewal: cloud.annual, purchase: cloud.annual }) : err(tierMissing(license.product, license.tier, 'cloud'));
  }
  const server = product.value.server?.[license.tier];
  return server ? ok({ renewal: server.renewal, purchase: server.newLicense }) : err(tierMissing(license.product, license.tier, 'server'));
}

/**
 * `date` plus whole years, as addMonthsIso(date, 12 × years) gives it (29 February becomes 28 February in a
 * common year), written by hand: a forecast adds years thousands of times and a Date each time costs ~10 µs.
 */
export function addYearsIso(date: IsoDate, years: number): IsoDate {
  const year = Number(date.slice(0, 4)) + years;
  const rest = date.slice(4);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}${rest === '-02-29' && !leap ? '-02-28' : rest}`;
}

/** Blocks a lapsed license needs so that its new end is after today: it renews from its old end (R-MAINT-4). */
function catchUpBlocks(end: IsoDate, today: IsoDate): number {
  let blocks = 1;
  while (addYearsIso(end, blocks) <= today) blocks++;
  return blocks;
}

/**
 * Every payment one license needs from today to the horizon, at list price in
 * EUR (R-BUD-3): renewals on each maintenance end (R-MAINT-4), a lapsed server
 * license brought back from its old end, a lapsed Cloud subscription started
 * again today, an evaluation bought when it ends, and the what-if co-termination
 * renewal priced pro rata (R-MAINT-7). Renewals stay within the cap (R-MAINT-5).
 */
export function dueRenewals(license: License, ctx: RenewalContext): Result<DueRenewal[]> {
  const prices = annualPrices(license, ctx.book);
  if (!prices.ok) return prices;
  const cloud = license.deployment === 'cloud';
  const evaluation = license.type === 'evaluation';
  const base: ItemBase = {
    licenseId: license.id,
    sen: license.sen,
    product: license.product,
    deployment: license.deployment,
    tier: license.tier,
    // An evaluation is bought commercial; an academic buyer gets their discount on its quote.
    licenseType: evaluation ? 'commercial' : license.type === 'academic' ? 'academic' : 'commercial',
  };
  const renewalKind: LineKind = cloud ? 'cloud-subscription' : 'renewal';
  const out: DueRenewal[] = [];
  let end = license.maintenanceEnd;
  if (evaluation) {
    const evalEnd = license.evaluationEnd ?? license.maintenanceEnd;
    if (evalEnd < ctx.today || evalEnd >= ctx.horizon) return ok([]);
    end = addYearsIso(evalEnd, 1);
    const lineKind: LineKind = cloud ? 'cloud-subscription' : 'new';
    out.push(dueItem(base, 'purchase', evalEnd, { start: evalEnd, end }, 1, prices.value.purchase, lineKind, false));
  } else if (end < ctx.today) {
    const lapsed = lapsedRenewal(license, ctx, prices.value.renewal);
    if (!lapsed.ok) return lapsed;
    const l = lapsed.value;
    out.push(dueItem(base, 'lapsed', l.due, l.period, l.blocks, l.listEur, renewalKind, ctx.inProgress));
    end = lapsed.value.period.end;
  } else if (ctx.coterm && !cloud) {
    const c = ctx.coterm;
    const span = { months: c.months, days: c.days, totalDays: c.totalDays };
    const listEur = proratedRenewal(prices.value.renewal, span);
    out.push(dueItem(base, 'cotermination', c.from, { start: c.from, end: c.to }, 0, listEur, 'renewal', ctx.inProgress, span));
    end = c.to;
  }
  while (end < ctx.horizon) {
    // Bought on its due date, a 12-month renewal ends 24 months before the 3-year cap (R-MAINT-5): no check needed.
    const next = addYearsIso(end, 1);
    out.push(
      dueItem(base, 'renewal', end, { start: end, end: next }, 1, prices.value.renewal, renewalKind, out.length === 0 && ctx.inProgress),
    );
    end = next;
  }
  return ok(out);
}

type ItemBase = Pick<DueRenewal, 'licenseId' | 'sen' | 'product' | 'deployment' | 'tier' | 'licenseType'>;

/**
 * One payment, written field by field in one order: a forecast makes thousands, and spreading a base
 * object into each (`{ ...base, kind, ... }`) took most of the forecast's time in a CPU profile.
 */
function dueItem(
  base: ItemBase,
  kind: DueKind,
  due: IsoDate,
  period: MaintenancePeriod,
  blocks: number,
  listEur: number,
  lineKind: LineKind,
  inProgress: boolean,
  span?: Span,
): DueRenewal {
  return {
    licenseId: base.licenseId,
    sen: base.sen,
    product: base.product,
    kind,
    due,
    period,
    blocks,
    span,
    listEur,
    lineKind,
    deployment: base.deployment,
    licenseType: base.licenseType,
    tier: base.tier,
    inProgress,
  };
}

function lapsedRenewal(
  license: License,
  ctx: RenewalContext,
  annual: number,
): Result<Pick<DueRenewal, 'kind' | 'due' | 'period' | 'blocks' | 'listEur'>> {
  if (license.deployment === 'cloud') {
    // A Cloud subscription is bought again from today, 12 months (R-MAINT-5), at the renewal price (R-DISC-1).
    const period = { start: ctx.today, end: addMonthsIso(ctx.today, BLOCK_MONTHS) };
    return ok({ kind: 'lapsed', due: ctx.today, period, blocks: 1, listEur: annual });
  }
  // The fewest blocks that reach past today end within 12 months of it, well inside the 3-year cap (R-MAINT-5).
  const blocks = catchUpBlocks(license.maintenanceEnd, ctx.today);
  const period = { start: license.maintenanceEnd, end: addYearsIso(license.maintenanceEnd, blocks) };
  return ok({ kind: 'lapsed', due: ctx.today, period, blocks, listEur: annual * blocks });
}
