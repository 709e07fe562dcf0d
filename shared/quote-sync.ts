import { z } from 'zod';
import { addMonthsIso } from './calendar';
import { isoDateSchema, senSchema } from './catalog';
import { domainError, err, ok, type Result } from './errors';
import { BLOCK_MONTHS } from './maintenance/maintenance';
import type { PricedQuote } from './pricing/price-quote';

/** What a co-termination aligns the other licenses to (R-MAINT-7, R-UPG-2). */
export const COTERMINATION_ANCHORS = ['renewal', 'date', 'upgrade'] as const;
export type CoterminationAnchor = (typeof COTERMINATION_ANCHORS)[number];

/** A co-termination request from the Renew tab's Additional details (R-MAINT-7): sales set the final dates. */
export const coterminationRequestSchema = z.object({
  /** The licenses to bring to the common date, besides the one renewed in the cart. */
  licenses: z.array(z.object({ id: z.string(), sen: senSchema, maintenanceEnd: isoDateSchema })).max(200),
  /** The domain's proposal when it could make one. */
  commonEnd: isoDateSchema.optional(),
  /**
   * What the others align to: the renewed license's end for its term, a date the
   * user picked, or an upgrade's new maintenance end (R-UPG-2). Absent on older quotes.
   */
  anchor: z.enum(COTERMINATION_ANCHORS).optional(),
});
export type CoterminationRequest = z.infer<typeof coterminationRequestSchema>;

interface SyncEntry {
  readonly id: string;
  readonly syncedWith?: string | undefined;
}

/**
 * A quote whose lines synchronise maintenance dates must renew one license at
 * least 12 months (R-MAINT-7): a renewal of whole years, an upgrade or a new
 * license it is aligned with counts; a pro-rata line counts when it reaches 12
 * months. A cart left with only shorter synchronised lines (the 12-month one
 * removed) is refused with the rule's message.
 */
export function checkSyncedLines(entries: readonly SyncEntry[], priced: PricedQuote): Result<PricedQuote> {
  const anchors = new Set(entries.flatMap((e) => (e.syncedWith ? [e.syncedWith] : [])));
  const group = priced.lines.filter((l, i) => l.span !== undefined || anchors.has(entries[i]?.id ?? ''));
  if (!group.some((l) => l.span !== undefined)) return ok(priced);
  if (group.some((l) => (l.span ? l.span.months >= BLOCK_MONTHS : true))) return ok(priced);
  const earliest = group.map((l) => l.period.start).reduce((a, b) => (a <= b ? a : b));
  return err(
    domainError('maintenance.cotermNoTwelveMonths', 'domain:maintenance.cotermNoTwelveMonths', {
      earliestTarget: addMonthsIso(earliest, BLOCK_MONTHS),
    }),
  );
}
