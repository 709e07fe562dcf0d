import type { Deployment, IsoDate, SoldLicenseType } from '../catalog';
import { percentOf, type Money } from '../money/money';
import type { LineKind, PriceBook } from './price-book';

/** One discount taken off a price, kept so the quote can show it (R-DISC-2). */
export interface DiscountStep {
  readonly kind: 'promotion' | 'academic';
  readonly percent: number;
  /** What this step takes off, rounded to the minor unit (positive). */
  readonly discount: Money;
  /** The price after this step. */
  readonly after: Money;
}

export interface DiscountRule {
  readonly kind: DiscountStep['kind'];
  readonly percent: number;
}

/** What a line needs to know to find its discounts. */
export interface DiscountContext {
  readonly kind: LineKind;
  readonly deployment: Deployment;
  readonly licenseType: SoldLicenseType;
  /** Cloud only: the first term of a subscription (the promotion applies to it alone, R-DISC-1). */
  readonly firstTerm?: boolean;
}

/**
 * The discounts that apply, in order: the limited-time promotion (R-DISC-1), then
 * the academic discount (R-DISC-2). Resellers get nothing extra (R-DISC-3), so there
 * is no reseller input at all.
 */
export function applicableDiscounts(book: PriceBook, line: DiscountContext, today: IsoDate): DiscountRule[] {
  const rules: DiscountRule[] = [];
  const promo = book.promotion;
  const cloudAfterFirstTerm = line.kind === 'cloud-subscription' && line.firstTerm !== true;
  if (promo && promo.percent > 0 && today <= promo.endsOn && promo.appliesTo.includes(line.kind) && !cloudAfterFirstTerm) {
    rules.push({ kind: 'promotion', percent: promo.percent });
  }
  if (line.licenseType === 'academic') {
    const percent = line.deployment === 'cloud' ? book.academic.cloudPercent : book.academic.serverPercent;
    if (percent > 0) rules.push({ kind: 'academic', percent });
  }
  return rules;
}

/** Applies discounts one after another, each rounded to the minor unit; the net is never negative nor above list. */
export function applyDiscounts(list: Money, rules: readonly DiscountRule[]): { steps: DiscountStep[]; net: Money } {
  let current = list;
  const steps: DiscountStep[] = [];
  for (const rule of rules) {
    const discount = Math.min(current.amount, Math.max(0, percentOf(current.amount, rule.percent)));
    const after = { amount: current.amount - discount, currency: current.currency };
    steps.push({ kind: rule.kind, percent: rule.percent, discount: { amount: discount, currency: current.currency }, after });
    current = after;
  }
  return { steps, net: current };
}
