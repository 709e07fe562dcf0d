import type { Currency, Deployment, IsoDate, Tier } from '../catalog';
import { toCalendarDate } from '../calendar';
import { domainError, err, ok, type DomainError, type Result } from '../errors';
import { withinPurchaseWindow, checkUpgradePath } from '../licensing/upgrades';
import { checkNewLicense, checkRenewal, latestAllowedEnd, MAX_ACTIVE_YEARS } from '../maintenance/cap';
import { newLicensePeriod, renewalPeriod, upgradePeriod, type MaintenancePeriod } from '../maintenance/maintenance';
import { monthsAndDays, type Span } from '../maintenance/span';
import { addMoney, zero, type Money } from '../money/money';
import { checkQuoteCurrency, convertFromEur, exchangeSnapshot, exchangeSnapshotSchema, type ExchangeSnapshot } from './currency';
import { applicableDiscounts, applyDiscounts, type DiscountStep } from './discounts';
import { findProduct, tierMissing, type PriceBook, type Product } from './price-book';
import { proratedRenewal } from './prorate';
import { lineIssueError, quoteLineSchema, type QuoteLine } from './quote-lines';

export interface QuoteOptions {
  /** EUR by default; USD; DZD for Algeria only (R-CUR-1). Checked, so it may come from outside. */
  readonly currency?: string;
  /** The licensee's ISO country code. */
  readonly country: string;
  /** The customer is a qualified small academic institution (R-DISC-2); academic lines need it. */
  readonly academic?: boolean;
  /** Co-termination asked in Additional Details: the quote goes to sales (R-MAINT-7). */
  readonly coterminate?: boolean;
  /** When the quote is priced: decides the promotion and maintenance dates. */
  readonly now: Date | string;
  /** The snapshot stored with the quote: pass it back to price a reopened quote the same way. */
  readonly exchange?: ExchangeSnapshot;
}

export interface PricedLine {
  readonly line: QuoteLine;
  readonly deployment: Deployment;
  /** List price in EUR, before conversion: printed on other currencies' quotes so every amount can be recomputed (R-CUR-1). */
  readonly listEur: Money;
  /** List price converted to the quote currency. */
  readonly list: Money;
  /** Promotion then academic discount, each rounded (R-DISC-1, R-DISC-2). */
  readonly steps: readonly DiscountStep[];
  readonly net: Money;
  /** The maintenance or subscription period the line buys, as of the pricing date. */
  readonly period: MaintenancePeriod;
  /** A co-termination renewal's months and days: its price is a pro-rata estimate sales confirm (R-MAINT-7). */
  readonly span?: Span;
}

export type ReviewReason = 'cotermination' | 'upgrade-within-30-days';

export interface PricedQuote {
  readonly currency: Currency;
  readonly exchange: ExchangeSnapshot;
  readonly priceBookVersion: string;
  readonly pricedOn: IsoDate;
  readonly lines: readonly PricedLine[];
  /** No VAT or GST is ever added (R-TAX-1): `net` is what the customer pays. */
  readonly totals: { readonly list: Money; readonly discount: Money; readonly net: Money };
  /** Sales must look at the quote before it is final (R-MAINT-7, R-UPG-1). */
  readonly review: { readonly required: boolean; readonly reasons: readonly ReviewReason[] };
}

/**
 * Prices quote lines against a price book (R-CUR-1, R-DISC-1..3, R-TAX-1,
 * R-MAINT-1..5, R-UPG-1). Lines and options may come from outside and are
 * validated; the first problem is returned as a typed error naming the line.
 * Resellers get the same prices as anyone (R-DISC-3), so there is no reseller option.
 */
export function priceQuote(lines: readonly unknown[], book: PriceBook, options: QuoteOptions): Result<PricedQuote> {
  const today = toCalendarDate(options.now);
  const currency = checkQuoteCurrency(options.currency ?? 'EUR', options.country);
  if (!currency.ok) return currency;
  const exchange = resolveExchange(book, currency.value, options);
  if (!exchange.ok) return exchange;
  const priced: PricedLine[] = [];
  const reasons = new Set<ReviewReason>(options.coterminate ? ['cotermination'] : []);
  let list = zero(currency.value);
  let net = zero(currency.value);
  for (let i = 0; i < lines.length; i++) {
    const parsed = quoteLineSchema.safeParse(lines[i]);
    if (!parsed.success) return err(lineIssueError(parsed.error.issues[0], i, lines[i]));
    const line = parsed.data;
    if (line.licenseType === 'academic' && options.academic !== true) {
      return err(domainError('academic.notEligible', 'domain:academic.notEligible', { line: i }));
    }
    const result = priceLine(line, book, exchange.value, today);
    if (!result.ok) return err({ ...result.error, params: { ...result.error.params, line: i } });
    if (line.kind === 'upgrade' && line.purchaseDate && withinPurchaseWindow(line.purchaseDate, today))
      reasons.add('upgrade-within-30-days');
    if (line.kind === 'renewal' && line.until) reasons.add('cotermination');
    priced.push(result.value);
    list = addMoney(list, result.value.list);
    net = addMoney(net, result.value.net);
  }
  return ok({
    currency: currency.value,
    exchange: exchange.value,
    priceBookVersion: book.version,
    pricedOn: today,
    lines: priced,
    totals: { list, discount: { amount: list.amount - net.amount, currency: currency.value }, net },
    review: { required: reasons.size > 0, reasons: [...reasons] },
  });
}

function resolveExchange(book: PriceBook, currency: Currency, options: QuoteOptions): Result<ExchangeSnapshot> {
  if (options.exchange === undefined) return exchangeSnapshot(book, currency, options.country);
  const stored = exchangeSnapshotSchema.safeParse(options.exchange);
  if (!stored.success || stored.data.currency !== currency) {
    return err(domainError('currency.snapshotMismatch', 'domain:currency.snapshotMismatch', { currency }));
  }
  return ok(stored.data);
}

interface ListPrice {
  readonly eur: number;
  readonly deployment: Deployment;
  readonly period: MaintenancePeriod;
  readonly span?: Span;
}

function priceLine(line: QuoteLine, book: PriceBook, exchange: ExchangeSnapshot, today: IsoDate): Result<PricedLine> {
  const product = findProduct(book, line.product);
  if (!product.ok) return product;
  const base = listPrice(line, product.value, today);
  if (!base.ok) return base;
  const list = convertFromEur(base.value.eur, exchange);
  const context = {
    kind: line.kind,
    deployment: base.value.deployment,
    licenseType: line.licenseType,
    firstTerm: line.kind === 'cloud-subscription' && line.firstTerm,
  };
  const { steps, net } = applyDiscounts(list, applicableDiscounts(book, context, today));
  const listEur = { amount: base.value.eur, currency: 'EUR' as const };
  const span = base.value.span ? { span: base.value.span } : {};
  return ok({ line, deployment: base.value.deployment, listEur, list, steps, net, period: base.value.period, ...span });
}

function serverTier(product: Product, tier: Tier): Result<{ newLicense: number; renewal: number }> {
  const prices = product.server?.[tier];
  return prices ? ok(prices) : err(tierMissing(product.id, tier, 'server'));
}

function listPrice(line: QuoteLine, product: Product, today: IsoDate): Result<ListPrice> {
  switch (line.kind) {
    case 'new': {
      const prices = serverTier(product, line.tier);
      if (!prices.ok) return prices;
      const period = checkNewLicense(today, line.years);
      if (!period.ok) return period;
      return ok({ eur: prices.value.newLicense + prices.value.renewal * (line.years - 1), deployment: 'server', period: period.value });
    }
    case 'renewal': {
      // Retired licensing models renew at the current renewal price (R-PRICE-1).
      const prices = serverTier(product, line.tier);
      if (!prices.ok) return prices;
      if (line.until) return coterminatedRenewal(prices.value.renewal, line.currentEnd, line.until, today);
      const period = checkRenewal(line.currentEnd, line.years, today);
      if (!period.ok) return period;
      return ok({ eur: prices.value.renewal * line.years, deployment: 'server', period: period.value });
    }
    case 'upgrade': {
      const path = checkUpgradePath(line.from, line.to);
      if (!path.ok) return path;
      const upgrade = product.upgrades.find((u) => u.from === line.from && u.to === line.to);
      if (!upgrade) return err(priceMissing(product, `${line.from}>${line.to}`));
      return ok({ eur: upgrade.price, deployment: 'server', period: upgradePeriod(today) });
    }
    case 'cloud-subscription': {
      const prices = product.cloud?.[line.tier];
      if (!prices) return err(tierMissing(product.id, line.tier, 'cloud'));
      // A later term follows the current one without a gap, like a renewal (R-MAINT-4).
      const period = line.currentEnd ? renewalPeriod(line.currentEnd, 1) : newLicensePeriod(today, 1);
      return ok({ eur: prices.annual, deployment: 'cloud', period });
    }
  }
}

/** A renewal to a co-termination date: from the current end (R-MAINT-4), never shortened, within the cap (R-MAINT-5, R-MAINT-7). */
function coterminatedRenewal(annualEur: number, currentEnd: IsoDate, until: IsoDate, today: IsoDate): Result<ListPrice> {
  if (until <= currentEnd)
    return err(domainError('maintenance.cotermBeforeEnd', 'domain:maintenance.cotermBeforeEnd', { latestEnd: currentEnd }));
  const cap = latestAllowedEnd(today);
  if (until > cap) {
    return err(domainError('maintenance.cotermCap', 'domain:maintenance.cotermCap', { latestEnd: cap, capYears: MAX_ACTIVE_YEARS }));
  }
  const span = monthsAndDays(currentEnd, until);
  return ok({ eur: proratedRenewal(annualEur, span), deployment: 'server', period: { start: currentEnd, end: until }, span });
}

function priceMissing(product: Product, item: string): DomainError {
  return domainError('price.missing', 'domain:price.missing', { product: product.id, item });
}
