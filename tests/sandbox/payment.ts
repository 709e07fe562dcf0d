import type { ApiOrder, ApiQuote } from '../../shared/api';
import { toCalendarDate } from '../../shared/calendar';
import type { IsoDate } from '../../shared/catalog';
import type { KeyPayloadInput } from '../../shared/keys/payload';
import { signKey } from '../../shared/keys/sign';
import { SANDBOX_KID } from '../../shared/keys/trust';
import { newLicensePeriod, renewalPeriod, upgradePeriod, type MaintenancePeriod } from '../../shared/maintenance/maintenance';
import type { PriceBook } from '../../shared/pricing/price-book';
import type { QuoteEntry } from '../../shared/quote';
import type { SandboxContext } from './context';
import { logChange, nextCounter } from './store';
import { contactsOf, getLicense, insertContact, putLicense, type StoredLicense } from './store-licenses';
import { getQuote, orderOfQuote, saveOrder, saveQuote } from './store-quotes';

/** The latest major version released on or before `day`. */
export function latestMajor(book: PriceBook, day: IsoDate): number {
  const released = book.majorVersions.filter((v) => v.releasedOn <= day).map((v) => v.major);
  return Math.max(...(released.length ? released : book.majorVersions.map((v) => v.major).slice(0, 1)));
}

/** A new SEN, SEN- and eight digits (R-LIC-4). */
export function newSen(ctx: SandboxContext): string {
  return `SEN-${String(nextCounter(ctx.db, 'sen', 20_000_000)).padStart(8, '0')}`;
}

/** Signs the key of a license with the sandbox key pair (docs/license-keys.md). */
export function keyFor(ctx: SandboxContext, l: Omit<StoredLicense, 'key'>): Promise<string> {
  const payload: KeyPayloadInput = {
    kid: SANDBOX_KID,
    sen: l.sen,
    product: l.product,
    deployment: l.deployment,
    tier: l.tier,
    type: l.type,
    entity: l.entity,
    serverId: l.serverId,
    licensee: l.licensee,
    issued: l.issued,
    maintenanceStart: l.maintenanceStart,
    maintenanceEnd: l.maintenanceEnd,
    ...(l.evaluationEnd ? { evaluationEnd: l.evaluationEnd } : {}),
    ...(l.evaluationEndsAt ? { evaluationEndsAt: l.evaluationEndsAt } : {}),
    majorVersion: l.majorVersion,
  };
  return signKey(payload, ctx.signer);
}

/**
 * The license a paid line gives, with its maintenance period: a new license
 * from the payment date (R-MAINT-2), a renewal from the previous expiry whatever
 * the payment date (R-MAINT-4), an upgrade 12 months from payment, dropping the
 * rest of the current period (R-MAINT-3).
 */
function licenseForLine(
  ctx: SandboxContext,
  quote: ApiQuote,
  entry: QuoteEntry,
  paidOn: IsoDate,
  issued: string,
): Omit<StoredLicense, 'key'> {
  const line = entry.line;
  const org = quote.submission.organization;
  const previous = 'sen' in line ? getLicense(ctx.db, line.sen) : undefined;
  let period: MaintenancePeriod;
  let sen: string;
  let tier = 'tier' in line ? line.tier : line.to;
  if (line.kind === 'renewal') {
    sen = line.sen;
    period = renewalPeriod(previous?.maintenanceEnd ?? line.currentEnd, line.years);
  } else if (line.kind === 'upgrade') {
    sen = line.sen;
    tier = line.to;
    period = upgradePeriod(paidOn);
  } else if (line.kind === 'cloud-subscription' && !line.firstTerm && line.currentEnd) {
    sen = newSen(ctx);
    period = renewalPeriod(line.currentEnd);
  } else {
    sen = newSen(ctx);
    period = newLicensePeriod(paidOn, line.kind === 'new' ? line.years : 1);
  }
  const major = latestMajor(ctx.book, paidOn);
  return {
    sen,
    product: line.product,
    deployment: line.kind === 'cloud-subscription' ? 'cloud' : 'server',
    tier,
    type: line.licenseType,
    entity: entry.entity?.name || previous?.entity || org.name,
    country: previous?.country ?? (org.country || 'FR'),
    serverId: previous?.serverId ?? `SBX-${sen.slice(4)}`,
    licensee: org.licensee || previous?.licensee || org.name,
    issued,
    maintenanceStart: period.start,
    maintenanceEnd: period.end,
    majorVersion: Math.max(major, previous?.majorVersion ?? 0),
    purchaseDate: previous?.purchaseDate ?? paidOn,
    updatedAt: issued,
  };
}

export type PaymentResult = { ok: true; order: ApiOrder; licenses: StoredLicense[] } | { ok: false; status: number; message: string };

/**
 * "Confirm payment" of a submitted quote (sandbox only): the quote becomes a
 * paid order with an invoice, and each line's license gets a key signed by the
 * sandbox key pair (R-PAY-2), visible to the quote's billing and technical contacts.
 */
export async function confirmPayment(
  ctx: SandboxContext,
  quoteId: string,
  paidOn: IsoDate = toCalendarDate(ctx.now()),
): Promise<PaymentResult> {
  const record = getQuote(ctx.db, quoteId);
  if (!record || record.state.deleted) return { ok: false, status: 404, message: 'No such quote' };
  const quote = record.state;
  const already = orderOfQuote(ctx.db, quoteId);
  if (quote.status === 'paid' && already)
    return { ok: true, order: already, licenses: already.licenses.flatMap((s) => getLicense(ctx.db, s) ?? []) };
  const issued = ctx.now().toISOString();
  const licenses: StoredLicense[] = [];
  for (const entry of quote.submission.lines) {
    const license = licenseForLine(ctx, quote, entry, paidOn, issued);
    licenses.push({ ...license, key: await keyFor(ctx, license) });
  }
  const year = paidOn.slice(0, 4);
  const order: ApiOrder = {
    id: `ord_${nextCounter(ctx.db, 'order')}`,
    quoteId,
    officialNumber: quote.officialNumber,
    invoiceNumber: `INV-${year}-${String(nextCounter(ctx.db, 'invoice')).padStart(6, '0')}`,
    paidOn,
    total: quote.totals.net,
    poNumber: quote.poNumber,
    licenses: licenses.map((l) => l.sen),
    updatedAt: issued,
  };
  ctx.db.transaction(() => {
    for (const license of licenses) {
      putLicense(ctx.db, license);
      const known = contactsOf(ctx.db, license.sen);
      for (const c of quote.submission.contacts) {
        if (!known.some((k) => k.role === c.role && k.email.toLowerCase() === c.email.toLowerCase()))
          insertContact(ctx.db, license.sen, { ...c, primary: false });
      }
    }
    saveQuote(ctx.db, { ...quote, status: 'paid', revision: quote.revision + 1, updatedAt: issued }, record.owner);
    saveOrder(ctx.db, order);
    logChange(ctx.db, {
      account: record.owner,
      idempotencyKey: null,
      kind: 'payment.confirm',
      object: quoteId,
      detail: JSON.stringify({ paidOn }),
      at: issued,
    });
  })();
  return { ok: true, order, licenses };
}
